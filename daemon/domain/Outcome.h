#pragma once
#include "shared/ApiError.h"
#include "shared/Callback.h"

#include <QJsonObject>
#include <functional>
#include <variant>

namespace ges {

// What a domain operation hands back: the response data, or the error.
using Outcome = std::variant<QJsonObject, ApiError>;
using OutcomeHandler = std::function<void(const Outcome &)>;

// One callback, handed over whole so the answer can be written without a QJsonObject.
using CallbackOutcome = std::variant<Callback, ApiError>;
using CallbackOutcomeHandler = std::function<void(const CallbackOutcome &)>;

} // namespace ges
