#include "CallbackCache.h"
#include "RedisKeys.h"

#include <QJsonDocument>

namespace ges {

namespace {
// KEYS: callback, queue. ARGV: json, version, expire-at (s), queue op, score, id.
const QByteArray kPutScript = R"lua(
local current = redis.call('GET', KEYS[1])
if current then
  local ok, old = pcall(cjson.decode, current)
  if ok and type(old) == 'table' and tonumber(old.version or 0) > tonumber(ARGV[2]) then
    return 0
  end
end
redis.call('SET', KEYS[1], ARGV[1], 'EXAT', ARGV[3])
if ARGV[4] == 'add' then
  redis.call('ZADD', KEYS[2], 'NX', ARGV[5], ARGV[6])
elseif ARGV[4] == 'remove' then
  redis.call('ZREM', KEYS[2], ARGV[6])
end
return 1
)lua";
} // namespace

void CallbackCache::put(const Callback &cb, std::function<void(bool)> done)
{
    QJsonObject json = cb.toJson();
    json.insert("tenant", cb.tenant);
    json.insert("version", cb.version);
    // Only QUEUED callbacks are in the queue; ROUTING and PROCESSING are being served.
    const QByteArray queueOp = cb.state == CallbackState::Queued ? "add" : "remove";
    const QDateTime enqueued = cb.queuedAt.isValid() ? cb.queuedAt : cb.createdAt;
    m_redis.command({"EVAL", kPutScript, "2", rediskeys::callback(cb.id),
                     rediskeys::queue(cb.tenant, cb.serviceName),
                     QJsonDocument(json).toJson(QJsonDocument::Compact),
                     QByteArray::number(cb.version),
                     QByteArray::number(cb.expiresAt.toSecsSinceEpoch()), queueOp,
                     QByteArray::number(enqueued.toMSecsSinceEpoch()), cb.id.toUtf8()},
                    [done](const RedisReply &r) {
                        if (done)
                            done(!r.isError());
                    });
}

void CallbackCache::get(const QString &id, std::function<void(std::optional<Callback>)> done)
{
    m_redis.command({"GET", rediskeys::callback(id)}, [done](const RedisReply &r) {
        if (r.type != RedisReply::Type::String)
            return done(std::nullopt);
        const QJsonObject json = QJsonDocument::fromJson(r.text).object();
        auto cached = Callback::fromJson(json);
        if (cached) {
            cached->tenant = json.value("tenant").toString();
            cached->version = json.value("version").toInt(1);
        }
        done(cached);
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
                    [done](const RedisReply &r) {
                        if (r.type == RedisReply::Type::Integer)
                            done(int(r.integer) + 1);
                        else
                            done(std::nullopt);
                    });
}

} // namespace ges
