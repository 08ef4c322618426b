#include "PushOutboxRecords.h"

#include <QVariant>

namespace ges::PushOutboxRecords {

namespace {
// The push preference as migration 0008's partial index and trigger spell it.
const char kWantsPush[] =
    "(c.parameters -> 'notificationPreferences' ->> 'pushNotification') = 'true'";

DbResult<Done> exec(QSqlQuery &q)
{
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}
} // namespace

DbResult<QList<PushMessage>> claim(QSqlDatabase &db, int limit, int leaseSeconds)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE push_outbox SET next_attempt_at = now() + ? * interval '1 second', "
        "attempts = attempts + 1 "
        "WHERE id IN (SELECT id FROM push_outbox WHERE sent_at IS NULL AND failed_at IS NULL "
        "AND next_attempt_at <= now() ORDER BY next_attempt_at, id LIMIT ? "
        "FOR UPDATE SKIP LOCKED) "
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

DbResult<Done> markSent(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE push_outbox SET sent_at = now(), last_error = NULL WHERE id = ?"));
    q.addBindValue(id);
    return exec(q);
}

DbResult<Done> retryLater(QSqlDatabase &db, qint64 id, int delaySeconds, const QString &error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE push_outbox SET next_attempt_at = now() + ? * interval "
                             "'1 second', last_error = ? WHERE id = ?"));
    q.addBindValue(delaySeconds);
    q.addBindValue(error);
    q.addBindValue(id);
    return exec(q);
}

DbResult<Done> markFailed(QSqlDatabase &db, qint64 id, const QString &error)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE push_outbox SET failed_at = now(), last_error = ? WHERE id = ?"));
    q.addBindValue(error);
    q.addBindValue(id);
    return exec(q);
}

DbResult<QStringList> dropStale(QSqlDatabase &db, int maxAgeSeconds)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE push_outbox SET failed_at = now(), last_error = 'stale' "
                             "WHERE sent_at IS NULL AND failed_at IS NULL "
                             "AND created_at < now() - ? * interval '1 second' RETURNING tenant"));
    q.addBindValue(maxAgeSeconds);
    if (!q.exec())
        return DbError::fromQuery(q);
    QStringList tenants;
    while (q.next())
        tenants.append(q.value(0).toString());
    return tenants;
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
                       "AND p.event = 'ABOUT_TO_BE_CALLED') LIMIT ?")
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
