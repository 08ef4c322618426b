#pragma once
#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>

namespace ges {

class CallbackCache;
class ThroughputMeter;

// The estimated wait time model (docs/ewt.md): a callback at position p in its service's
// queue waits about p / r seconds, where r is the rate at which the routing side has
// taken callbacks off that queue over the last 15 minutes. Recomputed on every call;
// unknown (-1) until the routing side has served at least one callback in the window.
class WaitEstimator
{
public:
    struct Estimate
    {
        int seconds = -1; // -1: unknown
        QString message;  // why it is unknown
        int waiting = 0;  // QUEUED callbacks of the service(s)
        QDateTime computedAt;
    };
    using Done = std::function<void(const Estimate &)>;

    WaitEstimator(CallbackCache &cache, ThroughputMeter &meter) : m_cache(cache), m_meter(meter) {}

    // For a callback at `position` (1-based) in the service's queue.
    void forPosition(const QString &tenant, const QString &service, int position, Done done);
    // For a callback that would join the queue now (behind all that wait).
    void forNewArrival(const QString &tenant, const QString &service, Done done);
    // For a newcomer to a virtual queue served by several services (summed).
    void forServices(const QString &tenant, const QStringList &services, Done done);

    // p / r, rounded up; -1 when r is unknown.
    static int secondsFor(int position, std::optional<double> rate);

private:
    CallbackCache &m_cache;
    ThroughputMeter &m_meter;
};

} // namespace ges
