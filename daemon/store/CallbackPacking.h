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
// Nothing when the value is not in this form (an older daemon's JSON object, garbage).
std::optional<Callback> unpack(const QString &id, const QByteArray &packed);

} // namespace ges::callbackpacking
