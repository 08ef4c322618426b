#include "RateLimiter.h"
#include "RedisKeys.h"

#include <QDateTime>

namespace ges {

namespace {
// KEYS: counter. ARGV: limit, window end (s). Returns 0 or the seconds left.
const QByteArray kHit = R"lua(
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIREAT', KEYS[1], ARGV[2]) end
if n > tonumber(ARGV[1]) then
  local ttl = redis.call('TTL', KEYS[1])
  if ttl < 1 then ttl = 1 end
  return ttl
end
return 0
)lua";
} // namespace

void RateLimiter::hit(const QByteArray &scope, const QString &subject, int limit, int windowSeconds,
                      std::function<void(int)> done)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 window = now / windowSeconds;
    const qint64 windowEnd = (window + 1) * windowSeconds;
    m_redis.command({"EVAL", kHit, "1", rediskeys::rateLimit(scope, subject, window),
                     QByteArray::number(limit), QByteArray::number(windowEnd)},
                    [done](const RedisReply &r) {
                        done(r.type == RedisReply::Type::Integer ? int(r.integer) : 0);
                    });
}

} // namespace ges
