#pragma once
#include "shared/ApiError.h"
#include "store/DbResult.h"

namespace ges {

// How a store failure reaches the caller: unavailable → 503 with Retry-After (nothing
// was written), commit outcome unknown → 503 saying so, conflict → 409 with
// `conflictMessage`, anything else → 500, logged.
ApiError toApiError(const DbError &error, const QString &corrId,
                    const QString &conflictMessage = {});

} // namespace ges
