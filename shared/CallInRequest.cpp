#include "CallInRequest.h"
#include "CreateCallbackRequest.h"
#include "ErrorCodes.h"
#include "PhoneNumber.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace ges {

namespace {
constexpr qsizetype kMaxNameLength = 200;
const QString kPhoneProblem = QStringLiteral("must be an international number: + and 7-15 digits");

// An optional string field: empty when absent or null, a problem when not a string.
QString optionalString(const QJsonObject &json, const char *key, QList<FieldProblem> &problems)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString() || v.toString().size() > kMaxNameLength) {
        problems.append(
            {QLatin1String(key),
             QStringLiteral("must be a string of at most %1 characters").arg(kMaxNameLength)});
        return {};
    }
    return v.toString().trimmed();
}

QString optionalPhone(const QJsonObject &json, const char *key, QList<FieldProblem> &problems)
{
    const QString text = optionalString(json, key, problems);
    if (text.isEmpty())
        return {};
    const auto normalized = phone::normalize(text);
    if (!normalized)
        problems.append({QLatin1String(key), kPhoneProblem});
    return normalized.value_or(QString());
}

QJsonObject readUserData(const QJsonObject &json, QList<FieldProblem> &problems)
{
    const QJsonValue v = json.value("userData");
    QJsonObject userData;
    if (v.isUndefined() || v.isNull())
        return userData;
    if (!v.isObject()) {
        problems.append({"userData", QStringLiteral("must be an object")});
        return userData;
    }
    const QJsonObject given = v.toObject();
    for (auto it = given.begin(); it != given.end(); ++it)
        if (CreateCallbackRequest::isUserDataKey(it.key()))
            userData.insert(it.key(), it.value());
    if (QJsonDocument(userData).toJson(QJsonDocument::Compact).size() > callin::kMaxUserDataBytes)
        problems.append(
            {"userData",
             QStringLiteral("at most %1 bytes as compact JSON").arg(callin::kMaxUserDataBytes)});
    return userData;
}

ApiError invalid(const QList<FieldProblem> &problems)
{
    const bool missing = std::all_of(problems.begin(), problems.end(), [](const FieldProblem &p) {
        return p.problem.startsWith(QLatin1String("required"));
    });
    QStringList parts;
    for (const FieldProblem &p : problems)
        parts << p.field + QStringLiteral(": ") + p.problem;
    return {400, missing ? errc::MissingField : errc::InvalidField,
            parts.join(QStringLiteral("; ")), problems, 0};
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

std::variant<CreateCallInRequest, ApiError> CreateCallInRequest::parse(const QJsonObject &json)
{
    QList<FieldProblem> problems;
    CreateCallInRequest r;
    r.groupName = optionalString(json, "groupName", problems);
    if (r.groupName.isEmpty() && problems.isEmpty())
        problems.append({"groupName", QStringLiteral("required")});
    const char *fromKey = json.contains("fromPhoneNumber") ? "fromPhoneNumber" : "phoneNumber";
    r.fromPhoneNumber = optionalPhone(json, fromKey, problems);
    r.callbackServiceId = optionalString(json, "callbackServiceId", problems);
    r.userData = readUserData(json, problems);
    if (!problems.isEmpty())
        return invalid(problems);
    return r;
}

std::variant<CallInMatchQuery, ApiError> CallInMatchQuery::parse(const QJsonObject &json)
{
    QList<FieldProblem> problems;
    CallInMatchQuery q;
    q.toPhoneNumber = optionalPhone(json, "toPhoneNumber", problems);
    q.fromPhoneNumber = optionalPhone(json, "fromPhoneNumber", problems);
    const QJsonValue code = json.value("accessCode");
    if (!code.isUndefined() && !code.isNull()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
        // A string: as a JSON number, a code's leading zeros would be lost.
        if (!code.isString() || !digits.match(code.toString()).hasMatch())
            problems.append({"accessCode", QStringLiteral("a string of 1 to 10 digits")});
        else
            q.accessCode = code.toString();
    }
    if (problems.isEmpty() && q.byAccessCode() && q.toPhoneNumber.isEmpty())
        problems.append({"toPhoneNumber", QStringLiteral("required")});
    if (problems.isEmpty() && !q.byAccessCode() && q.fromPhoneNumber.isEmpty())
        problems.append({"fromPhoneNumber", QStringLiteral("required (or toPhoneNumber and "
                                                           "accessCode)")});
    if (!problems.isEmpty())
        return invalid(problems);
    return q;
}

QJsonObject CallInRequest::toCreatedJson() const
{
    QJsonObject json{{"id", id},
                     {"toPhoneNumber", toPhoneNumber},
                     {"groupName", groupName},
                     {"expirationTime", expiresAt.toMSecsSinceEpoch()},
                     {"accessCode", accessCode}};
    if (!fromPhoneNumber.isEmpty())
        json.insert("fromPhoneNumber", fromPhoneNumber);
    if (!callbackServiceId.isEmpty())
        json.insert("callbackServiceId", callbackServiceId);
    return json;
}

QJsonObject CallInRequest::toJson() const
{
    QJsonObject json = toCreatedJson();
    json.insert("tenant", tenant);
    json.insert("state", state);
    json.insert("userData", userData);
    json.insert("createdAt", iso(createdAt));
    json.insert("expiresAt", iso(expiresAt));
    if (usedAt.isValid())
        json.insert("usedAt", iso(usedAt));
    if (!matchedBy.isEmpty())
        json.insert("matchedBy", matchedBy);
    return json;
}

} // namespace ges
