#include "ApiKeyRecords.h"

#include <QSqlQuery>
#include <QVariant>

namespace ges::ApiKeyRecords {

namespace {
constexpr char kColumns[] =
    "SELECT id::text, tenant, name, prefix, key_hash, array_to_string(scopes, ','), "
    "created_by, created_at, expires_at, revoked_at, last_used_at FROM api_keys ";

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time) : QVariant(QMetaType::fromType<QDateTime>());
}

QDateTime utcOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : value.toDateTime().toUTC();
}

ApiKeyDetails detailsOf(const QSqlQuery &q)
{
    const QDateTime revokedAt = utcOf(q.value(9));
    return {ApiKeyRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toByteArray(),
                         q.value(5).toString().split(u',', Qt::SkipEmptyParts),
                         q.value(6).toString(), utcOf(q.value(7)), utcOf(q.value(8)),
                         revokedAt.isValid()},
            utcOf(q.value(10)), revokedAt};
}

DbResult<std::optional<ApiKeyDetails>> one(QSqlQuery &q)
{
    if (!q.exec())
        return DbError::fromQuery(q);
    if (!q.next())
        return std::optional<ApiKeyDetails>();
    return std::optional<ApiKeyDetails>(detailsOf(q));
}
} // namespace

DbResult<Done> insert(QSqlDatabase &db, const ApiKeyRecord &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO api_keys (id, tenant, name, prefix, key_hash, scopes, "
                             "created_by, created_at, expires_at) VALUES (?::uuid, ?, ?, ?, ?, "
                             "string_to_array(coalesce(?, ''), ','), ?, ?, ?)"));
    q.addBindValue(key.id);
    q.addBindValue(key.tenant);
    q.addBindValue(key.name);
    q.addBindValue(key.prefix);
    q.addBindValue(key.keyHash);
    q.addBindValue(key.scopes.join(u','));
    q.addBindValue(key.createdBy);
    q.addBindValue(key.createdAt);
    q.addBindValue(timeOrNull(key.expiresAt));
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

DbResult<QList<ApiKeyDetails>> list(QSqlDatabase &db, const QStringList &tenants,
                                    bool includeRevoked)
{
    QSqlQuery q(db);
    // Tenant names never contain commas (validated on the way in).
    q.prepare(
        QString::fromLatin1(kColumns) +
        QStringLiteral("WHERE (coalesce(?, '') = '' OR tenant = ANY(string_to_array(?, ','))) "
                       "AND (? OR revoked_at IS NULL) ORDER BY created_at DESC, id"));
    const QString joined = tenants.join(u',');
    q.addBindValue(joined);
    q.addBindValue(joined);
    q.addBindValue(includeRevoked);
    if (!q.exec())
        return DbError::fromQuery(q);
    QList<ApiKeyDetails> keys;
    while (q.next())
        keys.append(detailsOf(q));
    return keys;
}

DbResult<std::optional<ApiKeyDetails>> findById(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(kColumns) + QStringLiteral("WHERE id = ?::uuid"));
    q.addBindValue(id);
    return one(q);
}

DbResult<std::optional<ApiKeyDetails>> findByHash(QSqlDatabase &db, const QByteArray &hash)
{
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(kColumns) + QStringLiteral("WHERE key_hash = ?"));
    q.addBindValue(hash);
    return one(q);
}

DbResult<bool> revoke(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE api_keys SET revoked_at = now() WHERE id = ?::uuid AND revoked_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return DbError::fromQuery(q);
    return q.numRowsAffected() == 1;
}

DbResult<Done> touchLastUsed(QSqlDatabase &db, const QByteArray &hash)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE api_keys SET last_used_at = now() WHERE key_hash = ?"));
    q.addBindValue(hash);
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

} // namespace ges::ApiKeyRecords
