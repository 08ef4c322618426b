#include "RoutingController.h"
#include "JsonBody.h"
#include "domain/CallbackLifecycle.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"

namespace ges {

namespace {
const QStringList kReasons{reason::Connected, reason::Cancelled, reason::Expired,  reason::NoAnswer,
                           reason::Busy,      reason::Failed,    reason::Abandoned};
}

void RoutingController::registerRoutes(Router &router)
{
    router.add({"POST",
                paths::RoutingCallbackState,
                AuthKind::RoutingToken,
                [this](const ExchangePtr &e) { reportState(e); },
                {}});
}

void RoutingController::reportState(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    const auto state = callbackStateFromString(body->value("callbackState").toString());
    if (!state || *state == CallbackState::Scheduled)
        return exchange->replyError(ApiError::field(
            errc::InvalidField, "callbackState", "one of QUEUED, ROUTING, PROCESSING, COMPLETED"));
    const QString reason = body->value("callbackReason").toString();
    if (*state == CallbackState::Completed && !kReasons.contains(reason))
        return exchange->replyError(
            ApiError::field(errc::InvalidField, "callbackReason",
                            "required with COMPLETED: one of " + kReasons.join(", ")));
    m_lifecycle.report(callerOf(exchange), exchange->pathParameter, *state,
                       *state == CallbackState::Completed ? reason : QString(),
                       [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

} // namespace ges
