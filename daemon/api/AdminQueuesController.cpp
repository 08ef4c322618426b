#include "AdminQueuesController.h"
#include "JsonBody.h"
#include "QueryParams.h"
#include "domain/QueueOverview.h"
#include "shared/ApiPaths.h"

#include <QJsonArray>

namespace ges {

void AdminQueuesController::registerRoutes(Router &router)
{
    router.add({"GET",
                paths::AdminQueues,
                AuthKind::Session,
                [this](const ExchangePtr &e) { view(e); },
                {}});
}

void AdminQueuesController::view(const ExchangePtr &exchange)
{
    QueryParams params(exchange->query());
    const int days = params.integer("days", 3, 1, QueueOverview::kMaxDays);
    if (const auto error = params.error())
        return exchange->replyError(*error);
    const auto scope = m_access.visibleTenants(exchange, params.text("tenant"));
    if (!scope)
        return;
    if (scope->none())
        return exchange->replyData(QJsonObject{{"queues", QJsonArray()}});
    m_overview.view(callerOf(exchange), scope->all ? QStringList() : scope->tenants, days,
                    [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

} // namespace ges
