#include "CreateCallbackRequest.h"
#include "ErrorCodes.h"
#include "IsoTime.h"
#include "PhoneNumber.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace ges {

namespace {

const QStringList kOfferTypes{"ASAP", "SCHEDULED", "COMBINED_SCHEDULED_AND_ASAP"};
const QStringList kOfferTimings{"ON-HOURS", "OFF-HOURS"};
const QStringList kStringParameters{"language", "inboundVQ", "channel",
                                    "cbOriginationIxnId", "surveyRP", "routePoint"};
constexpr int kMaxPushTargets = 10;
constexpr int kMaxPushTargetChars = 4096; // FCM registration tokens are ~160 today

bool isJsIdentifier(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    return key.size() <= 128 && re.match(key).hasMatch();
}

class Problems
{
public:
    void add(const QString &field, const QString &problem, bool missing = false)
    {
        m_list.append({field, problem});
        m_allMissing = m_allMissing && missing;
    }
    bool any() const { return !m_list.isEmpty(); }
    ApiError error() const
    {
        const FieldProblem &first = m_list.constFirst();
        QString message = first.field + QStringLiteral(": ") + first.problem;
        if (m_list.size() > 1)
            message += QStringLiteral(" (and %1 more)").arg(m_list.size() - 1);
        return {400,
                QString::fromLatin1(m_allMissing ? errc::MissingField : errc::InvalidField),
                message, m_list, 0};
    }

private:
    QList<FieldProblem> m_list;
    bool m_allMissing = true; // MISSING_FIELD only when nothing given was wrong
};

QString requiredString(const QJsonObject &json, const char *key, Problems &problems)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
        problems.add(QLatin1String(key), QStringLiteral("required"), true);
        return {};
    }
    if (!v.isString()) {
        problems.add(QLatin1String(key), QStringLiteral("must be a string"));
        return {};
    }
    return v.toString().trimmed();
}

void copyOptional(const QJsonObject &json, CreateCallbackRequest &r, Problems &problems)
{
    for (const QString &key : kStringParameters) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isString() || v.toString().size() > 256)
            problems.add(key, QStringLiteral("must be a string of at most 256 characters"));
        else
            r.parameters.insert(key, v);
    }
    if (json.contains("cbOfferType")) {
        const QString type = json.value("cbOfferType").toString();
        if (!kOfferTypes.contains(type))
            problems.add("cbOfferType", QStringLiteral("must be one of ") + kOfferTypes.join(", "));
        else
            r.parameters.insert("cbOfferType", type);
    }
    if (json.contains("offerTiming")) {
        const QString timing = json.value("offerTiming").toString();
        if (!kOfferTimings.contains(timing))
            problems.add("offerTiming", QStringLiteral("must be ON-HOURS or OFF-HOURS"));
        else
            r.parameters.insert("offerTiming", timing);
    }
    if (json.contains("offerThreshold")) {
        const QJsonValue v = json.value("offerThreshold");
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 86400 * 14)
            problems.add("offerThreshold", QStringLiteral("must be a number of seconds"));
        else
            r.parameters.insert("offerThreshold", v);
    }
    if (json.contains("alwaysCheckCapacity")) {
        if (!json.value("alwaysCheckCapacity").isBool())
            problems.add("alwaysCheckCapacity", QStringLiteral("must be true or false"));
        else
            r.parameters.insert("alwaysCheckCapacity", json.value("alwaysCheckCapacity"));
    }
}

// One push target; returns it normalised, or adds a problem and returns {}.
QJsonObject pushTarget(const QJsonValue &channel, const QJsonValue &target,
                       const QString &channelField, const QString &targetField, Problems &problems)
{
    // Only FCM is spoken to (docs/push.md); an absent channel means FCM.
    const QString name = channel.isUndefined() || channel.isNull() ? QStringLiteral("FCM")
                                                                   : channel.toString().toUpper();
    if (name != u"FCM") {
        problems.add(channelField, QStringLiteral("must be FCM"));
        return {};
    }
    const QString token = target.toString().trimmed();
    if (!target.isString() || token.isEmpty() || token.size() > kMaxPushTargetChars) {
        problems.add(targetField, QStringLiteral("must be a device token of 1 to %1 characters")
                         .arg(kMaxPushTargetChars));
        return {};
    }
    return QJsonObject{{"channel", name}, {"target", token}};
}

// notificationPreferences.pushNotification and the targets (pushTargets, or the older
// pushChannel/pushTarget pair, folded into pushTargets so the rest of the daemon sees
// one list). Pushes are sent only when the preference is true AND a target is given,
// as in the original GES; a true preference without a target is refused.
void copyPush(const QJsonObject &json, CreateCallbackRequest &r, Problems &problems)
{
    QJsonArray targets;
    const QJsonValue list = json.value("pushTargets");
    if (!list.isUndefined() && !list.isNull()) {
        if (!list.isArray() || list.toArray().size() > kMaxPushTargets)
            problems.add("pushTargets", QStringLiteral("must be a list of at most %1 "
                                                       "{\"channel\": \"FCM\", \"target\"}")
                                            .arg(kMaxPushTargets));
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size() && i < kMaxPushTargets; ++i) {
            const QJsonObject item = array.at(i).toObject();
            const QString field = QStringLiteral("pushTargets[%1]").arg(i);
            const QJsonObject t = pushTarget(item.value("channel"), item.value("target"),
                                             field + ".channel", field + ".target", problems);
            if (!t.isEmpty())
                targets.append(t);
        }
    }
    if (json.contains("pushTarget") || json.contains("pushChannel")) {
        const QJsonObject t =
            pushTarget(json.value("pushChannel"), json.value("pushTarget"),
                       QStringLiteral("pushChannel"), QStringLiteral("pushTarget"), problems);
        if (!t.isEmpty() && !targets.contains(t))
            targets.append(t);
        if (!t.isEmpty()) {
            r.parameters.insert("pushChannel", t.value("channel"));
            r.parameters.insert("pushTarget", t.value("target"));
        }
    }
    if (!targets.isEmpty())
        r.parameters.insert("pushTargets", targets);
    const QJsonValue prefs = json.value("notificationPreferences");
    if (prefs.isUndefined() || prefs.isNull())
        return;
    const QJsonValue push = prefs.toObject().value("pushNotification");
    if (!prefs.isObject() || !(push.isBool() || push.isUndefined() || push.isNull()))
        return problems.add("notificationPreferences.pushNotification",
                            QStringLiteral("must be true or false"));
    if (push.toBool() && targets.isEmpty() && !problems.any())
        return problems.add("pushTargets",
                            QStringLiteral("required when notificationPreferences."
                                           "pushNotification is true"),
                            true);
    r.parameters.insert("notificationPreferences",
                        QJsonObject{{"pushNotification", push.toBool(false)}});
}

} // namespace

bool CreateCallbackRequest::isUserDataKey(const QString &key)
{
    return isJsIdentifier(key);
}

std::variant<CreateCallbackRequest, ApiError> CreateCallbackRequest::parse(const QJsonObject &json)
{
    Problems problems;
    CreateCallbackRequest r;
    r.serviceName = requiredString(json, "serviceName", problems);
    const QString phone = requiredString(json, "phoneNumber", problems);
    if (!phone.isEmpty()) {
        if (const auto normalized = phone::normalize(phone))
            r.phoneNumber = *normalized;
        else
            problems.add("phoneNumber",
                         QStringLiteral("must be an international number: + and 7-15 digits"));
    }
    const QJsonValue desired = json.value("desiredTime");
    if (!desired.isUndefined() && !desired.isNull() &&
        !(desired.isString() && desired.toString().isEmpty())) {
        const auto time = isotime::parse(desired.toString());
        if (!desired.isString() || !time)
            problems.add(
                "desiredTime",
                QStringLiteral(
                    "must be an ISO-8601 time with an offset, e.g. 2026-11-24T15:30:00.000Z"));
        else
            r.desiredTime = *time;
    }
    const QJsonValue priority = json.value("priority");
    if (!priority.isUndefined() && !priority.isNull()) {
        const double p = priority.toDouble(1e18);
        // Range first: converting a double outside qint64's range is undefined behaviour.
        if (!priority.isDouble() || p < -1000000 || p > 1000000 || p != std::trunc(p))
            problems.add("priority",
                         QStringLiteral("must be a whole number from -1000000 to 1000000"));
        else
            r.priority = int(p);
    }
    const QJsonValue userData = json.value("userData");
    if (!userData.isUndefined() && !userData.isNull()) {
        if (!userData.isObject())
            problems.add("userData", QStringLiteral("must be an object"));
        const QJsonObject object = userData.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (isJsIdentifier(it.key()))
                r.userData.insert(it.key(), it.value());
    }
    copyOptional(json, r, problems);
    copyPush(json, r, problems);
    if (problems.any())
        return problems.error();
    return r;
}

} // namespace ges
