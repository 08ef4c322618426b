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
        out += QByteArray::number(value);
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
        text("completedAt", isotime::format(completedAt));
    text("createdAt", isotime::format(createdAt));
    text("desiredTime", isotime::format(desiredTime));
    if (estimatedWaitTime)
        number("estimatedWaitTime", *estimatedWaitTime);
    text("expiresAt", isotime::format(expiresAt));
    text("id", id);
    if (routing)
        object("parameters", parameters);
    text("phoneNumber", phoneNumber);
    if (positionInQueue)
        number("positionInQueue", *positionInQueue);
    number("priority", priority);
    if (queuedAt.isValid())
        text("queuedAt", isotime::format(queuedAt));
    text("serviceName", serviceName);
    if (routing)
        text("tenant", tenant);
    text("updatedAt", isotime::format(updatedAt));
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
