#pragma once
#include "domain/CallbackCreator.h"
#include "http/HttpExchange.h"

#include <optional>

namespace ges {

// A create request from its parameters and the Idempotency-Key header (whose replay check
// hashes `hashedBody`, the request as sent). Answers 400 itself and returns nothing when
// either is invalid. Shared by the external and the admin create.
std::optional<CallbackCreator::Request> readCreateRequest(const ExchangePtr &exchange,
                                                          const QJsonObject &parms,
                                                          const QJsonObject &hashedBody);

} // namespace ges
