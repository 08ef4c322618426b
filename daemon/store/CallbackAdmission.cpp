#include "CallbackAdmission.h"
#include "CallbackRecords.h"
#include "PreparedQueries.h"
#include "SlotRecords.h"

#include <QJsonDocument>
#include <QVariant>

namespace ges::CallbackAdmission {

namespace {

DbResult<int> count(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery &q = prepared::query(db, sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return DbError::fromQuery(q);
    return q.value(0).toInt();
}

// Claims the key for this request; false when an earlier request holds it. A concurrent
// request with the same key waits here until the first one commits or rolls back.
DbResult<bool> claimKey(QSqlDatabase &db, const QString &tenant, const Rules &rules)
{
    QSqlQuery expired(db); // a key is remembered for 24 hours, purged or not
    expired.prepare(QStringLiteral("DELETE FROM idempotency_keys WHERE tenant = ? AND key = ? "
                                   "AND created_at <= now() - interval '24 hours'"));
    expired.addBindValue(tenant);
    expired.addBindValue(rules.idempotencyKey);
    if (!expired.exec())
        return DbError::fromQuery(expired);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO idempotency_keys (tenant, key, request_hash, response) "
                             "VALUES (?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING RETURNING 1"));
    q.addBindValue(tenant);
    q.addBindValue(rules.idempotencyKey);
    q.addBindValue(rules.requestHash);
    q.addBindValue(QString::fromUtf8(QJsonDocument(rules.response).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return DbError::fromQuery(q);
    return q.next();
}

DbResult<Done> dropKey(QSqlDatabase &db, const QString &tenant, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM idempotency_keys WHERE tenant = ? AND key = ?"));
    q.addBindValue(tenant);
    q.addBindValue(key);
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

// The rules that may refuse the callback; Admitted when none does.
DbResult<Result> check(QSqlDatabase &db, const Callback &cb, const Rules &rules)
{
    if (rules.maxActivePerNumber > 0) {
        auto active = count(db,
                            QStringLiteral("SELECT count(*) FROM callbacks WHERE tenant = ? AND "
                                           "phone_number = ? AND service_name = ? "
                                           "AND state <> 'COMPLETED'"),
                            {cb.tenant, cb.phoneNumber, cb.serviceName});
        if (!active.ok())
            return active.error();
        if (active.value() >= rules.maxActivePerNumber)
            return Result{Verdict::Duplicate, active.value(), {}, {}};
    }
    if (!rules.slotStart.isValid() && rules.maxWaiting > 0) {
        auto waiting = count(db,
                             QStringLiteral("SELECT count(*) FROM callbacks WHERE tenant = ? "
                                            "AND service_name = ? AND state = 'QUEUED'"),
                             {cb.tenant, cb.serviceName});
        if (!waiting.ok())
            return waiting.error();
        if (waiting.value() >= rules.maxWaiting)
            return Result{Verdict::QueueFull, waiting.value(), {}, {}};
    }
    if (rules.slotStart.isValid()) {
        auto reserved = SlotRecords::reserve(db, cb.tenant, cb.serviceName, rules.slotStart,
                                             rules.slotCapacity);
        if (!reserved.ok())
            return reserved.error();
        if (!reserved.value())
            return Result{Verdict::SlotFull, 0, {}, {}};
    }
    return Result{};
}

} // namespace

DbResult<Result> admit(QSqlDatabase &db, const Callback &cb, const Rules &rules,
                       const QString &actor)
{
    if (!rules.idempotencyKey.isEmpty()) {
        auto claimed = claimKey(db, cb.tenant, rules);
        if (!claimed.ok())
            return claimed.error();
        if (!claimed.value()) {
            auto first = findReplay(db, cb.tenant, rules.idempotencyKey);
            if (!first.ok())
                return first.error();
            if (first.value())
                return Result{Verdict::Replay, 0, first.value()->response,
                              first.value()->requestHash};
            return DbError{DbError::Kind::Conflict, QStringLiteral("idempotency key in use")};
        }
    }
    auto verdict = check(db, cb, rules);
    if (!verdict.ok())
        return verdict.error();
    if (verdict.value().verdict != Verdict::Admitted) {
        // Refusals are not remembered: the same key may be retried once the cause is gone.
        if (!rules.idempotencyKey.isEmpty()) {
            auto dropped = dropKey(db, cb.tenant, rules.idempotencyKey);
            if (!dropped.ok())
                return dropped.error();
        }
        return verdict;
    }
    auto inserted = CallbackRecords::insert(db, cb, rules.slotStart, actor);
    if (!inserted.ok())
        return inserted.error();
    return Result{};
}

bool needsNoChecks(const Rules &rules)
{
    return rules.idempotencyKey.isEmpty() && rules.maxActivePerNumber <= 0 &&
           rules.maxWaiting <= 0 && !rules.slotStart.isValid();
}

const GroupCommitWriter::WriteGroup &plainInserts()
{
    static const GroupCommitWriter::WriteGroup group{
        [](QSqlDatabase &db, const std::vector<const void *> &items) {
            std::vector<const CallbackRecords::NewCallback *> rows;
            rows.reserve(items.size());
            for (const void *item : items)
                rows.push_back(static_cast<const CallbackRecords::NewCallback *>(item));
            return CallbackRecords::insertMany(db, rows).ok();
        }};
    return group;
}

DbResult<std::optional<Replay>> findReplay(QSqlDatabase &db, const QString &tenant,
                                           const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT response::text, request_hash FROM idempotency_keys "
                             "WHERE tenant = ? AND key = ? "
                             "AND created_at > now() - interval '24 hours'"));
    q.addBindValue(tenant);
    q.addBindValue(key);
    if (!q.exec())
        return DbError::fromQuery(q);
    if (!q.next())
        return std::optional<Replay>();
    return std::optional<Replay>(
        Replay{QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(),
               q.value(1).toByteArray()});
}

} // namespace ges::CallbackAdmission
