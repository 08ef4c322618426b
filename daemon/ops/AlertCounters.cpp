#include "AlertCounters.h"
#include "Log.h"
#include "Metrics.h"

namespace ges {

namespace {
struct Definition
{
    const char *counter;
    const char *tolerance;
    const char *help;
};

// GES_DNS_FAILURE is the original's name (its metrics page); the others are ours and end
// in _total as Prometheus wants of a counter (docs/metrics.md).
constexpr Definition kDefinitions[] = {
    {"ges_redis_failure_alerts_total", "ges_redis_failure_tolerance",
     "GES Redis failed this many checks in a row (the tolerance): fired"},
    {"ges_db_failure_alerts_total", "ges_db_failure_tolerance",
     "PostgreSQL failed this many checks in a row (the tolerance): fired"},
    {"ges_ors_redis_failure_alerts_total", "ges_ors_redis_failure_tolerance",
     "Voice/ORS Redis failed this many checks in a row (the tolerance): fired"},
    {"ges_ors_announce_failure_alerts_total", "ges_ors_announce_failure_tolerance",
     "Announcing callbacks on the ORS stream failed this many times in a row: fired"},
    {"ges_gws_failure_alerts_total", "ges_gws_failure_tolerance",
     "GWS calls got no answer or a 5xx this many times in a row: fired"},
    {"GES_DNS_FAILURE", "ges_dns_failure_tolerance",
     "Outgoing calls failed to resolve their host this many times in a row: fired"},
};

const Definition &definition(AlertCounters::Alert alert)
{
    return kDefinitions[int(alert)];
}
} // namespace

AlertCounters::AlertCounters(Metrics &metrics, int tolerance)
    : m_metrics(metrics), m_tolerance(qMax(1, tolerance))
{
    static_assert(std::size(kDefinitions) == kAlerts, "one definition per alert");
    for (const Definition &d : kDefinitions) {
        m_metrics.declareCounter(d.counter, QString::fromLatin1(d.help));
        m_metrics.declareGauge(
            d.tolerance,
            QStringLiteral("Consecutive failures at which %1 fires").arg(QLatin1String(d.counter)));
        m_metrics.inc(d.counter, {}, 0);
        m_metrics.set(d.tolerance, {}, m_tolerance);
    }
}

const char *AlertCounters::counterName(Alert alert)
{
    return definition(alert).counter;
}

const char *AlertCounters::toleranceName(Alert alert)
{
    return definition(alert).tolerance;
}

void AlertCounters::record(Alert alert, bool ok)
{
    QMutexLocker lock(&m_mutex);
    int &streak = m_streak[size_t(alert)];
    if (ok) {
        streak = 0;
        return;
    }
    if (++streak != m_tolerance)
        return; // not yet, or already fired for this run of failures
    m_metrics.inc(counterName(alert));
    log::warn("ops", QStringLiteral("alert fired"),
              {{"alert", QString::fromLatin1(counterName(alert))},
               {"consecutiveFailures", QString::number(streak)}});
}

} // namespace ges
