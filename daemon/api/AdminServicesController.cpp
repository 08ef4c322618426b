#include "AdminServicesController.h"
#include "JsonBody.h"
#include "domain/ServiceCatalog.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"

namespace ges {

void AdminServicesController::registerRoutes(Router &router)
{
    router.add({"POST",
                paths::AdminServices,
                false,
                AuthKind::Session,
                [this](const ExchangePtr &e) { create(e); },
                {}});
}

void AdminServicesController::create(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    QList<FieldProblem> problems;
    auto service = ServiceConfig::fromJson(*body, &problems);
    if (!service)
        return exchange->replyError(
            {400, errc::InvalidField,
             problems.constFirst().field + QStringLiteral(": ") + problems.constFirst().problem,
             problems, 0});
    if (!m_access.allow(exchange, {roles::Administrator}, service->tenant, false))
        return;
    m_services.create(callerOf(exchange), *service,
                      [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

} // namespace ges
