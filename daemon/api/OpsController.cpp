#include "OpsController.h"
#include "ops/HealthMonitor.h"
#include "ops/Metrics.h"
#include "ops/Readiness.h"
#include "shared/ApiPaths.h"

namespace ges {

void OpsController::registerRoutes(Router &router)
{
    router.add({"GET",
                paths::Health,
                AuthKind::None,
                [](const ExchangePtr &e) {
                    e->replyJson(200, QJsonObject{{"status", "UP"}});
                },
                {}});
    router.add({"GET",
                paths::HealthDetail,
                AuthKind::None,
                [this](const ExchangePtr &e) { e->replyJson(200, m_health.detail()); },
                {}});
    router.add({"GET",
                paths::HealthReady,
                AuthKind::None,
                [this](const ExchangePtr &e) {
                    if (m_readiness.isReady())
                        return e->replyJson(200, QJsonObject{{"status", "READY"}});
                    e->replyJson(503, QJsonObject{{"status", "NOT_READY"},
                                                  {"reason", m_readiness.reason()}});
                },
                {}});
    router.add({"GET",
                paths::Metrics,
                AuthKind::None,
                [this](const ExchangePtr &e) {
                    e->reply(200, m_metrics.render(), "text/plain; version=0.0.4; charset=utf-8");
                },
                {}});
}

} // namespace ges
