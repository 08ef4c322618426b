#include "CallbackRecords.h"

#include "SlotRecords.h"

#include <QJsonDocument>
#include <QSqlRecord>
#include <QVariant>

namespace ges::CallbackRecords {

const QString kColumns = QStringLiteral(
    "id::text, tenant, service_name, phone_number, state, reason, desired_time, priority, "
    "user_data::text, parameters::text, created_at, updated_at, expires_at, version, queued_at, "
    "completed_at");

QDateTime utc(const QVariant &v)
{
    return v.isNull() ? QDateTime() : v.toDateTime().toUTC();
}

Callback fromRow(const QSqlQuery &q)
{
    Callback cb;
    cb.id = q.value(0).toString();
    cb.tenant = q.value(1).toString();
    cb.serviceName = q.value(2).toString();
    cb.phoneNumber = q.value(3).toString();
    cb.state = callbackStateFromString(q.value(4).toString()).value_or(CallbackState::Queued);
    cb.reason = q.value(5).toString();
    cb.desiredTime = utc(q.value(6));
    cb.priority = q.value(7).toInt();
    cb.userData = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    cb.parameters = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    cb.createdAt = utc(q.value(10));
    cb.updatedAt = utc(q.value(11));
    cb.expiresAt = utc(q.value(12));
    cb.version = q.value(13).toInt();
    cb.queuedAt = utc(q.value(14));
    cb.completedAt = utc(q.value(15));
    return cb;
}

namespace {
QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

DbResult<Done> addEvent(QSqlDatabase &db, const QString &id, CallbackState state,
                        const QString &reason, const QString &actor)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO callback_events (callback_id, state, reason, actor) "
                             "VALUES (?::uuid, ?, NULLIF(?, ''), ?)"));
    q.addBindValue(id);
    q.addBindValue(toString(state));
    q.addBindValue(reason);
    q.addBindValue(actor);
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

DbResult<Done> insert(QSqlDatabase &db, const Callback &cb, const QDateTime &slotStart,
                      const QString &actor)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO callbacks (id, tenant, service_name, phone_number, state, reason, "
        "desired_time, priority, user_data, parameters, created_at, updated_at, expires_at, "
        "slot_start, queued_at) "
        "VALUES (?::uuid, ?, ?, ?, ?, NULLIF(?, ''), ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)"));
    q.addBindValue(cb.id);
    q.addBindValue(cb.tenant);
    q.addBindValue(cb.serviceName);
    q.addBindValue(cb.phoneNumber);
    q.addBindValue(toString(cb.state));
    q.addBindValue(cb.reason);
    q.addBindValue(cb.desiredTime);
    q.addBindValue(cb.priority);
    q.addBindValue(json(cb.userData));
    q.addBindValue(json(cb.parameters));
    q.addBindValue(cb.createdAt);
    q.addBindValue(cb.updatedAt);
    q.addBindValue(cb.expiresAt);
    q.addBindValue(slotStart.isValid() ? QVariant(slotStart)
                                       : QVariant(QMetaType::fromType<QDateTime>()));
    q.addBindValue(cb.queuedAt.isValid() ? QVariant(cb.queuedAt)
                                         : QVariant(QMetaType::fromType<QDateTime>()));
    if (!q.exec())
        return DbError::fromQuery(q);
    return addEvent(db, cb.id, cb.state, cb.reason, actor);
}

DbResult<std::optional<Callback>> findById(QSqlDatabase &db, const QString &tenant,
                                           const QString &id)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM callbacks WHERE id = ?::uuid AND tenant = ?").arg(kColumns));
    q.addBindValue(id);
    q.addBindValue(tenant);
    if (!q.exec())
        return DbError::fromQuery(q);
    if (!q.next())
        return std::optional<Callback>();
    return std::optional<Callback>(fromRow(q));
}

DbResult<QList<Callback>> findByPhone(QSqlDatabase &db, const QString &tenant, const QString &phone,
                                      const QString &service)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral(
            "SELECT %1 FROM callbacks WHERE tenant = ? AND phone_number = ? "
            "AND (coalesce(?, '') = '' OR service_name = ?) ORDER BY created_at DESC LIMIT 100")
            .arg(kColumns));
    q.addBindValue(tenant);
    q.addBindValue(phone);
    q.addBindValue(service);
    q.addBindValue(service);
    if (!q.exec())
        return DbError::fromQuery(q);
    QList<Callback> list;
    while (q.next())
        list.append(fromRow(q));
    return list;
}

DbResult<Transition> transition(QSqlDatabase &db, const QString &tenant, bool anyTenant,
                                const QString &id, const QList<CallbackState> &from,
                                CallbackState to, const QString &reason, const QString &actor)
{
    QStringList states;
    for (CallbackState s : from)
        states << toString(s);
    // The conditional UPDATE is the fence: of two racing transitions only one matches.
    // queued_at is set once, so a callback put back into the queue keeps its place.
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
                  "WITH old AS (SELECT id AS old_id, state AS old_state FROM callbacks "
                  "WHERE id = ?::uuid AND (? OR tenant = ?) FOR UPDATE) "
                  "UPDATE callbacks SET state = ?, reason = NULLIF(?, ''), updated_at = now(), "
                  "version = version + 1, "
                  "queued_at = CASE WHEN ? = 'QUEUED' THEN coalesce(queued_at, now()) "
                  "ELSE queued_at END, "
                  "completed_at = CASE WHEN ? = 'COMPLETED' THEN now() ELSE completed_at END "
                  "FROM old WHERE id = old_id AND old_state = "
                  "ANY(string_to_array(coalesce(?, ''), ',')) "
                  "RETURNING %1, old_state, slot_start")
                  .arg(kColumns));
    q.addBindValue(id);
    q.addBindValue(anyTenant);
    q.addBindValue(tenant);
    q.addBindValue(toString(to));
    q.addBindValue(reason);
    q.addBindValue(toString(to));
    q.addBindValue(toString(to));
    q.addBindValue(states.join(u','));
    if (!q.exec())
        return DbError::fromQuery(q);
    if (q.next()) {
        Callback moved = fromRow(q);
        const bool wasScheduled = q.value(16).toString() == toString(CallbackState::Scheduled);
        const QDateTime slotStart = utc(q.value(17));
        if (wasScheduled && to == CallbackState::Completed && slotStart.isValid()) {
            // Cancelled before its time: its place in the slot is free again.
            auto released = SlotRecords::release(db, moved.tenant, moved.serviceName, slotStart);
            if (!released.ok())
                return released.error();
        }
        auto event = addEvent(db, id, to, reason, actor);
        if (!event.ok())
            return event.error();
        return Transition{moved, true, callbackStateFromString(q.value(16).toString())};
    }
    QSqlQuery current(db);
    current.prepare(
        QStringLiteral("SELECT %1 FROM callbacks WHERE id = ?::uuid AND (? OR tenant = ?)")
            .arg(kColumns));
    current.addBindValue(id);
    current.addBindValue(anyTenant);
    current.addBindValue(tenant);
    if (!current.exec())
        return DbError::fromQuery(current);
    if (!current.next())
        return Transition{};
    return Transition{fromRow(current), false, std::nullopt};
}

DbResult<CallbackPage> list(QSqlDatabase &db, const CallbackQuery &query)
{
    QString sql = QStringLiteral("SELECT %1 FROM callbacks WHERE true").arg(kColumns);
    QVariantList binds;
    if (!query.tenants.isEmpty()) {
        sql += QStringLiteral(" AND tenant = ANY(string_to_array(coalesce(?, ''), ','))");
        binds << query.tenants.join(u',');
    }
    if (!query.service.isEmpty()) {
        sql += QStringLiteral(" AND service_name = ?");
        binds << query.service;
    }
    if (query.state) {
        sql += QStringLiteral(" AND state = ?");
        binds << toString(*query.state);
    }
    if (query.afterCreatedAt.isValid()) {
        // Row comparison matches the (created_at DESC, id DESC) index order.
        sql += QStringLiteral(" AND (created_at, id) < (?, ?::uuid)");
        binds << query.afterCreatedAt << query.afterId;
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT %1").arg(query.limit + 1);
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return DbError::fromQuery(q);
    CallbackPage page;
    while (q.next())
        page.callbacks.append(fromRow(q));
    if (page.callbacks.size() > query.limit) {
        page.callbacks.removeLast();
        page.more = true;
    }
    return page;
}

DbResult<Done> markAnnounced(QSqlDatabase &db, const QStringList &ids)
{
    if (ids.isEmpty())
        return Done{};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE callbacks SET announced_at = now() "
                             "WHERE id = ANY(string_to_array(?, ',')::uuid[])"));
    q.addBindValue(ids.join(u','));
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

} // namespace ges::CallbackRecords
