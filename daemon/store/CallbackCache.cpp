#include "CallbackCache.h"
#include "RedisKeys.h"

#include <QJsonDocument>

namespace ges {

void CallbackCache::put(const Callback &cb, std::function<void(bool)> done)
{
    QJsonObject json = cb.toJson();
    json.insert("tenant", cb.tenant);
    const QByteArray key = rediskeys::callback(cb.id);
    const QByteArray queue = rediskeys::queue(cb.tenant, cb.serviceName);
    const QByteArray expireAt = QByteArray::number(cb.expiresAt.toSecsSinceEpoch());
    auto report = [done](const RedisReply &r) {
        if (done)
            done(!r.isError());
    };
    // Replies on one connection come in order: the last command's reply means all are done.
    const QByteArray value = QJsonDocument(json).toJson(QJsonDocument::Compact);
    if (cb.state == CallbackState::Queued) {
        m_redis.command({"SET", key, value, "EXAT", expireAt});
        m_redis.command({"ZADD", queue, "NX", QByteArray::number(cb.createdAt.toMSecsSinceEpoch()),
                         cb.id.toUtf8()},
                        report);
    } else if (!isWaiting(cb.state)) {
        m_redis.command({"SET", key, value, "EXAT", expireAt});
        m_redis.command({"ZREM", queue, cb.id.toUtf8()}, report);
    } else {
        m_redis.command({"SET", key, value, "EXAT", expireAt}, report);
    }
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
