#pragma once
#include "AuditRecords.h"
#include "DbResult.h"
#include "shared/Callback.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace ges {

// The admin API's reads and edits of one callback (worker threads only). Each edit takes
// the audit entry that records it and appends it in the same transaction.
namespace CallbackEditRecords {

// The callback `id` when its tenant is one of `tenants` (empty: any tenant).
DbResult<std::optional<Callback>> findInTenants(QSqlDatabase &db, const QStringList &tenants,
                                                const QString &id);

struct HistoryEntry
{
    QDateTime at;
    QString state;
    QString reason;
    QString actor;
};
// Oldest first.
DbResult<QList<HistoryEntry>> history(QSqlDatabase &db, const QString &id);

enum class Verdict
{
    Done,
    NotFound,
    InvalidState, // `callback` holds the row as it is
    SlotFull
};

struct EditResult
{
    Verdict verdict = Verdict::Done;
    std::optional<Callback> callback;
    std::optional<CallbackState> from; // Done: the state it was in
};

// Replaces the user data of a callback that is not COMPLETED.
DbResult<EditResult> replaceUserData(QSqlDatabase &db, const QString &tenant, const QString &id,
                                     const QJsonObject &userData, AuditEntry audit);

struct NewTime
{
    QDateTime desiredTime;
    QDateTime slotStart;
    QDateTime expiresAt;
    int slotCapacity = 0;
};
// Moves a SCHEDULED or QUEUED callback to a new time (SCHEDULED again): books the new
// slot, then frees the old one, all in the caller's transaction. SlotFull writes nothing.
DbResult<EditResult> reschedule(QSqlDatabase &db, const QString &tenant, const QString &id,
                                const NewTime &time, const QString &actor, AuditEntry audit);

} // namespace CallbackEditRecords

} // namespace ges
