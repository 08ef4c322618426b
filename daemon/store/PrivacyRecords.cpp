#include "PrivacyRecords.h"
#include "SlotRecords.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace ges::PrivacyRecords {

DbResult<QList<ErasableCallback>> findByPhone(QSqlDatabase &db, const QString &phone,
                                              const QStringList &tenants, bool lock)
{
    QSqlQuery q(db);
    // callbacks_phone (0006) serves the all-tenants case; callbacks_tenant_phone the rest.
    q.prepare(QStringLiteral("SELECT id::text, tenant, service_name, state, slot_start "
                             "FROM callbacks WHERE phone_number = ? "
                             "AND (coalesce(?, '') = '' OR tenant = ANY(string_to_array(?, ','))) "
                             "ORDER BY created_at, id") +
              (lock ? QStringLiteral(" FOR UPDATE") : QString()));
    const QString joined = tenants.join(u',');
    q.addBindValue(phone);
    q.addBindValue(joined);
    q.addBindValue(joined);
    if (!q.exec())
        return DbError::fromQuery(q);
    QList<ErasableCallback> found;
    while (q.next())
        found.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).isNull() ? QDateTime() : q.value(4).toDateTime().toUTC()});
    return found;
}

namespace {
DbResult<Done> exec(QSqlQuery &q)
{
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

DbResult<Done> dropIdempotencyKeys(QSqlDatabase &db, const QList<ErasableCallback> &callbacks)
{
    QSet<QString> tenants;
    QStringList ids;
    for (const ErasableCallback &cb : callbacks) {
        tenants.insert(cb.tenant);
        ids << cb.id;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM idempotency_keys k "
                             "WHERE k.tenant = ANY(string_to_array(?, ',')) AND EXISTS ("
                             "SELECT 1 FROM unnest(string_to_array(?, ',')) AS i(id) "
                             "WHERE strpos(k.response::text, i.id) > 0)"));
    q.addBindValue(QStringList(tenants.values()).join(u','));
    q.addBindValue(ids.join(u','));
    return exec(q);
}

DbResult<Done> scrubAudit(QSqlDatabase &db, const QString &phone, const QStringList &tenants)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE audit_log SET details = (SELECT coalesce(jsonb_object_agg(key, CASE WHEN "
        "strpos(value::text, ?) > 0 THEN '\"(erased)\"'::jsonb ELSE value END), '{}'::jsonb) "
        "FROM jsonb_each(details)), target = CASE WHEN strpos(coalesce(target, ''), ?) > 0 "
        "THEN '(erased)' ELSE target END "
        "WHERE (strpos(details::text, ?) > 0 OR strpos(coalesce(target, ''), ?) > 0) "
        "AND (coalesce(?, '') = '' OR tenant IS NULL OR tenant = ANY(string_to_array(?, ',')))"));
    const QString joined = tenants.join(u',');
    for (const QString &v : {phone, phone, phone, phone, joined, joined})
        q.addBindValue(v);
    return exec(q);
}
} // namespace

DbResult<Done> erase(QSqlDatabase &db, const QList<ErasableCallback> &callbacks,
                     const QString &phone, const QStringList &tenants)
{
    if (!callbacks.isEmpty()) {
        QStringList ids;
        for (const ErasableCallback &cb : callbacks) {
            ids << cb.id;
            if (cb.state == QLatin1String("SCHEDULED") && cb.slotStart.isValid()) {
                auto released = SlotRecords::release(db, cb.tenant, cb.service, cb.slotStart);
                if (!released.ok())
                    return released;
            }
        }
        auto dropped = dropIdempotencyKeys(db, callbacks);
        if (!dropped.ok())
            return dropped;
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "DELETE FROM callbacks WHERE id = ANY(string_to_array(?, ',')::uuid[])"));
        q.addBindValue(ids.join(u','));
        auto deleted = exec(q);
        if (!deleted.ok())
            return deleted;
    }
    // Click-to-call-in requests keep the caller's number too (0007).
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "DELETE FROM call_in_requests WHERE from_phone_number = ? "
        "AND (coalesce(?, '') = '' OR tenant = ANY(string_to_array(?, ',')))"));
    const QString joined = tenants.join(u',');
    for (const QString &v : {phone, joined, joined})
        q.addBindValue(v);
    auto callIns = exec(q);
    if (!callIns.ok())
        return callIns;
    return scrubAudit(db, phone, tenants);
}

} // namespace ges::PrivacyRecords
