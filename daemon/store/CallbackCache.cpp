#include "CallbackCache.h"
#include "CallbackPacking.h"
#include "RedisKeys.h"

namespace ges {

namespace {
// KEYS: callback, queue. ARGV: packed, version, expire-at (s), queue op, score, id, and
// "absent" when Redis most likely holds nothing for the callback yet (then SET NX is tried
// first and the read is spared). The version is the packed value's first number: a
// pattern match, not a JSON decode. A value in another form (an older daemon's JSON)
// counts as version 0.
const QByteArray kPutScript = R"lua(
local version, state
local written = false
if ARGV[7] == 'absent' then
  written = redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EXAT', ARGV[3])
end
if not written then
  local current = redis.call('GET', KEYS[1])
  if current then
    version, state = string.match(current, '^%[(%d+),(%d+),')
    if (tonumber(version) or 0) > tonumber(ARGV[2]) then return 0 end
  end
  redis.call('SET', KEYS[1], ARGV[1], 'EXAT', ARGV[3])
end
if ARGV[4] == 'add' then
  redis.call('ZADD', KEYS[2], 'NX', ARGV[5], ARGV[6])
elseif ARGV[4] == 'remove' and (state == nil or state == '1') then
  -- Only a copy that was QUEUED (1), or none known, can still be in the queue.
  redis.call('ZREM', KEYS[2], ARGV[6])
end
return 1
)lua";

// A new QUEUED callback: nothing can be newer than its first version, so SET NX is the
// fence (a later version written first by another node wins), and the position comes
// back in the same call. KEYS: callback, queue. ARGV: packed, expire-at, score, id.
const QByteArray kAddScript = R"lua(
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EXAT', ARGV[2]) then return -1 end
redis.call('ZADD', KEYS[2], 'NX', ARGV[3], ARGV[4])
return redis.call('ZRANK', KEYS[2], ARGV[4])
)lua";

static_assert(int(CallbackState::Queued) == 1, "kPutScript tests the packed state for 1");

QByteArray enqueueScore(const Callback &cb)
{
    const QDateTime enqueued = cb.queuedAt.isValid() ? cb.queuedAt : cb.createdAt;
    return QByteArray::number(enqueued.toMSecsSinceEpoch());
}
} // namespace

CallbackCache::CallbackCache(RedisClient &redis) : m_redis(redis)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    QObject::connect(&m_retry, &QTimer::timeout, [this] { writeAgain(); });
}

bool CallbackCache::keepsWhole(CallbackState state)
{
    return state == CallbackState::Queued;
}

void CallbackCache::put(const Callback &cb, std::function<void(bool)> done)
{
    write(cb, false, std::move(done));
}

void CallbackCache::putFirst(const Callback &cb, std::function<void(bool)> done)
{
    write(cb, true, std::move(done));
}

void CallbackCache::write(const Callback &cb, bool likelyAbsent, std::function<void(bool)> done)
{
    // Only QUEUED callbacks are in the queue; ROUTING and PROCESSING are being served.
    const QByteArray queueOp = cb.state == CallbackState::Queued ? "add" : "remove";
    const bool whole = keepsWhole(cb.state);
    const qint64 expireAt = whole ? cb.expiresAt.toSecsSinceEpoch()
                                  : QDateTime::currentSecsSinceEpoch() + kRetiredSeconds;
    m_redis.command(
        {"EVAL", kPutScript, "2", rediskeys::callback(cb.id),
         rediskeys::queue(cb.tenant, cb.serviceName),
         whole ? callbackpacking::pack(cb) : callbackpacking::retired(cb.version, cb.state),
         QByteArray::number(cb.version), QByteArray::number(expireAt), queueOp, enqueueScore(cb),
         cb.id.toUtf8(), likelyAbsent ? "absent" : "present"},
        [this, cb, done](const RedisReply &r) {
            if (r.isError())
                keepUnwritten(cb);
            if (done)
                done(!r.isError());
        });
}

void CallbackCache::keepUnwritten(const Callback &cb)
{
    const auto kept = m_unwritten.constFind(cb.id);
    if (kept != m_unwritten.cend() && kept->version >= cb.version)
        return;
    if (kept == m_unwritten.cend() && m_unwritten.size() >= kMaxUnwritten)
        return;
    m_unwritten.insert(cb.id, cb);
    if (!m_retry.isActive())
        m_retry.start();
}

void CallbackCache::writeAgain()
{
    // Written like a put: the script's version check keeps a newer copy written meanwhile
    // (by this node or another); one that fails again is kept again. Not once the
    // callback's life is over: the purge (Housekeeping) may have removed it by then, and
    // a late write would put it back in its queue until the next rebuild.
    const QHash<QString, Callback> pending = std::exchange(m_unwritten, {});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Callback &cb : pending)
        if (!cb.expiresAt.isValid() || cb.expiresAt > now)
            write(cb, false, {});
}

void CallbackCache::putNew(const Callback &cb, std::function<void(std::optional<int>)> done)
{
    // A SCHEDULED callback waits in the schedule index (DueIndex) only: its copy is
    // written when it comes due (putFirst), and reads until then go to PostgreSQL.
    if (!keepsWhole(cb.state))
        return done(std::nullopt);
    const QByteArray expireAt = QByteArray::number(cb.expiresAt.toSecsSinceEpoch());
    m_redis.command({"EVAL", kAddScript, "2", rediskeys::callback(cb.id),
                     rediskeys::queue(cb.tenant, cb.serviceName), callbackpacking::pack(cb),
                     expireAt, enqueueScore(cb), cb.id.toUtf8()},
                    [this, cb, done](const RedisReply &r) {
                        if (r.isError())
                            keepUnwritten(cb); // written again as a put: the same result
                        if (r.type == RedisReply::Type::Integer && r.integer >= 0)
                            done(int(r.integer) + 1);
                        else
                            done(std::nullopt);
                    });
}

void CallbackCache::get(const QString &id, std::function<void(std::optional<Callback>)> done)
{
    m_redis.command({"GET", rediskeys::callback(id)},
                    [id, done = std::move(done)](const RedisReply &r) {
                        if (r.type != RedisReply::Type::String)
                            return done(std::nullopt);
                        done(callbackpacking::unpack(id, r.text));
                    });
}

void CallbackCache::waiting(const QString &tenant, const QString &service,
                            std::function<void(std::optional<int>)> done)
{
    m_redis.command({"ZCARD", rediskeys::queue(tenant, service)}, [done](const RedisReply &r) {
        if (r.type == RedisReply::Type::Integer)
            done(int(r.integer));
        else
            done(std::nullopt);
    });
}

void CallbackCache::forget(const QString &tenant, const QString &service, const QString &id)
{
    m_redis.command({"ZREM", rediskeys::queue(tenant, service), id.toUtf8()});
    m_redis.command({"DEL", rediskeys::callback(id)});
}

void CallbackCache::position(const Callback &cb, std::function<void(std::optional<int>)> done)
{
    m_redis.command({"ZRANK", rediskeys::queue(cb.tenant, cb.serviceName), cb.id.toUtf8()},
                    [done = std::move(done)](const RedisReply &r) {
                        if (r.type == RedisReply::Type::Integer)
                            done(int(r.integer) + 1);
                        else
                            done(std::nullopt);
                    });
}

} // namespace ges
