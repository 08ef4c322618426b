#pragma once
#include "RedisClient.h"
#include "domain/Principal.h"

#include <QDateTime>
#include <functional>
#include <optional>

namespace ges {

// Admin sessions live in Redis (shared by all nodes) under the SHA-256 of their token, a
// hash holding the principal, createdAt, lastSeenAt and the client address, with a
// sliding 20-minute expiry: every use pushes the expiry out again. A sorted set per user
// (score: expiry in ms) indexes a user's sessions, so an administrator can list and end
// them; it is pruned of expired members whenever it is written or read. A session's
// public id is the hex SHA-256 of its token: the token itself is never stored or shown.
class SessionStore
{
public:
    static constexpr int kIdleSeconds = 20 * 60;

    struct Info
    {
        QString id; // hex SHA-256 of the token
        QString user;
        QDateTime createdAt;
        QDateTime lastSeenAt;
        QDateTime expiresAt;
        QString address;
    };

    explicit SessionStore(RedisClient &redis) : m_redis(redis) {}

    static QString idOf(const QString &token);

    void create(const Principal &principal, const QString &address,
                std::function<void(std::optional<QString> token)> done);
    // Looks up and refreshes in one round trip; nullopt when unknown or expired. `error`
    // when Redis failed.
    void touch(const QString &token,
               std::function<void(std::optional<Principal>, bool error)> done);
    void remove(const QString &token, std::function<void(bool ok)> done);

    // The live sessions of `user`; nullopt when Redis failed.
    void listFor(const QString &user, std::function<void(std::optional<QList<Info>>)> done);
    // One session by id; `error` when Redis failed.
    void find(const QString &id, std::function<void(std::optional<Info>, bool error)> done);
    // Ends one session by id: its token stops working at once. done(ok).
    void end(const QString &id, std::function<void(bool ok)> done);
    // Ends every session of `user`; done(count), nullopt when Redis failed.
    void endAllOf(const QString &user, std::function<void(std::optional<int>)> done);
    // Rewrites the roles and tenants of `principal.userName`'s live sessions, so a change
    // of rights applies at once, not at the next login. done(ok).
    void refreshPrincipal(const Principal &principal, std::function<void(bool ok)> done);

private:
    RedisClient &m_redis;
};

} // namespace ges
