#pragma once
#include "shared/TextBytes.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

// The Redis key layout of the working set, in one place.
namespace ges::rediskeys {
namespace detail {
// Keys used on every request are built in one buffer, names (almost always ASCII)
// appended without a UTF-8 copy of their own first.
template <std::size_t N> inline QByteArray join(const char (&first)[N], const QString &name)
{
    QByteArray key;
    key.reserve(qsizetype(N) + name.size() + 8);
    key.append(first, qsizetype(N) - 1);
    textbytes::appendUtf8(key, name);
    return key;
}
template <std::size_t N, std::size_t M>
inline QByteArray join(const char (&first)[N], const QString &name, const char (&second)[M],
                       const QString &other)
{
    QByteArray key = join(first, name);
    key.append(second, qsizetype(M) - 1);
    textbytes::appendUtf8(key, other);
    return key;
}
} // namespace detail

inline QByteArray callback(const QString &id)
{
    return detail::join("ges:cb:", id);
}
// QUEUED callbacks of one service; score = enqueue time in ms, so a callback keeps its
// place when it is put back.
inline QByteArray queue(const QString &tenant, const QString &service)
{
    return detail::join("ges:q:{", tenant, "}:", service);
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
    return detail::join("ges:tp:{", tenant, "}:", service);
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
    QByteArray key = detail::join("ges:reqlog:{", tenant);
    key += '}';
    return key;
}
} // namespace ges::rediskeys
