#include "CallbackPacking.h"

#include "shared/JsonText.h"

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
    // Written by hand, the bytes QJsonDocument writes for the array (a test compares):
    // building a QJsonArray first was a quarter of a create's allocations. qint64 values
    // are integers, exact (a double would print 1.764e+12).
    QByteArray out;
    out.reserve(160);
    out += '[';
    for (const qint64 number : {qint64(cb.version), qint64(cb.state)}) {
        jsontext::appendNumber(out, number);
        out += ',';
    }
    for (const QString *text : {&cb.tenant, &cb.serviceName, &cb.phoneNumber}) {
        jsontext::appendString(out, *text);
        out += ',';
    }
    for (const QDateTime *time : {&cb.desiredTime, &cb.createdAt, &cb.updatedAt, &cb.expiresAt,
                                  &cb.queuedAt, &cb.completedAt}) {
        jsontext::appendNumber(out, ms(*time));
        out += ',';
    }
    jsontext::appendNumber(out, cb.priority);
    out += ',';
    jsontext::appendString(out, cb.reason);
    out += ',';
    if (cb.userData.isEmpty())
        out += '0';
    else
        out += QJsonDocument(cb.userData).toJson(QJsonDocument::Compact);
    out += ']';
    return out;
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
