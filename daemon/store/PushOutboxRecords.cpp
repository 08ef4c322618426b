#include "PushOutboxRecords.h"

#include <QVariant>

namespace ges::PushOutboxRecords {

namespace {
// The push preference as migration 0008's partial index and trigger spell it.
const char kWantsPush[] =
    "(c.parameters -> 'notificationPreferences' ->> 'pushNotification') = 'true'";

} // namespace

DbResult<QList<PushMessage>> claim(QSqlDatabase &db, int limit, int leaseSeconds)
{
    // Only the oldest unsent row of each callback and target: the next one waits until it
    // is sent or given up, so an app never gets QUEUED after COMPLETED, retries included.
    // A row claimed elsewhere is unsent too, so it holds back its successors as well.
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE push_outbox SET next_attempt_at = now() + ? * interval '1 second', "
        "attempts = attempts + 1 "
        "WHERE id IN (SELECT p.id FROM push_outbox p WHERE p.sent_at IS NULL "
        "AND p.failed_at IS NULL AND p.next_attempt_at <= now() "
        "AND NOT EXISTS (SELECT 1 FROM push_outbox o WHERE o.callback_id = p.callback_id "
        "AND o.target = p.target AND o.id < p.id AND o.sent_at IS NULL AND o.failed_at IS NULL) "
        "ORDER BY p.next_attempt_at, p.id LIMIT ? FOR UPDATE SKIP LOCKED) "
        "RETURNING id, callback_id::text, tenant, service_name, event, callback_state, "
        "coalesce(reason, ''), ewt, channel, target, attempts"));
    q.addBindValue(leaseSeconds);
    q.addBindValue(limit);
    if (!q.exec())
        return DbError::fromQuery(q);
    QList<PushMessage> list;
    while (q.next()) {
        PushMessage m;
        m.id = q.value(0).toLongLong();
        m.callbackId = q.value(1).toString();
        m.tenant = q.value(2).toString();
        m.serviceName = q.value(3).toString();
        m.event = q.value(4).toString();
        m.callbackState = q.value(5).toString();
        m.reason = q.value(6).toString();
        if (!q.value(7).isNull())
            m.ewt = q.value(7).toInt();
        m.channel = q.value(8).toString();
        m.target = q.value(9).toString();
        m.attempts = q.value(10).toInt();
        list.append(m);
    }
    return list;
}

namespace {
// A settlement applies to the claim it answers only: `attempts` is what that claim set;
// a row claimed again since (its lease ran out) or settled already is left alone.
const char kClaimed[] = " WHERE id = ? AND attempts = ? AND sent_at IS NULL AND failed_at IS NULL";

DbResult<bool> settle(QSqlQuery &q, qint64 id, int attempts)
{
    q.addBindValue(id);
    q.addBindValue(attempts);
    if (!q.exec())
        return DbError::fromQuery(q);
    return q.numRowsAffected() > 0;
}
} // namespace

DbResult<bool> markSent(QSqlDatabase &db, qint64 id, int attempts)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE push_outbox SET sent_at = now(), last_error = NULL") +
              QLatin1String(kClaimed));
    return settle(q, id, attempts);
}

DbResult<bool> retryLater(QSqlDatabase &db, qint64 id, int attempts, int delaySeconds,
                          const QString &error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE push_outbox SET next_attempt_at = now() + ? * interval "
                             "'1 second', last_error = ?") +
              QLatin1String(kClaimed));
    q.addBindValue(delaySeconds);
    q.addBindValue(error);
    return settle(q, id, attempts);
}

DbResult<bool> markFailed(QSqlDatabase &db, qint64 id, int attempts, const QString &error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE push_outbox SET failed_at = now(), last_error = ?") +
              QLatin1String(kClaimed));
    q.addBindValue(error);
    return settle(q, id, attempts);
}

DbResult<QList<QPair<QString, int>>> dropStale(QSqlDatabase &db, int maxAgeSeconds, int batch)
{
    // One bounded batch per call (the caller comes back while batches are full), so a
    // backlog from a time without PUSH_URL never makes one long writer job.
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "WITH stale AS (UPDATE push_outbox SET failed_at = now(), last_error = 'stale' "
        "WHERE id IN (SELECT id FROM push_outbox WHERE sent_at IS NULL AND failed_at IS NULL "
        "AND created_at < now() - ? * interval '1 second' LIMIT ? FOR UPDATE SKIP LOCKED) "
        "RETURNING tenant) SELECT tenant, count(*) FROM stale GROUP BY tenant"));
    q.addBindValue(maxAgeSeconds);
    q.addBindValue(batch);
    if (!q.exec())
        return DbError::fromQuery(q);
    QList<QPair<QString, int>> counts;
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toInt()});
    return counts;
}

DbResult<QList<PushWatch>> watched(QSqlDatabase &db, int limit)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT c.id::text, c.tenant, c.service_name, "
                       "(s.config ->> 'pushEwtThreshold')::int FROM callbacks c "
                       "JOIN services s ON s.tenant = c.tenant AND s.name = c.service_name "
                       "WHERE c.state = 'QUEUED' AND %1 "
                       "AND coalesce((s.config ->> 'pushEwtThreshold')::int, 0) > 0 "
                       "AND NOT EXISTS (SELECT 1 FROM push_outbox p WHERE p.callback_id = c.id "
                       "AND p.event = 'ABOUT_TO_BE_CALLED') "
                       // Queue heads first (the Redis queue is by queued_at), and the
                       // heads of every service before the tails of any: past kBatch a
                       // round still sees who is about to be called.
                       "ORDER BY row_number() OVER (PARTITION BY c.tenant, c.service_name "
                       "ORDER BY coalesce(c.queued_at, c.created_at), c.id), "
                       "coalesce(c.queued_at, c.created_at) LIMIT ?")
            .arg(QLatin1String(kWantsPush)));
    q.addBindValue(limit);
    if (!q.exec())
        return DbError::fromQuery(q);
    QList<PushWatch> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toInt()});
    return list;
}

DbResult<int> addAboutToBeCalled(QSqlDatabase &db, const QString &callbackId, int ewt)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO push_outbox (callback_id, tenant, service_name, event, "
                       "callback_state, ewt, channel, target) "
                       "SELECT c.id, c.tenant, c.service_name, '%1', c.state, ?, t ->> 'channel', "
                       "t ->> 'target' FROM callbacks c, jsonb_array_elements(CASE WHEN "
                       "jsonb_typeof(c.parameters -> 'pushTargets') = 'array' THEN "
                       "c.parameters -> 'pushTargets' ELSE '[]'::jsonb END) AS t "
                       "WHERE c.id = ?::uuid AND c.state = 'QUEUED' AND %2 "
                       "AND coalesce(t ->> 'target', '') <> '' "
                       "ON CONFLICT (callback_id, target) WHERE event = 'ABOUT_TO_BE_CALLED' "
                       "DO NOTHING")
            .arg(QLatin1String(kAboutToBeCalled), QLatin1String(kWantsPush)));
    q.addBindValue(ewt);
    q.addBindValue(callbackId);
    if (!q.exec())
        return DbError::fromQuery(q);
    return q.numRowsAffected();
}

} // namespace ges::PushOutboxRecords
