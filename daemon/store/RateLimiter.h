#pragma once
#include "RedisClient.h"

#include <functional>

namespace ges {

// Fixed-window counters in Redis, shared by every node. When Redis cannot answer, the
// request is let through: a rate limit is protection, not a reason to refuse service.
class RateLimiter
{
public:
    explicit RateLimiter(RedisClient &redis) : m_redis(redis) {}

    // Counts one request of `subject` in `scope`; `done(retryAfterSeconds)` is 0 when
    // allowed, else the seconds until the window ends.
    void hit(const QByteArray &scope, const QString &subject, int limit, int windowSeconds,
             std::function<void(int)> done);

private:
    RedisClient &m_redis;
};

} // namespace ges
