#include "RedisLease.h"
#include "RedisKeys.h"

namespace ges {

namespace {
// KEYS: lease. ARGV: node, ttl (ms). Takes a free lease or renews our own.
const QByteArray kAcquire = R"lua(
local holder = redis.call('GET', KEYS[1])
if holder == false or holder == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
)lua";
// KEYS: lease. ARGV: node. Drops it only if it is ours.
const QByteArray kRelease = R"lua(
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
)lua";
} // namespace

void RedisLease::acquire(int ttlMs, std::function<void(bool)> done)
{
    const QDeadlineTimer until(ttlMs);
    m_redis.command(
        {"EVAL", kAcquire, "1", rediskeys::lease(m_name), m_node, QByteArray::number(ttlMs)},
        [done, held = m_heldUntil, until](const RedisReply &r) {
            const bool ok = r.type == RedisReply::Type::Integer && r.integer == 1;
            *held = ok ? until : QDeadlineTimer();
            done(ok);
        });
}

void RedisLease::hold(int ttlMs, std::function<void(bool)> done)
{
    if (!m_heldUntil->hasExpired() && m_heldUntil->remainingTime() > ttlMs / 2)
        return done(true);
    if (!m_heldUntil->hasExpired())
        return acquire(ttlMs, std::move(done));
    const QDeadlineTimer until(ttlMs);
    m_redis.command(
        {"SET", rediskeys::lease(m_name), m_node, "NX", "PX", QByteArray::number(ttlMs)},
        [done, held = m_heldUntil, until](const RedisReply &r) {
            const bool ok = r.type == RedisReply::Type::Status;
            if (ok)
                *held = until;
            done(ok);
        });
}

void RedisLease::release(std::function<void(bool)> done)
{
    *m_heldUntil = QDeadlineTimer();
    m_redis.command({"EVAL", kRelease, "1", rediskeys::lease(m_name), m_node},
                    [done](const RedisReply &r) {
                        if (done)
                            done(r.type == RedisReply::Type::Integer && r.integer == 1);
                    });
}

} // namespace ges
