#include "ThroughputMeter.h"
#include "RedisKeys.h"

namespace ges {

namespace {
constexpr int kFlushMs = 500;
}

ThroughputMeter::ThroughputMeter(RedisClient &redis) : m_redis(redis)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushMs);
    QObject::connect(&m_flushTimer, &QTimer::timeout, [this] { flush(); });
}

void ThroughputMeter::record(const QString &tenant, const QString &service, const QDateTime &at)
{
    // Counted here first and added in Redis with the others of the next half second: one
    // HINCRBY per service and minute instead of one per callback (docs/performance.md).
    const QByteArray key = rediskeys::throughput(tenant, service);
    const qint64 minute = at.toSecsSinceEpoch() / 60;
    ++m_unsent[key][minute];
    const auto recent = m_recent.find(key);
    if (recent != m_recent.end())
        ++recent->minutes[minute];
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ThroughputMeter::flush()
{
    for (auto key = m_unsent.cbegin(); key != m_unsent.cend(); ++key) {
        for (auto minute = key->cbegin(); minute != key->cend(); ++minute)
            m_redis.command({"HINCRBY", key.key(), QByteArray::number(minute.key()),
                             QByteArray::number(minute.value())});
        // The hash lives an hour after its last write; renewing that once a minute per
        // node is enough.
        qint64 &renewed = m_expiryRenewed[key.key()];
        const qint64 newest = key->lastKey();
        if (renewed != newest) {
            renewed = newest;
            m_redis.command({"EXPIRE", key.key(), "3600"});
        }
    }
    m_unsent.clear();
}

std::optional<double> ThroughputMeter::rateOf(const Minutes &minutes, qint64 nowSeconds)
{
    const qint64 firstMinute = nowSeconds / 60 - (kWindowMinutes - 1);
    qint64 served = 0;
    qint64 earliest = nowSeconds / 60;
    for (auto m = minutes.lowerBound(firstMinute); m != minutes.cend(); ++m) {
        served += m.value();
        earliest = std::min(earliest, m.key());
    }
    if (served <= 0)
        return std::nullopt;
    // From the start of the earliest minute seen, at least one minute: a burst in the
    // first seconds must not look like a very fast queue.
    const qint64 span = std::max<qint64>(60, nowSeconds - earliest * 60);
    return double(served) / double(span);
}

void ThroughputMeter::rate(const QString &tenant, const QString &service, const QDateTime &now,
                           std::function<void(std::optional<double>)> done)
{
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const QByteArray key = rediskeys::throughput(tenant, service);
    // Every create asks for its estimate: within a second the answer is the same, so it
    // comes from here (docs/performance.md), with this node's own counts kept current.
    const auto cached = m_recent.constFind(key);
    if (cached != m_recent.cend() && cached->read.isValid() && !cached->read.hasExpired(1000))
        return done(rateOf(cached->minutes, nowSeconds));
    // Counts not sent yet cannot be in Redis's answer; the ones sent before it are.
    const Minutes unsent = m_unsent.value(key);
    m_redis.command({"HGETALL", key}, [this, key, unsent, done, nowSeconds](const RedisReply &r) {
        Minutes minutes = unsent;
        for (qsizetype i = 0; i + 1 < r.elements.size(); i += 2)
            minutes[r.elements.at(i).text.toLongLong()] += r.elements.at(i + 1).text.toLongLong();
        if (!r.isError()) {
            Recent &recent = m_recent[key];
            recent.read.start();
            recent.minutes = minutes;
        }
        done(rateOf(minutes, nowSeconds));
    });
}

} // namespace ges
