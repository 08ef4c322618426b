#include "Callback.h"
#include "IsoTime.h"
#include "JsonText.h"

#include <QJsonDocument>

namespace ges {

QJsonObject Callback::toJson() const
{
    QJsonObject json{{"id", id},
                     {"serviceName", serviceName},
                     {"phoneNumber", phoneNumber},
                     {"desiredTime", isotime::format(desiredTime)},
                     {"callbackState", toString(state)},
                     {"createdAt", isotime::format(createdAt)},
                     {"updatedAt", isotime::format(updatedAt)},
                     {"expiresAt", isotime::format(expiresAt)},
                     {"priority", priority},
                     {"userData", userData}};
    if (queuedAt.isValid())
        json.insert("queuedAt", isotime::format(queuedAt));
    if (completedAt.isValid())
        json.insert("completedAt", isotime::format(completedAt));
    if (state == CallbackState::Completed && !reason.isEmpty())
        json.insert("callbackReason", reason);
    if (positionInQueue)
        json.insert("positionInQueue", *positionInQueue);
    if (estimatedWaitTime)
        json.insert("estimatedWaitTime", *estimatedWaitTime);
    return json;
}

QByteArray Callback::toCompactJson(JsonFor reader) const
{
    QByteArray out;
    out.reserve(448);
    char separator = '{';
    auto key = [&out, &separator](const char *name) {
        out += separator;
        separator = ',';
        out += '"';
        out += name;
        out += "\":";
    };
    auto text = [&](const char *name, const QString &value) {
        key(name);
        jsontext::appendString(out, value);
    };
    auto number = [&](const char *name, int value) {
        key(name);
        jsontext::appendNumber(out, value);
    };
    auto time = [&](const char *name, const QDateTime &value) {
        key(name);
        if (!value.isValid())
            return jsontext::appendString(out, QString()); // as QJsonObject writes ""
        out += '"';                                        // ISO times need no escape
        isotime::appendTo(out, value);
        out += '"';
    };
    auto object = [&](const char *name, const QJsonObject &value) {
        key(name);
        out += value.isEmpty() ? QByteArray("{}")
                               : QJsonDocument(value).toJson(QJsonDocument::Compact);
    };
    const bool routing = reader == JsonFor::Routing;
    // The members in QJsonObject's order: sorted by key.
    if (state == CallbackState::Completed && !reason.isEmpty())
        text("callbackReason", reason);
    text("callbackState", toString(state));
    if (completedAt.isValid())
        time("completedAt", completedAt);
    time("createdAt", createdAt);
    time("desiredTime", desiredTime);
    if (estimatedWaitTime)
        number("estimatedWaitTime", *estimatedWaitTime);
    time("expiresAt", expiresAt);
    text("id", id);
    if (routing)
        object("parameters", parameters);
    text("phoneNumber", phoneNumber);
    if (positionInQueue)
        number("positionInQueue", *positionInQueue);
    number("priority", priority);
    if (queuedAt.isValid())
        time("queuedAt", queuedAt);
    text("serviceName", serviceName);
    if (routing)
        text("tenant", tenant);
    time("updatedAt", updatedAt);
    object("userData", userData);
    out += '}';
    return out;
}

std::optional<Callback> Callback::fromJson(const QJsonObject &json)
{
    Callback cb;
    cb.id = json.value("id").toString();
    const auto state = callbackStateFromString(json.value("callbackState").toString());
    if (cb.id.isEmpty() || !state)
        return std::nullopt;
    cb.state = *state;
    cb.serviceName = json.value("serviceName").toString();
    cb.phoneNumber = json.value("phoneNumber").toString();
    cb.reason = json.value("callbackReason").toString();
    cb.desiredTime = isotime::parse(json.value("desiredTime").toString()).value_or(QDateTime());
    cb.createdAt = isotime::parse(json.value("createdAt").toString()).value_or(QDateTime());
    cb.updatedAt = isotime::parse(json.value("updatedAt").toString()).value_or(QDateTime());
    cb.expiresAt = isotime::parse(json.value("expiresAt").toString()).value_or(QDateTime());
    cb.queuedAt = isotime::parse(json.value("queuedAt").toString()).value_or(QDateTime());
    cb.completedAt = isotime::parse(json.value("completedAt").toString()).value_or(QDateTime());
    cb.priority = json.value("priority").toInt();
    cb.userData = json.value("userData").toObject();
    if (json.contains("positionInQueue"))
        cb.positionInQueue = json.value("positionInQueue").toInt();
    if (json.contains("estimatedWaitTime"))
        cb.estimatedWaitTime = json.value("estimatedWaitTime").toInt();
    return cb;
}

} // namespace ges
