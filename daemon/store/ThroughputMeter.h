#pragma once
#include "RedisClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QTimer>
#include <functional>
#include <optional>

namespace ges {

// How fast a service's queue is served, as observed: callbacks the routing side takes off
// the queue, counted per minute in Redis (shared by every node, kept one hour). The
// estimated wait time is derived from it (docs/ewt.md). A node adds its counts to Redis
// every half second, not per callback, and sees its own at once; other nodes' counts
// reach it within a second and a half (docs/performance.md).
class ThroughputMeter
{
public:
    static constexpr int kWindowMinutes = 15;

    explicit ThroughputMeter(RedisClient &redis);

    void record(const QString &tenant, const QString &service, const QDateTime &at);
    // Callbacks served per second over the last kWindowMinutes (or since the first one
    // seen, when that is more recent); nothing when none was served in the window.
    void rate(const QString &tenant, const QString &service, const QDateTime &now,
              std::function<void(std::optional<double>)> done);

private:
    using Minutes = QMap<qint64, qint64>; // minute since the epoch → callbacks served
    static std::optional<double> rateOf(const Minutes &minutes, qint64 nowSeconds);
    void flush();

    RedisClient &m_redis;
    QHash<QByteArray, qint64> m_expiryRenewed; // key → minute of this node's last EXPIRE
    QHash<QByteArray, Minutes> m_unsent;       // counted here, not yet added in Redis
    QTimer m_flushTimer;
    struct Recent
    {
        QElapsedTimer read;
        Minutes minutes; // as read from Redis, plus what this node counted since
    };
    QHash<QByteArray, Recent> m_recent; // counts read in the last second
};

} // namespace ges
