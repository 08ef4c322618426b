#include "CallInController.h"
#include "JsonBody.h"
#include "domain/CallInRegistry.h"
#include "shared/ApiPaths.h"

namespace ges {

void CallInController::registerRoutes(Router &router)
{
    router.add({"POST",
                paths::CallInCreate,
                AuthKind::ApiKey,
                [this](const ExchangePtr &e) { create(e); },
                {}});
}

void CallInController::registerRoutingRoutes(Router &router)
{
    router.add({"POST",
                paths::RoutingCallInMatch,
                AuthKind::RoutingToken,
                [this](const ExchangePtr &e) { match(e); },
                {}});
}

void CallInController::create(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    auto parsed = CreateCallInRequest::parse(*body);
    if (const auto *error = std::get_if<ApiError>(&parsed))
        return exchange->replyError(*error);
    m_registry.create(callerOf(exchange), std::get<CreateCallInRequest>(parsed),
                      [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

void CallInController::match(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    auto parsed = CallInMatchQuery::parse(*body);
    if (const auto *error = std::get_if<ApiError>(&parsed))
        return exchange->replyError(*error);
    m_registry.match(callerOf(exchange), std::get<CallInMatchQuery>(parsed),
                     [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

} // namespace ges
