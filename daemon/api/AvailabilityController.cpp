#include "AvailabilityController.h"
#include "JsonBody.h"
#include "QueryParams.h"
#include "shared/ApiPaths.h"

namespace ges {

void AvailabilityController::registerRoutes(Router &router)
{
    router.add({"GET",
                paths::CallbacksAvailability,
                AuthKind::ApiKey,
                [this](const ExchangePtr &e) { availability(e); },
                {}});
    router.add({"GET",
                paths::CallbacksOpenFor,
                AuthKind::ApiKey,
                [this](const ExchangePtr &e) { openFor(e); },
                {}});
}

std::optional<AvailabilityService::Query>
AvailabilityController::readQuery(const ExchangePtr &exchange)
{
    QueryParams params(exchange->query());
    AvailabilityService::Query query;
    query.start = params.time("start", "startMS");
    query.end = params.time("end", "endMS");
    query.numberOfDays = params.integer("numberOfDays", 0, 1, AvailabilityService::kMaxDays);
    query.timeZone = params.timeZone("timezone");
    query.maxTimeSlots = params.integer("maxTimeSlots", 0, 1, 100000);
    query.reportBusy = params.flag("reportBusy");
    if (params.error()) {
        exchange->replyError(*params.error());
        return std::nullopt;
    }
    return query;
}

void AvailabilityController::availability(const ExchangePtr &exchange)
{
    const auto query = readQuery(exchange);
    if (!query)
        return;
    m_availability.availability(
        callerOf(exchange), exchange->pathParameter, *query,
        [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

void AvailabilityController::openFor(const ExchangePtr &exchange)
{
    QueryParams params(exchange->query());
    const QDateTime at = params.time("start", "startMS");
    params.timeZone("timezone");
    if (params.error())
        return exchange->replyError(*params.error());
    m_availability.openFor(callerOf(exchange), exchange->pathParameter, at,
                           [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

} // namespace ges
