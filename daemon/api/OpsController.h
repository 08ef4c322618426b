#pragma once
#include "http/Router.h"

namespace ges {

class HealthMonitor;
class Metrics;

// Internal API: /ges/v1/health, /ges/v1/health/detail and /metrics (no authentication).
class OpsController
{
public:
    OpsController(HealthMonitor &health, Metrics &metrics) : m_health(health), m_metrics(metrics) {}
    void registerRoutes(Router &router);

private:
    HealthMonitor &m_health;
    Metrics &m_metrics;
};

} // namespace ges
