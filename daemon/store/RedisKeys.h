#pragma once
#include <QByteArray>
#include <QString>

// The Redis key layout of the working set, in one place.
namespace ges::rediskeys {
inline QByteArray callback(const QString &id)
{
    return "ges:cb:" + id.toUtf8();
}
// Waiting immediate callbacks of one service; score = creation time in ms (FIFO).
inline QByteArray queue(const QString &tenant, const QString &service)
{
    return "ges:q:{" + tenant.toUtf8() + "}:" + service.toUtf8();
}
inline QByteArray session(const QByteArray &tokenHashHex)
{
    return "ges:session:" + tokenHashHex;
}
inline QByteArray apiKey(const QByteArray &keyHashHex)
{
    return "ges:apikey:" + keyHashHex;
}
} // namespace ges::rediskeys
