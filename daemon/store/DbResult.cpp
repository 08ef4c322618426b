#include "DbResult.h"

namespace ges {

DbError DbError::fromQuery(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    const QString state = error.nativeErrorCode();
    const QString text = error.text();
    if (state.isEmpty() || state.startsWith(QLatin1String("08")) ||
        state.startsWith(QLatin1String("57P")) || error.type() == QSqlError::ConnectionError)
        return {Kind::Unavailable, text};
    if (state == QLatin1String("23505"))
        return {Kind::Conflict, text};
    return {Kind::Internal, text};
}

} // namespace ges
