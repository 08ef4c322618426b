#pragma once
#include "shared/Callback.h"

#include <QByteArray>
#include <optional>

namespace ges::callbackpacking {

// The compact form of a callback in the Redis working set (docs/performance.md): a JSON
// array by position, times as epoch milliseconds, the id only in the key. About a third
// of the API's JSON, and it starts with the version so the cache script can read it with
// one pattern match instead of decoding:
//   [version, state, tenant, service, phone, desired, created, updated, expires,
//    queued|0, completed|0, priority, reason, userData|0]
QByteArray pack(const Callback &callback);
// Nothing when the value is not in this form (an older daemon's JSON object, garbage,
// a retired mark).
std::optional<Callback> unpack(const QString &id, const QByteArray &packed);

// What the working set keeps of a callback that no longer waits (ROUTING and later):
// "[version, state, 0]", only so a late write of an older version cannot bring the whole
// copy back (CallbackCache::put). unpack() refuses it: reads go to PostgreSQL.
QByteArray retired(int version, CallbackState state);
// The version and state at the head of a packed callback or a retired mark.
struct Head
{
    int version = 0;
    CallbackState state = CallbackState::Scheduled;
};
std::optional<Head> head(const QByteArray &value);

} // namespace ges::callbackpacking
