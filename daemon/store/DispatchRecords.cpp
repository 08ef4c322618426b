#include "DispatchRecords.h"
#include "CallbackRecords.h"

#include <QHash>
#include <QVariant>

namespace ges::DispatchRecords {

namespace {

// The virtual queue of each callback's service, looked up once per service.
DbResult<QList<Routed>> withQueues(QSqlDatabase &db, const QList<Callback> &callbacks)
{
    QHash<QString, QString> queues;
    QList<Routed> routed;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT config->>'virtualQueue' FROM services WHERE tenant = ? AND name = ?"));
    for (const Callback &cb : callbacks) {
        const QString key = cb.tenant + u'\n' + cb.serviceName;
        if (!queues.contains(key)) {
            q.addBindValue(cb.tenant);
            q.addBindValue(cb.serviceName);
            if (!q.exec())
                return DbError::fromQuery(q);
            queues.insert(key, q.next() ? q.value(0).toString() : QString());
        }
        routed.append({cb, queues.value(key)});
    }
    return routed;
}

DbResult<QList<Callback>> callbacks(QSqlQuery &q)
{
    if (!q.exec())
        return DbError::fromQuery(q);
    QList<Callback> list;
    while (q.next())
        list.append(CallbackRecords::fromRow(q));
    return list;
}

DbResult<QList<QPair<QString, QDateTime>>> dueTimes(QSqlQuery &q)
{
    if (!q.exec())
        return DbError::fromQuery(q);
    QList<QPair<QString, QDateTime>> list;
    while (q.next())
        list.append({q.value(0).toString(), CallbackRecords::utc(q.value(1))});
    return list;
}

} // namespace

DbResult<QList<Routed>> dispatch(QSqlDatabase &db, const QStringList &ids)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("WITH moved AS (UPDATE callbacks SET state = 'QUEUED', "
                             "queued_at = now(), updated_at = now(), version = version + 1 "
                             "WHERE id = ANY(string_to_array(?, ',')::uuid[]) "
                             "AND state = 'SCHEDULED' "
                             // A callback rescheduled after the claim is not due any more;
                             // the tolerance covers clock skew between node and database.
                             "AND desired_time <= now() + interval '5 seconds' RETURNING %1), "
                             // Into the outbox until announced; a reschedule may have left
                             // an entry from an earlier dispatch.
                             "outbox AS (INSERT INTO unannounced_callbacks "
                             "(callback_id, queued_at) SELECT id::uuid, queued_at FROM moved "
                             "ON CONFLICT (callback_id) DO UPDATE SET queued_at = "
                             "EXCLUDED.queued_at) "
                             "SELECT * FROM moved")
                  .arg(CallbackRecords::kColumns));
    q.addBindValue(ids.join(u','));
    auto moved = callbacks(q);
    if (!moved.ok())
        return moved.error();
    for (const Callback &cb : moved.value()) {
        auto event = CallbackRecords::addEvent(db, cb.id, CallbackState::Queued, {},
                                               QStringLiteral("dispatcher"));
        if (!event.ok())
            return event.error();
    }
    return withQueues(db, moved.value());
}

DbResult<QList<Routed>> unannounced(QSqlDatabase &db, int olderThanSeconds, int limit)
{
    QSqlQuery q(db);
    // Entries of callbacks that left the queue before they were announced (cancelled,
    // rescheduled) are skipped here and dropped by purgeAuxiliary.
    q.prepare(QStringLiteral("SELECT %1 FROM callbacks WHERE state = 'QUEUED' AND id IN "
                             "(SELECT callback_id FROM unannounced_callbacks WHERE queued_at < "
                             "now() - ? * interval '1 second') ORDER BY queued_at LIMIT ?")
                  .arg(CallbackRecords::kColumns));
    q.addBindValue(olderThanSeconds);
    q.addBindValue(limit);
    auto found = callbacks(q);
    if (!found.ok())
        return found.error();
    return withQueues(db, found.value());
}

DbResult<QList<QPair<QString, QDateTime>>> overdue(QSqlDatabase &db, int overdueSeconds, int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id::text, desired_time FROM callbacks "
                             "WHERE state = 'SCHEDULED' "
                             "AND desired_time < now() - ? * interval '1 second' "
                             "ORDER BY desired_time LIMIT ?"));
    q.addBindValue(overdueSeconds);
    q.addBindValue(limit);
    return dueTimes(q);
}

DbResult<QList<QPair<QString, QDateTime>>> scheduledAfter(QSqlDatabase &db, const QString &afterId,
                                                          int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id::text, desired_time FROM callbacks "
                             "WHERE state = 'SCHEDULED' AND id > ?::uuid ORDER BY id LIMIT ?"));
    q.addBindValue(afterId.isEmpty() ? QStringLiteral("00000000-0000-0000-0000-000000000000")
                                     : afterId);
    q.addBindValue(limit);
    return dueTimes(q);
}

DbResult<QList<Callback>> queuedAfter(QSqlDatabase &db, const QString &afterId, int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM callbacks WHERE state = 'QUEUED' AND id > ?::uuid "
                             "ORDER BY id LIMIT ?")
                  .arg(CallbackRecords::kColumns));
    q.addBindValue(afterId.isEmpty() ? QStringLiteral("00000000-0000-0000-0000-000000000000")
                                     : afterId);
    q.addBindValue(limit);
    return callbacks(q);
}

DbResult<QList<Callback>> purgeExpired(QSqlDatabase &db, int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM callbacks WHERE id IN (SELECT id FROM callbacks "
                             "WHERE expires_at < now() ORDER BY expires_at LIMIT ?) RETURNING %1")
                  .arg(CallbackRecords::kColumns));
    q.addBindValue(limit);
    return callbacks(q);
}

DbResult<Done> purgeAuxiliary(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'")))
        return DbError::fromQuery(q);
    if (!q.exec(QStringLiteral(
            "DELETE FROM slot_bookings WHERE slot_start < now() - interval '15 days'")))
        return DbError::fromQuery(q);
    if (!q.exec(QStringLiteral("DELETE FROM unannounced_callbacks u USING callbacks c WHERE "
                               "c.id = u.callback_id AND c.state <> 'QUEUED'")))
        return DbError::fromQuery(q);
    return Done{};
}

} // namespace ges::DispatchRecords
