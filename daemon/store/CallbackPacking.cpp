#include "CallbackPacking.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ges::callbackpacking {

namespace {
enum Field
{
    Version,
    State,
    Tenant,
    Service,
    Phone,
    Desired,
    Created,
    Updated,
    Expires,
    Queued,
    Completed,
    Priority,
    Reason,
    UserData,
    FieldCount
};

qint64 ms(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime time(const QJsonValue &v)
{
    const qint64 ms = v.toInteger();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}
} // namespace

QByteArray pack(const Callback &cb)
{
    // qint64 values: written as integers, exact (a double would print 1.764e+12).
    const QJsonArray a{
        cb.version,         int(cb.state),
        cb.tenant,          cb.serviceName,
        cb.phoneNumber,     ms(cb.desiredTime),
        ms(cb.createdAt),   ms(cb.updatedAt),
        ms(cb.expiresAt),   ms(cb.queuedAt),
        ms(cb.completedAt), cb.priority,
        cb.reason,          cb.userData.isEmpty() ? QJsonValue(0) : QJsonValue(cb.userData)};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

std::optional<Callback> unpack(const QString &id, const QByteArray &packed)
{
    const QJsonArray a = QJsonDocument::fromJson(packed).array();
    const int state = a.at(State).toInt(-1);
    if (a.size() != FieldCount || id.isEmpty() || state < 0 ||
        state > int(CallbackState::Completed) || !a.at(Tenant).isString())
        return std::nullopt;
    Callback cb;
    cb.id = id;
    cb.version = a.at(Version).toInt(1);
    cb.state = CallbackState(state);
    cb.tenant = a.at(Tenant).toString();
    cb.serviceName = a.at(Service).toString();
    cb.phoneNumber = a.at(Phone).toString();
    cb.desiredTime = time(a.at(Desired));
    cb.createdAt = time(a.at(Created));
    cb.updatedAt = time(a.at(Updated));
    cb.expiresAt = time(a.at(Expires));
    cb.queuedAt = time(a.at(Queued));
    cb.completedAt = time(a.at(Completed));
    cb.priority = a.at(Priority).toInt();
    cb.reason = a.at(Reason).toString();
    cb.userData = a.at(UserData).toObject();
    return cb;
}

QByteArray retired(int version, CallbackState state)
{
    return '[' + QByteArray::number(version) + ',' + QByteArray::number(int(state)) + ",0]";
}

std::optional<Head> head(const QByteArray &value)
{
    const QJsonArray a = QJsonDocument::fromJson(value).array();
    const int state = a.at(State).toInt(-1);
    if (a.size() < 3 || a.at(Version).toInt(0) < 1 || state < 0 ||
        state > int(CallbackState::Completed))
        return std::nullopt;
    return Head{a.at(Version).toInt(), CallbackState(state)};
}

} // namespace ges::callbackpacking
