#include "BulkCancelRecords.h"

#include <QHash>
#include <QVariant>

namespace ges::BulkCancelRecords {

DbResult<QStringList> matching(QSqlDatabase &db, const CallbackQuery &filter)
{
    const SqlStatement st = CallbackRecords::searchStatement(filter);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(st.sql);
    for (const QVariant &b : st.binds)
        q.addBindValue(b);
    if (!q.exec())
        return DbError::fromQuery(q);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

DbResult<Plan> plan(QSqlDatabase &db, const QString &tenant, const QStringList &ids, bool lock)
{
    QSqlQuery q(db);
    // Locked in id order, so two bulk cancels over the same rows cannot deadlock.
    q.prepare(QStringLiteral("SELECT id::text, state FROM callbacks WHERE tenant = ? AND "
                             "id = ANY(string_to_array(?, ',')::uuid[]) ORDER BY id%1")
                  .arg(lock ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(tenant);
    q.addBindValue(ids.join(u','));
    if (!q.exec())
        return DbError::fromQuery(q);
    QHash<QString, QString> states;
    while (q.next())
        states.insert(q.value(0).toString(), q.value(1).toString());
    Plan result;
    for (const QString &id : ids) {
        const auto state = callbackStateFromString(states.value(id));
        if (!state)
            result.skipped.append({id, QStringLiteral("NOT_FOUND")});
        else if (!isCancellable(*state))
            result.skipped.append({id, toString(*state)});
        else
            result.cancel << id;
    }
    return result;
}

DbResult<QList<Cancelled>> cancel(QSqlDatabase &db, const QString &tenant, const QStringList &ids,
                                  const QString &actor, const AuditEntry &audit)
{
    QList<Cancelled> cancelled;
    if (!ids.isEmpty()) {
        // One statement for all: the rows, the slots they free (per slot, the count) and
        // their history. Freed slots follow CallbackRecords::transition: only a callback
        // cancelled while SCHEDULED gives its place back.
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
                      "WITH moved AS (UPDATE callbacks c SET state = 'COMPLETED', reason = ?, "
                      "updated_at = now(), version = c.version + 1, completed_at = now() "
                      "FROM (SELECT id AS old_id, state AS old_state FROM callbacks "
                      "WHERE tenant = ? AND id = ANY(string_to_array(?, ',')::uuid[])) o "
                      "WHERE c.id = o.old_id AND o.old_state IN ('SCHEDULED', 'QUEUED', "
                      "'ROUTING') RETURNING %1, o.old_state, c.slot_start), "
                      "freed AS (UPDATE slot_bookings s SET booked = greatest(s.booked - f.n, 0) "
                      "FROM (SELECT tenant AS t, service_name AS sn, slot_start AS ss, "
                      "count(*)::int AS n FROM moved WHERE old_state = 'SCHEDULED' AND "
                      "slot_start IS NOT NULL GROUP BY 1, 2, 3) f "
                      "WHERE s.tenant = f.t AND s.service_name = f.sn AND s.slot_start = f.ss), "
                      "history AS (INSERT INTO callback_events (callback_id, state, reason, "
                      "actor) SELECT id::uuid, 'COMPLETED', ?, ? FROM moved) "
                      "SELECT * FROM moved")
                      .arg(CallbackRecords::kColumns));
        q.addBindValue(QString::fromLatin1(reason::Cancelled));
        q.addBindValue(tenant);
        q.addBindValue(ids.join(u','));
        q.addBindValue(QString::fromLatin1(reason::Cancelled));
        q.addBindValue(actor);
        if (!q.exec())
            return DbError::fromQuery(q);
        while (q.next())
            cancelled.append(
                {CallbackRecords::fromRow(q),
                 callbackStateFromString(q.value(16).toString()).value_or(CallbackState::Queued)});
    }
    auto audited = AuditRecords::append(db, audit);
    if (!audited.ok())
        return audited.error();
    return cancelled;
}

} // namespace ges::BulkCancelRecords
