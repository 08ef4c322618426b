#include "RateLimiter.h"
#include "RedisKeys.h"

#include <QDateTime>
#include <algorithm>

namespace ges {

void RateLimiter::hit(const QByteArray &scope, const QString &subject, int limit, int windowSeconds,
                      std::function<void(int)> done)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 window = now / windowSeconds;
    const qint64 windowEnd = (window + 1) * windowSeconds;
    const QByteArray key = rediskeys::rateLimit(scope, subject, window);
    // Plain INCR, and the expiry only by the request that opened the window: one command
    // for most requests instead of a script (docs/performance.md). The key names its
    // window, so a lost EXPIREAT (a node dying in between) can never hold a later window.
    m_redis.command({"INCR", key}, [this, key, limit, windowEnd, done](const RedisReply &r) {
        if (r.type != RedisReply::Type::Integer)
            return done(0);
        if (r.integer == 1)
            m_redis.command({"EXPIREAT", key, QByteArray::number(windowEnd)});
        const qint64 left = std::max<qint64>(1, windowEnd - QDateTime::currentSecsSinceEpoch());
        done(r.integer > limit ? int(left) : 0);
    });
}

} // namespace ges
