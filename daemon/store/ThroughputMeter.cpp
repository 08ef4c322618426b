#include "ThroughputMeter.h"
#include "RedisKeys.h"

namespace ges {

namespace {
// KEYS: counts. ARGV: minute. The hash lives an hour after its last write.
const QByteArray kRecord = R"lua(
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('EXPIRE', KEYS[1], 3600)
)lua";
} // namespace

void ThroughputMeter::record(const QString &tenant, const QString &service, const QDateTime &at)
{
    m_redis.command({"EVAL", kRecord, "1", rediskeys::throughput(tenant, service),
                     QByteArray::number(at.toSecsSinceEpoch() / 60)});
}

void ThroughputMeter::rate(const QString &tenant, const QString &service, const QDateTime &now,
                           std::function<void(std::optional<double>)> done)
{
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    m_redis.command({"HGETALL", rediskeys::throughput(tenant, service)},
                    [done, nowSeconds](const RedisReply &r) {
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
                        if (served == 0)
                            return done(std::nullopt);
                        // From the start of the earliest minute seen, at least one minute: a burst
                        // in the first seconds must not look like a very fast queue.
                        const qint64 span = std::max<qint64>(60, nowSeconds - earliest * 60);
                        done(double(served) / double(span));
                    });
}

} // namespace ges
