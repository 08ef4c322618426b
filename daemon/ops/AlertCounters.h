#pragma once
#include <QMutex>
#include <array>

namespace ges {

class Metrics;

// Alert-type metrics, as the original has them: a counter that goes up once each time its
// condition fires, never on every error. Each condition here is "a dependency operation
// failed `tolerance` times in a row": the counter is incremented at the tolerance-th
// consecutive failure and is re-armed by the next success, so one outage counts once
// however long it lasts (the *_STATUS gauges say how long). The threshold is exposed as
// a gauge named like the counter with "_tolerance", as the original does.
// The counters start at 0 rather than appearing at the first firing (the original's
// way): Prometheus' increase() needs a sample before the rise to see it.
class AlertCounters
{
public:
    enum class Alert
    {
        Redis,       // GES Redis: health PING failed or the connection was lost
        Postgres,    // PostgreSQL: health query failed
        OrsRedis,    // Voice/ORS Redis: health PING failed or the connection was lost
        OrsAnnounce, // XADD of a callback onto the ORS stream failed
        Gws,         // a real GWS call got no answer or a 5xx
        Dns,         // an outgoing HTTP call (GWS, push) failed to resolve its host
    };
    static constexpr int kDefaultTolerance = 3;

    explicit AlertCounters(Metrics &metrics, int tolerance = kDefaultTolerance);

    // One operation's outcome. Thread-safe.
    void record(Alert alert, bool ok);
    void failed(Alert alert) { record(alert, false); }
    void succeeded(Alert alert) { record(alert, true); }

    static const char *counterName(Alert alert);
    static const char *toleranceName(Alert alert);

private:
    static constexpr int kAlerts = int(Alert::Dns) + 1;

    Metrics &m_metrics;
    const int m_tolerance;
    QMutex m_mutex;
    std::array<int, kAlerts> m_streak{}; // consecutive failures so far
};

} // namespace ges
