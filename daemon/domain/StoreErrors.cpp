#include "StoreErrors.h"
#include "ops/Log.h"
#include "shared/ErrorCodes.h"

namespace ges {

ApiError toApiError(const DbError &error, const QString &corrId, const QString &conflictMessage)
{
    switch (error.kind) {
    case DbError::Kind::Unavailable:
        return ApiError::unavailable(
            QStringLiteral("the database is unavailable; nothing was written"));
    case DbError::Kind::CommitUnknown:
        log::warn("store", QStringLiteral("commit outcome unknown"),
                  {{"error", error.message}, {"corrId", corrId}});
        return ApiError::unavailable(QStringLiteral(
            "the database connection broke while saving; the change may or may not have been "
            "saved: look it up before repeating it"));
    case DbError::Kind::Conflict:
        if (!conflictMessage.isEmpty())
            return {409, errc::Conflict, conflictMessage, {}, 0};
        break;
    case DbError::Kind::Internal:
        break;
    }
    log::error("store", QStringLiteral("database error"),
               {{"error", error.message}, {"corrId", corrId}});
    return ApiError::internal(QStringLiteral("internal error"));
}

} // namespace ges
