#include "CallbackState.h"

#include <array>
#include <utility>

namespace ges {

namespace {
constexpr std::array<std::pair<CallbackState, const char *>, 5> kNames{{
    {CallbackState::Scheduled, "SCHEDULED"},
    {CallbackState::Queued, "QUEUED"},
    {CallbackState::Routing, "ROUTING"},
    {CallbackState::Processing, "PROCESSING"},
    {CallbackState::Completed, "COMPLETED"},
}};
} // namespace

QString toString(CallbackState state)
{
    for (const auto &[value, name] : kNames) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<CallbackState> callbackStateFromString(const QString &name)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool isCancellable(CallbackState state)
{
    return state == CallbackState::Scheduled || state == CallbackState::Queued ||
           state == CallbackState::Routing;
}

bool isWaiting(CallbackState state)
{
    return state == CallbackState::Queued || state == CallbackState::Routing ||
           state == CallbackState::Processing;
}

QList<CallbackState> allowedSources(CallbackState to)
{
    switch (to) {
    case CallbackState::Scheduled:
        return {};
    case CallbackState::Queued:
        // ROUTING → QUEUED: the routing side puts a callback back (no agent took it); it
        // keeps its place, as its enqueue time does not change.
        return {CallbackState::Scheduled, CallbackState::Routing};
    case CallbackState::Routing:
        return {CallbackState::Queued};
    case CallbackState::Processing:
        return {CallbackState::Routing};
    case CallbackState::Completed:
        return {CallbackState::Scheduled, CallbackState::Queued, CallbackState::Routing,
                CallbackState::Processing};
    }
    return {};
}

} // namespace ges
