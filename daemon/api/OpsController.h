#pragma once
#include "http/Router.h"

namespace ges {

class HealthMonitor;
class Metrics;
class Readiness;

// Internal API: /ges/v1/health, /ges/v1/health/detail, /ges/v1/health/ready (ours) and
// /metrics (no authentication).
class OpsController
{
public:
    OpsController(HealthMonitor &health, Metrics &metrics, const Readiness &readiness)
        : m_health(health), m_metrics(metrics), m_readiness(readiness)
    {
    }
    void registerRoutes(Router &router);

private:
    HealthMonitor &m_health;
    Metrics &m_metrics;
    const Readiness &m_readiness;
};

} // namespace ges
