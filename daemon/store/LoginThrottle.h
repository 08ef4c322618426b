#pragma once
#include "RedisClient.h"

#include <functional>
#include <optional>

namespace ges {

// Failed logins counted in Redis (so every node sees them) per user name and per client
// address, in a fixed window that starts with the first failure. Over either limit a login
// is refused before the password is checked, for a known and an unknown name alike, so
// the answer reveals nothing about which names exist.
class LoginThrottle
{
public:
    struct Limits
    {
        int perUser = 5;
        int perAddress = 20;
        int windowSeconds = 15 * 60;
    };

    // (A defaulted Limits argument does not compile: its initialisers are not parsed yet.)
    explicit LoginThrottle(RedisClient &redis) : m_redis(redis) {}
    LoginThrottle(RedisClient &redis, Limits limits) : m_redis(redis), m_limits(limits) {}

    // done(seconds to wait, 0 when the login may be tried); nullopt when Redis could not
    // answer (the caller lets the password decide rather than lock everyone out).
    void check(const QString &user, const QString &address,
               std::function<void(std::optional<int>)> done);
    void recordFailure(const QString &user, const QString &address);
    // A successful login forgets the user's failures (not the address's).
    void recordSuccess(const QString &user);

private:
    RedisClient &m_redis;
    Limits m_limits;
};

} // namespace ges
