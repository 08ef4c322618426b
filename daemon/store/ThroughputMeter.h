#pragma once
#include "RedisClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <functional>
#include <optional>

namespace ges {

// How fast a service's queue is served, as observed: callbacks the routing side takes off
// the queue, counted per minute in Redis (shared by every node, kept one hour). The
// estimated wait time is derived from it (docs/ewt.md).
class ThroughputMeter
{
public:
    static constexpr int kWindowMinutes = 15;

    explicit ThroughputMeter(RedisClient &redis) : m_redis(redis) {}

    void record(const QString &tenant, const QString &service, const QDateTime &at);
    // Callbacks served per second over the last kWindowMinutes (or since the first one
    // seen, when that is more recent); nothing when none was served in the window.
    void rate(const QString &tenant, const QString &service, const QDateTime &now,
              std::function<void(std::optional<double>)> done);

private:
    RedisClient &m_redis;
    QHash<QByteArray, qint64> m_expiryRenewed; // key → minute of this node's last EXPIRE
    struct Recent
    {
        QElapsedTimer read;
        std::optional<double> rate;
    };
    QHash<QByteArray, Recent> m_recent; // rates read in the last second
};

} // namespace ges
