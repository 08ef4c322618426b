#include "CallInGroup.h"
#include "JsonFields.h"
#include "PhoneNumber.h"

#include <QJsonArray>
#include <QSet>

namespace ges {

namespace {
const QStringList kKnown{"id",           "tenant",           "name",
                         "phoneNumbers", "accessCodeLength", "expirySeconds",

                         "createdAt",    "updatedAt"};
constexpr int kMaxNumbers = 1000;

QStringList parseNumbers(const QJsonValue &value, QList<FieldProblem> *problems)
{
    QStringList numbers;
    const QJsonArray list = value.toArray();
    if (!value.isArray() || list.isEmpty() || list.size() > kMaxNumbers) {
        problems->append(
            {"phoneNumbers", QStringLiteral("an array of 1 to %1 phone numbers").arg(kMaxNumbers)});
        return numbers;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = QStringLiteral("phoneNumbers[%1]").arg(i);
        const auto number = phone::normalize(list.at(i).toString());
        if (!number)
            problems->append({field, QStringLiteral("not a phone number")});
        else if (seen.contains(*number))
            problems->append({field, QStringLiteral("listed twice")});
        else
            numbers << *number;
        if (number)
            seen.insert(*number);
    }
    return numbers;
}
} // namespace

QJsonObject CallInGroup::toJson() const
{
    QJsonObject json = extra;
    if (!id.isEmpty())
        json.insert("id", id);
    json.insert("tenant", tenant);
    json.insert("name", name);
    json.insert("phoneNumbers", QJsonArray::fromStringList(phoneNumbers));
    json.insert("accessCodeLength", accessCodeLength);
    json.insert("expirySeconds", expirySeconds);
    return json;
}

std::optional<CallInGroup> CallInGroup::fromJson(const QJsonObject &json,
                                                 QList<FieldProblem> *problems)
{
    const qsizetype before = problems->size();
    CallInGroup g;
    g.id = json.value("id").toString();
    g.tenant = json.value("tenant").toString().trimmed();
    g.name = json.value("name").toString().trimmed();
    for (const auto &[key, value] : {std::pair{"tenant", g.tenant}, std::pair{"name", g.name}}) {
        if (value.isEmpty())
            problems->append({QLatin1String(key), QStringLiteral("required")});
        else if (!fields::isName(value))
            problems->append(
                {QLatin1String(key), QStringLiteral("1-100 letters, digits, space or _ . : @ -")});
    }
    g.phoneNumbers = parseNumbers(json.value("phoneNumbers"), problems);
    // 4 digits at least, or codes would be guessable; 10 at most, or callers mistype them.
    g.accessCodeLength = fields::boundedInt(json, "accessCodeLength", 6, 4, 10, problems);
    g.expirySeconds = fields::boundedInt(json, "expirySeconds", 600, 30, 86400, problems);
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!kKnown.contains(it.key()))
            g.extra.insert(it.key(), it.value());
    if (problems->size() > before)
        return std::nullopt;
    return g;
}

} // namespace ges
