#pragma once
#include <QList>
#include <QString>
#include <optional>

namespace ges {

// API.md §3 "Callback states". COMPLETED is the only final state.
enum class CallbackState
{
    Scheduled,
    Queued,
    Routing,
    Processing,
    Completed
};

QString toString(CallbackState state);
std::optional<CallbackState> callbackStateFromString(const QString &name);
bool isCancellable(CallbackState state);
bool isWaiting(CallbackState state); // QUEUED, ROUTING or PROCESSING: has a queue position
// The states from which a callback may move to `to` (the state graph of API.md §3).
QList<CallbackState> allowedSources(CallbackState to);

// callbackReason values when COMPLETED.
namespace reason {
inline constexpr char Connected[] = "CONNECTED";
inline constexpr char Cancelled[] = "CANCELLED";
inline constexpr char Expired[] = "EXPIRED";
inline constexpr char NoAnswer[] = "NO_ANSWER";
inline constexpr char Busy[] = "BUSY";
inline constexpr char Failed[] = "FAILED";
inline constexpr char Abandoned[] = "ABANDONED";
} // namespace reason

} // namespace ges
