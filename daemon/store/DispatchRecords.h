#pragma once
#include "DbResult.h"
#include "shared/Callback.h"

#include <QPair>
#include <QSqlDatabase>

namespace ges {

// SQL of the background work: dispatching scheduled callbacks, the ORS outbox, the sweep
// and rebuild of the Redis indexes, and the purge. Runs on the thread owning `db`.
namespace DispatchRecords {

struct Routed
{
    Callback callback;
    QString virtualQueue; // of its service now
};

// SCHEDULED → QUEUED for those of `ids` still SCHEDULED (the fence: a callback another
// node already moved is not returned), with their history entries.
DbResult<QList<Routed>> dispatch(QSqlDatabase &db, const QStringList &ids);
// QUEUED callbacks not announced to the routing side for `olderThanSeconds`.
DbResult<QList<Routed>> unannounced(QSqlDatabase &db, int olderThanSeconds, int limit);
// SCHEDULED callbacks due `overdueSeconds` ago or earlier, ordered by due time.
DbResult<QList<QPair<QString, QDateTime>>> overdue(QSqlDatabase &db, int overdueSeconds, int limit);
// Keyset pages by id, for rebuilding Redis: SCHEDULED ids with their due times...
DbResult<QList<QPair<QString, QDateTime>>> scheduledAfter(QSqlDatabase &db, const QString &afterId,
                                                          int limit);
// ...and QUEUED callbacks.
DbResult<QList<Callback>> queuedAfter(QSqlDatabase &db, const QString &afterId, int limit);
// Deletes up to `limit` callbacks past their expiry; returns what was deleted.
DbResult<QList<Callback>> purgeExpired(QSqlDatabase &db, int limit);
// Idempotency keys older than 24 hours and bookings of slots over 15 days old.
DbResult<Done> purgeAuxiliary(QSqlDatabase &db);

} // namespace DispatchRecords

} // namespace ges
