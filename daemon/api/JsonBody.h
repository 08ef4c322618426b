#pragma once
#include "domain/CallbackLifecycle.h"
#include "http/HttpExchange.h"

#include <QJsonObject>
#include <optional>

namespace ges {

// The request body as a JSON object, or answers 400 INVALID_JSON and returns nothing.
std::optional<QJsonObject> jsonBody(const ExchangePtr &exchange);

// The caller as the domain sees it: tenant, actor for the history, correlation id.
Caller callerOf(const ExchangePtr &exchange);

// Answers with a domain outcome: data on success, the error otherwise.
void replyOutcome(const ExchangePtr &exchange, const Outcome &outcome);

} // namespace ges
