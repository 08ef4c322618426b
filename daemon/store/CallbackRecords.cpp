#include "CallbackRecords.h"
#include "PgArrayLiteral.h"
#include "PreparedQueries.h"
#include "SlotRecords.h"
#include "shared/IsoTime.h"

#include <QJsonDocument>
#include <QSqlRecord>
#include <QVariant>

#include <array>

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
    QSqlQuery &q = prepared::query(
        db, QStringLiteral("INSERT INTO callback_events (callback_id, state, reason, actor) "
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
    QSqlQuery &q = prepared::query(
        db,
        // The callback and its outbox entry in one statement: one round trip per create
        // (docs/performance.md). The create itself is the first history entry, kept in
        // the row (created_by, created_as; CallbackEditRecords::history).
        QStringLiteral(
            "WITH cb AS (INSERT INTO callbacks (id, tenant, service_name, phone_number, state, "
            "reason, desired_time, priority, user_data, parameters, created_at, updated_at, "
            "expires_at, slot_start, queued_at, created_by, created_as) "
            "VALUES (?::uuid, ?, ?, ?, ?, NULLIF(?, ''), ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, "
            "?, ?, ?) RETURNING id, state, queued_at) "
            // A QUEUED callback starts in the outbox until announced (markAnnounced).
            "INSERT INTO unannounced_callbacks (callback_id, queued_at) "
            "SELECT id, queued_at FROM cb WHERE state = 'QUEUED'"));
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
    q.addBindValue(actor);
    q.addBindValue(cb.state == CallbackState::Scheduled ? QStringLiteral("S")
                                                        : QStringLiteral("Q"));
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

DbResult<Done> insertMany(QSqlDatabase &db, const std::vector<const NewCallback *> &rows)
{
    // The statement of insert(), with VALUES replaced by one array per column: PostgreSQL
    // then runs one statement for the batch instead of one per create, several times
    // less work for it and one round trip instead of one each (docs/performance.md).
    QSqlQuery &q = prepared::query(
        db, QStringLiteral(
                "WITH cb AS (INSERT INTO callbacks (id, tenant, service_name, phone_number, state, "
                "reason, desired_time, priority, user_data, parameters, created_at, updated_at, "
                "expires_at, slot_start, queued_at, created_by, created_as) "
                "SELECT id, tenant, service_name, phone_number, state, NULLIF(reason, ''), "
                "desired_time, priority, user_data::jsonb, parameters::jsonb, created_at, "
                "updated_at, expires_at, slot_start, queued_at, created_by, created_as "
                "FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
                "?::timestamptz[], ?::int[], ?::text[], ?::text[], ?::timestamptz[], "
                "?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], "
                "?::text[], ?::\"char\"[]) AS u(id, tenant, service_name, phone_number, state, "
                "reason, desired_time, priority, user_data, parameters, created_at, updated_at, "
                "expires_at, slot_start, queued_at, created_by, created_as) "
                "RETURNING id, state, queued_at) "
                "INSERT INTO unannounced_callbacks (callback_id, queued_at) "
                "SELECT id, queued_at FROM cb WHERE state = 'QUEUED'"));
    constexpr int kColumnCount = 17;
    std::array<PgArrayLiteral, kColumnCount> columns;
    const auto time = [](PgArrayLiteral &column, const QDateTime &value) {
        if (value.isValid())
            column.add(isotime::format(value));
        else
            column.addNull();
    };
    for (const NewCallback *row : rows) {
        const Callback &cb = row->callback;
        int c = 0;
        columns[c++].add(cb.id);
        columns[c++].add(cb.tenant);
        columns[c++].add(cb.serviceName);
        columns[c++].add(cb.phoneNumber);
        columns[c++].add(toString(cb.state));
        columns[c++].add(cb.reason);
        time(columns[c++], cb.desiredTime);
        columns[c++].add(QString::number(cb.priority));
        columns[c++].add(json(cb.userData));
        columns[c++].add(json(cb.parameters));
        time(columns[c++], cb.createdAt);
        time(columns[c++], cb.updatedAt);
        time(columns[c++], cb.expiresAt);
        time(columns[c++], row->slotStart);
        time(columns[c++], cb.queuedAt);
        columns[c++].add(row->actor);
        columns[c++].add(cb.state == CallbackState::Scheduled ? QStringLiteral("S")
                                                              : QStringLiteral("Q"));
    }
    for (const PgArrayLiteral &column : columns)
        q.addBindValue(column.text());
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

DbResult<std::optional<Callback>> findById(QSqlDatabase &db, const QString &tenant,
                                           const QString &id)
{
    QSqlQuery &q = prepared::query(
        db,
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
    QSqlQuery &q = prepared::query(
        db, QStringLiteral(
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
        if (wasScheduled && to == CallbackState::Queued) {
            // Queued by the routing side's report, not by our dispatch: never announced,
            // so into the outbox, which announces it later (docs/routing.md).
            QSqlQuery &outbox = prepared::query(
                db, QStringLiteral("INSERT INTO unannounced_callbacks (callback_id, queued_at) "
                                   "VALUES (?::uuid, ?) ON CONFLICT (callback_id) DO UPDATE SET "
                                   "queued_at = EXCLUDED.queued_at"));
            outbox.addBindValue(id);
            outbox.addBindValue(moved.queuedAt);
            if (!outbox.exec())
                return DbError::fromQuery(outbox);
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

namespace {
QString column(CallbackTimeField field)
{
    return field == CallbackTimeField::Desired ? QStringLiteral("desired_time")
                                               : QStringLiteral("created_at");
}

// One value: "= ?"; several: "= ANY(...)". The single form lets the planner use the
// statistics of that value, which matters for a tenant or a state.
void addIn(QString &sql, QVariantList &binds, const char *col, const QStringList &values)
{
    if (values.isEmpty())
        return;
    if (values.size() == 1) {
        sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(col));
        binds << values.constFirst();
    } else {
        sql += QStringLiteral(" AND %1 = ANY(string_to_array(?, ','))").arg(QLatin1String(col));
        binds << values.join(u',');
    }
}
} // namespace

SqlStatement searchStatement(const CallbackQuery &query)
{
    const QString key = column(query.sort);
    // The key is carried as microseconds: PostgreSQL keeps them, and a cursor rounded to
    // milliseconds would skip rows of the same millisecond.
    SqlStatement st;
    st.sql = QStringLiteral("SELECT %1, (extract(epoch FROM %2) * 1000000)::bigint "
                            "FROM callbacks WHERE true")
                 .arg(kColumns, key);
    addIn(st.sql, st.binds, "tenant", query.tenants);
    if (!query.service.isEmpty()) {
        st.sql += QStringLiteral(" AND service_name = ?");
        st.binds << query.service;
    }
    QStringList states;
    for (CallbackState s : query.states)
        states << toString(s);
    addIn(st.sql, st.binds, "state", states);
    if (!query.phoneDigits.isEmpty()) {
        // Digits only (checked by the caller): no LIKE wildcard can slip in. The trigram
        // index (migration 0005) serves '%digits%'.
        st.sql += QStringLiteral(" AND phone_number LIKE ?");
        st.binds << QString(u'%' + query.phoneDigits + u'%');
    }
    const QString range = column(query.timeField);
    if (query.from.isValid()) {
        st.sql += QStringLiteral(" AND %1 >= ?").arg(range);
        st.binds << query.from;
    }
    if (query.to.isValid()) {
        st.sql += QStringLiteral(" AND %1 < ?").arg(range);
        st.binds << query.to;
    }
    const char *dir = query.ascending ? "ASC" : "DESC";
    if (!query.afterId.isEmpty()) {
        // The row comparison matches the (key, id) index order, so the scan starts there.
        st.sql += QStringLiteral(" AND (%1, id) %2 (timestamptz 'epoch' + ? * interval "
                                 "'1 microsecond', ?::uuid)")
                      .arg(key, query.ascending ? ">" : "<");
        st.binds << query.afterKeyUs << query.afterId;
    }
    // callbacks.id, not id: that would be the id::text output column, sorted as text and
    // not by the index.
    st.sql += QStringLiteral(" ORDER BY %1 %2, callbacks.id %2 LIMIT %3")
                  .arg(key, QLatin1String(dir))
                  .arg(query.limit + 1);
    return st;
}

DbResult<CallbackPage> list(QSqlDatabase &db, const CallbackQuery &query)
{
    const SqlStatement st = searchStatement(query);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(st.sql);
    for (const QVariant &b : st.binds)
        q.addBindValue(b);
    if (!q.exec())
        return DbError::fromQuery(q);
    CallbackPage page;
    const int keyColumn = 16; // after kColumns
    while (q.next()) {
        if (page.callbacks.size() == query.limit) {
            page.more = true;
            break;
        }
        page.callbacks.append(fromRow(q));
        page.lastKeyUs = q.value(keyColumn).toLongLong();
    }
    return page;
}

DbResult<Done> markAnnounced(QSqlDatabase &db, const QStringList &ids)
{
    if (ids.isEmpty())
        return Done{};
    QSqlQuery &q = prepared::query(
        db, QStringLiteral("DELETE FROM unannounced_callbacks "
                           "WHERE callback_id = ANY(string_to_array(?, ',')::uuid[])"));
    q.addBindValue(ids.join(u','));
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

} // namespace ges::CallbackRecords
