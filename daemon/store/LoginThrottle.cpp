#include "LoginThrottle.h"
#include "RedisKeys.h"

namespace ges {

namespace {
// KEYS: user counter, address counter. ARGV: user limit, address limit.
// Returns 0, or the seconds until the fuller window ends.
const QByteArray kCheck = R"lua(
local wait = 0
for i = 1, 2 do
  local n = tonumber(redis.call('GET', KEYS[i]) or '0')
  if n >= tonumber(ARGV[i]) then
    local ttl = redis.call('TTL', KEYS[i])
    if ttl < 1 then ttl = 1 end
    if ttl > wait then wait = ttl end
  end
end
return wait
)lua";

// KEYS: user counter, address counter. ARGV: window (s).
const QByteArray kFail = R"lua(
for i = 1, 2 do
  if redis.call('INCR', KEYS[i]) == 1 then redis.call('EXPIRE', KEYS[i], ARGV[1]) end
end
return 1
)lua";

QByteArray userKey(const QString &user)
{
    // Names are matched exactly at login, but counted case-blind so "Admin" and "admin"
    // share one budget.
    return rediskeys::loginFailures("user", user.toLower());
}
} // namespace

void LoginThrottle::check(const QString &user, const QString &address,
                          std::function<void(std::optional<int>)> done)
{
    m_redis.command({"EVAL", kCheck, "2", userKey(user), rediskeys::loginFailures("addr", address),
                     QByteArray::number(m_limits.perUser), QByteArray::number(m_limits.perAddress)},
                    [done](const RedisReply &r) {
                        if (r.type != RedisReply::Type::Integer)
                            return done(std::nullopt);
                        done(int(r.integer));
                    });
}

void LoginThrottle::recordFailure(const QString &user, const QString &address)
{
    m_redis.command({"EVAL", kFail, "2", userKey(user), rediskeys::loginFailures("addr", address),
                     QByteArray::number(m_limits.windowSeconds)});
}

void LoginThrottle::recordSuccess(const QString &user)
{
    m_redis.command({"DEL", userKey(user)});
}

} // namespace ges
