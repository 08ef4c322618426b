#include "CallbackEditRecords.h"
#include "CallbackRecords.h"
#include "SlotRecords.h"

#include <QJsonDocument>
#include <QVariant>

namespace ges::CallbackEditRecords {

namespace {
// The row locked for an edit, with the slot it holds.
struct Locked
{
    Callback callback;
    QDateTime slotStart;
};

DbResult<std::optional<Locked>> lock(QSqlDatabase &db, const QString &tenant, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, slot_start FROM callbacks WHERE id = ?::uuid "
                             "AND tenant = ? FOR UPDATE")
                  .arg(CallbackRecords::kColumns));
    q.addBindValue(id);
    q.addBindValue(tenant);
    if (!q.exec())
        return DbError::fromQuery(q);
    if (!q.next())
        return std::optional<Locked>();
    return std::optional<Locked>(
        Locked{CallbackRecords::fromRow(q), CallbackRecords::utc(q.value(16))});
}

DbResult<Callback> reread(QSqlQuery &q)
{
    if (!q.exec())
        return DbError::fromQuery(q);
    if (!q.next())
        return DbError{DbError::Kind::Internal, QStringLiteral("the locked callback vanished")};
    return CallbackRecords::fromRow(q);
}
} // namespace

DbResult<std::optional<Callback>> findInTenants(QSqlDatabase &db, const QStringList &tenants,
                                                const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM callbacks WHERE id = ?::uuid AND "
                             "(coalesce(?, '') = '' OR tenant = ANY(string_to_array(?, ',')))")
                  .arg(CallbackRecords::kColumns));
    q.addBindValue(id);
    q.addBindValue(tenants.join(u','));
    q.addBindValue(tenants.join(u','));
    if (!q.exec())
        return DbError::fromQuery(q);
    if (!q.next())
        return std::optional<Callback>();
    return std::optional<Callback>(CallbackRecords::fromRow(q));
}

DbResult<QList<HistoryEntry>> history(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    // The create is kept in the row (0010); older callbacks have it as an event instead.
    q.prepare(QStringLiteral("SELECT created_at, CASE created_as WHEN 'S' THEN 'SCHEDULED' ELSE "
                             "'QUEUED' END, '', created_by, 0 FROM callbacks WHERE id = ?::uuid "
                             "AND created_by IS NOT NULL UNION ALL "
                             "SELECT at, state, coalesce(reason, ''), actor, id FROM "
                             "callback_events WHERE callback_id = ?::uuid ORDER BY 1, 5"));
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec())
        return DbError::fromQuery(q);
    QList<HistoryEntry> list;
    while (q.next())
        list.append({CallbackRecords::utc(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()});
    return list;
}

DbResult<EditResult> replaceUserData(QSqlDatabase &db, const QString &tenant, const QString &id,
                                     const QJsonObject &userData, AuditEntry audit)
{
    auto locked = lock(db, tenant, id);
    if (!locked.ok())
        return locked.error();
    if (!locked.value())
        return EditResult{Verdict::NotFound, {}, {}};
    const Callback &current = locked.value()->callback;
    if (current.state == CallbackState::Completed)
        return EditResult{Verdict::InvalidState, current, {}};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE callbacks SET user_data = ?::jsonb, updated_at = now(), "
                             "version = version + 1 WHERE id = ?::uuid RETURNING %1")
                  .arg(CallbackRecords::kColumns));
    q.addBindValue(QString::fromUtf8(QJsonDocument(userData).toJson(QJsonDocument::Compact)));
    q.addBindValue(id);
    auto updated = reread(q);
    if (!updated.ok())
        return updated.error();
    auto audited = AuditRecords::append(db, audit);
    if (!audited.ok())
        return audited.error();
    return EditResult{Verdict::Done, updated.value(), current.state};
}

DbResult<EditResult> reschedule(QSqlDatabase &db, const QString &tenant, const QString &id,
                                const NewTime &time, const QString &actor, AuditEntry audit)
{
    auto locked = lock(db, tenant, id);
    if (!locked.ok())
        return locked.error();
    if (!locked.value())
        return EditResult{Verdict::NotFound, {}, {}};
    const Callback &current = locked.value()->callback;
    const QDateTime oldSlot = locked.value()->slotStart;
    if (current.state != CallbackState::Scheduled && current.state != CallbackState::Queued)
        return EditResult{Verdict::InvalidState, current, {}};
    // The new place first: when it is full nothing has been written yet. Moving within
    // its own slot books nothing (it holds its place already).
    if (oldSlot != time.slotStart) {
        auto reserved = SlotRecords::reserve(db, current.tenant, current.serviceName,
                                             time.slotStart, time.slotCapacity);
        if (!reserved.ok())
            return reserved.error();
        if (!reserved.value())
            return EditResult{Verdict::SlotFull, current, {}};
        // A QUEUED callback's old slot was used when it became due: nothing to give back.
        if (current.state == CallbackState::Scheduled && oldSlot.isValid()) {
            auto released = SlotRecords::release(db, current.tenant, current.serviceName, oldSlot);
            if (!released.ok())
                return released.error();
        }
    }
    // queued_at starts over: when it is due again it joins the back of the queue, and the
    // dispatch puts it in the outbox to be announced to the routing side again.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE callbacks SET state = 'SCHEDULED', reason = NULL, "
                             "desired_time = ?, slot_start = ?, expires_at = ?, queued_at = NULL, "
                             "updated_at = now(), version = version + 1 "
                             "WHERE id = ?::uuid RETURNING %1")
                  .arg(CallbackRecords::kColumns));
    q.addBindValue(time.desiredTime);
    q.addBindValue(time.slotStart);
    q.addBindValue(time.expiresAt);
    q.addBindValue(id);
    auto updated = reread(q);
    if (!updated.ok())
        return updated.error();
    auto event = CallbackRecords::addEvent(db, id, CallbackState::Scheduled,
                                           QStringLiteral("RESCHEDULED"), actor);
    if (!event.ok())
        return event.error();
    auto audited = AuditRecords::append(db, audit);
    if (!audited.ok())
        return audited.error();
    return EditResult{Verdict::Done, updated.value(), current.state};
}

} // namespace ges::CallbackEditRecords
