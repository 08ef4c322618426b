#include "AccountRecords.h"

#include <QSqlQuery>
#include <QVariant>

namespace ges::AccountRecords {

namespace {
// text[] travels as a comma-joined string: role and tenant names never contain commas
// (validated on the way in).
QStringList splitArray(const QVariant &v)
{
    return v.toString().split(u',', Qt::SkipEmptyParts);
}
} // namespace

DbResult<std::optional<UserRecord>> findUser(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, password_hash, array_to_string(roles, ','), "
                             "array_to_string(tenants, ','), disabled FROM users WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return DbError::fromQuery(q);
    if (!q.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(UserRecord{q.value(0).toString(), q.value(1).toString(),
                                                splitArray(q.value(2)), splitArray(q.value(3)),
                                                q.value(4).toBool()});
}

DbResult<bool> createUserIfMissing(QSqlDatabase &db, const UserRecord &user)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO users (name, password_hash, roles, tenants) "
                             "VALUES (?, ?, string_to_array(coalesce(?, ''), ','), "
                             "string_to_array(coalesce(?, ''), ',')) "
                             "ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(user.name);
    q.addBindValue(user.passwordHash);
    q.addBindValue(user.roles.join(u','));
    q.addBindValue(user.tenants.join(u','));
    if (!q.exec())
        return DbError::fromQuery(q);
    return q.numRowsAffected() == 1;
}

DbResult<Done> insertApiKey(QSqlDatabase &db, const ApiKeyRecord &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO api_keys (id, tenant, name, prefix, key_hash, scopes, "
                             "created_by, created_at) VALUES (?::uuid, ?, ?, ?, ?, "
                             "string_to_array(coalesce(?, ''), ','), ?, ?)"));
    q.addBindValue(key.id);
    q.addBindValue(key.tenant);
    q.addBindValue(key.name);
    q.addBindValue(key.prefix);
    q.addBindValue(key.keyHash);
    q.addBindValue(key.scopes.join(u','));
    q.addBindValue(key.createdBy);
    q.addBindValue(key.createdAt);
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

DbResult<std::optional<ApiKeyRecord>> findApiKey(QSqlDatabase &db, const QByteArray &hash)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id::text, tenant, name, prefix, array_to_string(scopes, ','), "
                             "created_by, created_at, expires_at, revoked_at IS NOT NULL "
                             "FROM api_keys WHERE key_hash = ?"));
    q.addBindValue(hash);
    if (!q.exec())
        return DbError::fromQuery(q);
    if (!q.next())
        return std::optional<ApiKeyRecord>();
    ApiKeyRecord key{q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     hash,
                     splitArray(q.value(4)),
                     q.value(5).toString(),
                     q.value(6).toDateTime().toUTC(),
                     q.value(7).toDateTime().toUTC(),
                     q.value(8).toBool()};
    return std::optional<ApiKeyRecord>(key);
}

} // namespace ges::AccountRecords
