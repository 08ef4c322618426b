#pragma once
#include "RedisClient.h"
#include "domain/Principal.h"

#include <functional>
#include <optional>

namespace ges {

// Admin sessions live in Redis (shared by all nodes) under the SHA-256 of their token,
// with a sliding 20-minute expiry: every use pushes the expiry out again (GETEX).
class SessionStore
{
public:
    static constexpr int kIdleSeconds = 20 * 60;

    explicit SessionStore(RedisClient &redis) : m_redis(redis) {}

    void create(const Principal &principal, std::function<void(std::optional<QString> token)> done);
    // Looks up and refreshes; nullopt when unknown or expired. `error` when Redis failed.
    void touch(const QString &token,
               std::function<void(std::optional<Principal>, bool error)> done);
    void remove(const QString &token, std::function<void(bool ok)> done);

private:
    RedisClient &m_redis;
};

} // namespace ges
