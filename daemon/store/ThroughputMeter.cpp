#include "ThroughputMeter.h"
#include "RedisKeys.h"

namespace ges {

void ThroughputMeter::record(const QString &tenant, const QString &service, const QDateTime &at)
{
    const QByteArray key = rediskeys::throughput(tenant, service);
    const qint64 minute = at.toSecsSinceEpoch() / 60;
    m_redis.command({"HINCRBY", key, QByteArray::number(minute), "1"});
    m_recent.remove(key);
    // The hash lives an hour after its last write; renewing that once a minute per node
    // is enough, and spares a command per callback (docs/performance.md).
    qint64 &renewed = m_expiryRenewed[key];
    if (renewed != minute) {
        renewed = minute;
        m_redis.command({"EXPIRE", key, "3600"});
    }
}

void ThroughputMeter::rate(const QString &tenant, const QString &service, const QDateTime &now,
                           std::function<void(std::optional<double>)> done)
{
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const QByteArray key = rediskeys::throughput(tenant, service);
    // Every create asks for its estimate: within a second the answer is the same, so it
    // comes from here (docs/performance.md). This node's own record() clears it.
    const auto cached = m_recent.constFind(key);
    if (cached != m_recent.cend() && cached->read.isValid() && !cached->read.hasExpired(1000))
        return done(cached->rate);
    m_redis.command({"HGETALL", key}, [this, key, done, nowSeconds](const RedisReply &r) {
        const qint64 firstMinute = nowSeconds / 60 - (kWindowMinutes - 1);
        qint64 served = 0;
        qint64 earliest = nowSeconds / 60;
        for (qsizetype i = 0; i + 1 < r.elements.size(); i += 2) {
            const qint64 minute = r.elements.at(i).text.toLongLong();
            if (minute < firstMinute)
                continue;
            served += r.elements.at(i + 1).text.toLongLong();
            earliest = std::min(earliest, minute);
        }
        // From the start of the earliest minute seen, at least one minute: a burst
        // in the first seconds must not look like a very fast queue.
        const qint64 span = std::max<qint64>(60, nowSeconds - earliest * 60);
        std::optional<double> rate;
        if (served > 0)
            rate = double(served) / double(span);
        if (!r.isError()) {
            Recent &recent = m_recent[key];
            recent.read.start();
            recent.rate = rate;
        }
        done(rate);
    });
}

} // namespace ges
