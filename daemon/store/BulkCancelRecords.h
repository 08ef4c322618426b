#pragma once
#include "AuditRecords.h"
#include "CallbackRecords.h"
#include "DbResult.h"

#include <QSqlDatabase>
#include <QStringList>

namespace ges {

// Bulk cancel (worker threads only). The dry run and the real run decide with the same
// plan(), so they agree when nothing changed in between; the real run takes the plan with
// the rows locked and cancels in one set-based statement.
namespace BulkCancelRecords {

struct Skipped
{
    QString id;
    QString reason; // NOT_FOUND, or the state that cannot be cancelled (PROCESSING, ...)
};

struct Plan
{
    QStringList cancel; // in the order asked
    QList<Skipped> skipped;
};

// Ids of the callbacks `filter` matches, at most `filter.limit` + 1 (one more tells the
// caller the bound was passed).
DbResult<QStringList> matching(QSqlDatabase &db, const CallbackQuery &filter);

// Which of `ids` (of `tenant`) can be cancelled. `lock`: FOR UPDATE (the real run).
DbResult<Plan> plan(QSqlDatabase &db, const QString &tenant, const QStringList &ids, bool lock);

struct Cancelled
{
    Callback callback;
    CallbackState from = CallbackState::Queued;
};
// Cancels `ids` (already planned and locked), frees their slots, writes their history and
// `audit`.
DbResult<QList<Cancelled>> cancel(QSqlDatabase &db, const QString &tenant, const QStringList &ids,
                                  const QString &actor, const AuditEntry &audit);

} // namespace BulkCancelRecords

} // namespace ges
