#include "AdminAvailabilityController.h"
#include "AvailabilityController.h"
#include "JsonBody.h"
#include "domain/AvailabilityService.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"

namespace ges {

void AdminAvailabilityController::registerRoutes(Router &router)
{
    router.add({"GET",
                paths::AdminAvailability,
                AuthKind::Session,
                [this](const ExchangePtr &e) { availability(e); },
                {}});
}

void AdminAvailabilityController::availability(const ExchangePtr &exchange)
{
    const QUrlQuery &params = exchange->query();
    const QString tenant = params.queryItemValue("tenant", QUrl::FullyDecoded).trimmed();
    if (!m_access.allowTenant(exchange, tenant))
        return;
    const QString service = params.queryItemValue("service", QUrl::FullyDecoded).trimmed();
    if (service.isEmpty())
        return exchange->replyError(
            ApiError::field(errc::MissingField, QStringLiteral("service"), "required"));
    const auto query = AvailabilityController::readQuery(exchange);
    if (!query)
        return;
    Caller caller = callerOf(exchange);
    caller.tenant = tenant;
    m_availability.availability(caller, service, *query, [exchange](const Outcome &outcome) {
        replyOutcome(exchange, outcome);
    });
}

} // namespace ges
