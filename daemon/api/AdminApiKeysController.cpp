#include "AdminApiKeysController.h"
#include "JsonBody.h"
#include "domain/ApiKeyRegistry.h"
#include "shared/ApiPaths.h"

namespace ges {

void AdminApiKeysController::registerRoutes(Router &router)
{
    router.add({"POST",
                paths::AdminApiKeys,
                AuthKind::Session,
                [this](const ExchangePtr &e) { create(e); },
                {}});
}

void AdminApiKeysController::create(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    const QString tenant = body->value("tenant").toString().trimmed();
    if (!m_access.allowTenant(exchange, tenant))
        return;
    m_keys.create(callerOf(exchange), tenant, body->value("name").toString().trimmed(),
                  [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

} // namespace ges
