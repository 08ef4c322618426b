#include "CallInRequestRecords.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ges::CallInRequestRecords {

namespace {
const QString kColumns = QStringLiteral(
    "seq, id::text, tenant, group_id::text, group_name, to_phone_number, access_code, "
    "coalesce(from_phone_number, ''), coalesce(callback_service_id, ''), user_data::text, "
    "%1, created_at, expires_at, used_at, coalesce(matched_by, '')");
// What an admin sees: a LIVE row past its expiry is expired, retired or not.
const QString kSeenState = QStringLiteral(
    "CASE WHEN state = 'LIVE' AND expires_at <= now() THEN 'EXPIRED' ELSE state END");

QDateTime utc(const QVariant &v)
{
    return v.isNull() ? QDateTime() : v.toDateTime().toUTC();
}

CallInRequest read(const QSqlQuery &q)
{
    CallInRequest r;
    r.seq = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.tenant = q.value(2).toString();
    r.groupId = q.value(3).toString();
    r.groupName = q.value(4).toString();
    r.toPhoneNumber = q.value(5).toString();
    r.accessCode = q.value(6).toString();
    r.fromPhoneNumber = q.value(7).toString();
    r.callbackServiceId = q.value(8).toString();
    r.userData = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    r.state = q.value(10).toString();
    r.createdAt = utc(q.value(11));
    r.expiresAt = utc(q.value(12));
    r.usedAt = utc(q.value(13));
    r.matchedBy = q.value(14).toString();
    return r;
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// Another node's allocation can hold the slot we want while waiting for one we hold
// (deadlock), or a unique check can race: both only cost the attempt.
bool retryable(const QSqlQuery &q)
{
    const QString state = q.lastError().nativeErrorCode();
    return state == QLatin1String("40P01") || state == QLatin1String("40001") ||
           state == QLatin1String("23505") || state == QLatin1String("55P03");
}

// One attempt at the request's slot, inside savepoint call_in: true when the row was
// inserted, false when the slot is taken or the attempt lost a race worth retrying.
DbResult<bool> tryInsert(QSqlDatabase &db, const CallInRequest &r)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE call_in_requests SET state = 'EXPIRED' "
                             "WHERE to_phone_number = ? AND access_code = ? AND state = 'LIVE' "
                             "AND expires_at <= ?"));
    q.addBindValue(r.toPhoneNumber);
    q.addBindValue(r.accessCode);
    q.addBindValue(r.createdAt);
    if (!q.exec())
        return retryable(q) ? DbResult<bool>(false) : DbResult<bool>(DbError::fromQuery(q));
    q.prepare(QStringLiteral(
        "INSERT INTO call_in_requests (id, tenant, group_id, group_name, to_phone_number, "
        "access_code, from_phone_number, callback_service_id, user_data, created_at, expires_at) "
        "VALUES (?::uuid, ?, ?::uuid, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) "
        "ON CONFLICT (to_phone_number, access_code) WHERE state = 'LIVE' DO NOTHING "
        "RETURNING seq"));
    for (const QVariant &v :
         {QVariant(r.id), QVariant(r.tenant), QVariant(r.groupId), QVariant(r.groupName),
          QVariant(r.toPhoneNumber), QVariant(r.accessCode), nullIfEmpty(r.fromPhoneNumber),
          nullIfEmpty(r.callbackServiceId),
          QVariant(QString::fromUtf8(QJsonDocument(r.userData).toJson(QJsonDocument::Compact))),
          QVariant(r.createdAt), QVariant(r.expiresAt)})
        q.addBindValue(v);
    if (!q.exec())
        return retryable(q) ? DbResult<bool>(false) : DbResult<bool>(DbError::fromQuery(q));
    return q.next();
}
} // namespace

DbResult<std::optional<CallInRequest>> allocate(QSqlDatabase &db, CallInRequest request,
                                                const SlotSource &next, int attempts)
{
    QSqlQuery control(db);
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const Slot slot = next();
        request.toPhoneNumber = slot.toPhoneNumber;
        request.accessCode = slot.accessCode;
        if (!control.exec(QStringLiteral("SAVEPOINT call_in")))
            return DbError::fromQuery(control);
        const auto inserted = tryInsert(db, request);
        if (inserted.ok() && inserted.value()) {
            if (!control.exec(QStringLiteral("RELEASE SAVEPOINT call_in")))
                return DbError::fromQuery(control);
            return std::optional<CallInRequest>(request);
        }
        if (!inserted.ok())
            return inserted.error(); // the writer rolls the transaction back
        if (!control.exec(QStringLiteral("ROLLBACK TO SAVEPOINT call_in")) ||
            !control.exec(QStringLiteral("RELEASE SAVEPOINT call_in")))
            return DbError::fromQuery(control);
    }
    return std::optional<CallInRequest>();
}

namespace {
// The rows a match query is about, as SQL after "WHERE": dialled number and code, or the
// caller's number (and the dialled number when given); bindKey() binds its values.
QString matchKey(const CallInMatchQuery &query)
{
    if (query.byAccessCode())
        return QStringLiteral("to_phone_number = ? AND access_code = ?");
    return QStringLiteral(
        "from_phone_number = ? AND (coalesce(?, '') = '' OR to_phone_number = ?)");
}

void bindKey(QSqlQuery &q, const CallInMatchQuery &query)
{
    if (query.byAccessCode()) {
        q.addBindValue(query.toPhoneNumber);
        q.addBindValue(query.accessCode);
        return;
    }
    q.addBindValue(query.fromPhoneNumber);
    q.addBindValue(query.toPhoneNumber);
    q.addBindValue(query.toPhoneNumber);
}

} // namespace

DbResult<Match> match(QSqlDatabase &db, const CallInMatchQuery &query, const QDateTime &now)
{
    // By code at most one LIVE row exists (the unique index); by caller the newest. A
    // concurrent match of the same row waits for the lock, then finds it no longer LIVE.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE call_in_requests SET state = 'USED', used_at = ?, "
                             "matched_by = ? WHERE state = 'LIVE' AND id = ("
                             "SELECT id FROM call_in_requests WHERE state = 'LIVE' "
                             "AND expires_at > ? AND ") +
              matchKey(query) +
              QStringLiteral(" ORDER BY created_at DESC LIMIT 1 FOR UPDATE) RETURNING ") +
              kColumns.arg(QStringLiteral("state")));
    q.addBindValue(now);
    q.addBindValue(
        QString::fromLatin1(query.byAccessCode() ? callin::ByAccessCode : callin::ByCallerNumber));
    q.addBindValue(now);
    bindKey(q, query);
    if (!q.exec())
        return DbError::fromQuery(q);
    if (q.next())
        return Match{Match::Kind::Matched, read(q)};
    // Retire what the key names that has expired while LIVE: cheap (0007's LIVE indexes),
    // unlike reading why nothing matched, which explainMiss does on a reader.
    q.prepare(QStringLiteral("UPDATE call_in_requests SET state = 'EXPIRED' WHERE state = 'LIVE' "
                             "AND expires_at <= ? AND ") +
              matchKey(query));
    q.addBindValue(now);
    bindKey(q, query);
    if (!q.exec())
        return DbError::fromQuery(q);
    return Match{Match::Kind::NotFound, {}};
}

DbResult<Match> explainMiss(QSqlDatabase &db, const CallInMatchQuery &query, const QDateTime &now)
{
    // Any state: the full indexes of migration 0009 serve both keys (0007's are LIVE only).
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT state, expires_at <= ? FROM call_in_requests WHERE ") +
              matchKey(query) + QStringLiteral(" ORDER BY created_at DESC LIMIT 1"));
    q.addBindValue(now);
    bindKey(q, query);
    if (!q.exec())
        return DbError::fromQuery(q);
    if (!q.next())
        return Match{Match::Kind::NotFound, {}};
    const QString state = q.value(0).toString();
    if (state == QLatin1String(callin::Used))
        return Match{Match::Kind::AlreadyUsed, {}};
    // A LIVE row past its expiry is expired (the sweep or the next create retires it); a
    // LIVE one still valid was created after the match attempt: not what it was about.
    if (state == QLatin1String(callin::Live) && !q.value(1).toBool())
        return Match{Match::Kind::NotFound, {}};
    return Match{Match::Kind::Expired, {}};
}

DbResult<std::pair<QList<CallInRequest>, bool>> list(QSqlDatabase &db, const ListQuery &query)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kColumns.arg(kSeenState) +
              QStringLiteral(" FROM call_in_requests WHERE (? = 0 OR seq < ?) "
                             "AND (coalesce(?, '') = '' OR tenant = ANY(string_to_array(?, ','))) "
                             "AND (coalesce(?, '') = '' OR group_name = ?) "
                             "AND (coalesce(?, '') = '' OR ") +
              kSeenState + QStringLiteral(" = ?) ORDER BY seq DESC LIMIT ?"));
    const QString tenants = query.tenants.join(u',');
    for (const QVariant &v :
         {QVariant(query.beforeSeq), QVariant(query.beforeSeq), QVariant(tenants),
          QVariant(tenants), QVariant(query.groupName), QVariant(query.groupName),
          QVariant(query.state), QVariant(query.state), QVariant(query.limit + 1)})
        q.addBindValue(v);
    if (!q.exec())
        return DbError::fromQuery(q);
    QList<CallInRequest> requests;
    while (q.next())
        requests.append(read(q));
    const bool more = requests.size() > query.limit;
    if (more)
        requests.removeLast();
    return std::pair{requests, more};
}

DbResult<Done> retireAndPurge(QSqlDatabase &db, int batch, int purgeAfterDays)
{
    QSqlQuery q(db);
    // SKIP LOCKED: a row another node is retiring or matching is left to it.
    q.prepare(QStringLiteral("UPDATE call_in_requests SET state = 'EXPIRED' WHERE id IN ("
                             "SELECT id FROM call_in_requests WHERE state = 'LIVE' "
                             "AND expires_at <= now() LIMIT ? FOR UPDATE SKIP LOCKED)"));
    q.addBindValue(batch);
    if (!q.exec())
        return DbError::fromQuery(q);
    q.prepare(QStringLiteral("DELETE FROM call_in_requests "
                             "WHERE expires_at < now() - make_interval(days => ?)"));
    q.addBindValue(purgeAfterDays);
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

} // namespace ges::CallInRequestRecords
