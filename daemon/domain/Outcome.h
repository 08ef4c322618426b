#pragma once
#include "shared/ApiError.h"

#include <QJsonObject>
#include <functional>
#include <variant>

namespace ges {

// What a domain operation hands back: the response data, or the error.
using Outcome = std::variant<QJsonObject, ApiError>;
using OutcomeHandler = std::function<void(const Outcome &)>;

} // namespace ges
