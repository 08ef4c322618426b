#pragma once
#include <QByteArray>
#include <QString>

// The Redis key layout of the working set, in one place.
namespace ges::rediskeys {
inline QByteArray callback(const QString &id)
{
    return "ges:cb:" + id.toUtf8();
}
// QUEUED callbacks of one service; score = enqueue time in ms, so a callback keeps its
// place when it is put back.
inline QByteArray queue(const QString &tenant, const QString &service)
{
    return "ges:q:{" + tenant.toUtf8() + "}:" + service.toUtf8();
}
// Scheduled callbacks by due time (ms), and those a node has claimed (score: lease end).
inline constexpr char dueIndex[] = "ges:due";
inline constexpr char dueClaims[] = "ges:due:claimed";
// Present while the working set is complete; absent after Redis lost its data.
inline constexpr char generation[] = "ges:generation";
inline QByteArray lease(const char *name)
{
    return QByteArray("ges:lease:") + name;
}
inline QByteArray rateLimit(const QByteArray &scope, const QString &subject, qint64 window)
{
    return "ges:rl:" + scope + ':' + subject.toUtf8() + ':' + QByteArray::number(window);
}
// Callbacks taken off a service's queue, per minute: the observed service rate.
inline QByteArray throughput(const QString &tenant, const QString &service)
{
    return "ges:tp:{" + tenant.toUtf8() + "}:" + service.toUtf8();
}
inline QByteArray session(const QByteArray &tokenHashHex)
{
    return "ges:session:" + tokenHashHex;
}
// What apiKey() and apiKeyRevoked() names begin with (ApiKeyCache tracks it).
inline constexpr char apiKeyFamily[] = "ges:apikey";
inline QByteArray apiKey(const QByteArray &keyHashHex)
{
    return "ges:apikey:" + keyHashHex;
}
// The sessions of one admin user (members: session ids; score: expiry in ms). Not under
// "ges:session:" so a scan of sessions finds only sessions.
inline constexpr char userSessionsPrefix[] = "ges:user-sessions:";
inline QByteArray userSessions(const QString &user)
{
    return userSessionsPrefix + user.toUtf8();
}
// Failed logins of a user name and of a client address in the current window.
inline QByteArray loginFailures(const QByteArray &kind, const QString &subject)
{
    return "ges:login-fail:" + kind + ':' + subject.toUtf8();
}
// Set when a key is revoked, for longer than any cached apiKey() entry can live, so a
// cache entry written by a lookup that raced the revocation is not believed.
inline QByteArray apiKeyRevoked(const QByteArray &keyHashHex)
{
    return "ges:apikey-revoked:" + keyHashHex;
}
// The last external API requests of a tenant (a capped stream; RequestLog).
inline QByteArray requestLog(const QString &tenant)
{
    return "ges:reqlog:{" + tenant.toUtf8() + "}";
}
} // namespace ges::rediskeys
