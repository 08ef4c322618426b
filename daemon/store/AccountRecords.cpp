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

const QString kUserColumns =
    QStringLiteral("name, password_hash, array_to_string(roles, ','), "
                   "array_to_string(tenants, ','), disabled, created_at, updated_at FROM users");

UserRecord userOf(const QSqlQuery &q)
{
    UserRecord user{q.value(0).toString(), q.value(1).toString(), splitArray(q.value(2)),
                    splitArray(q.value(3)), q.value(4).toBool()};
    user.createdAt = q.value(5).toDateTime().toUTC();
    user.updatedAt = q.value(6).toDateTime().toUTC();
    return user;
}

DbResult<std::optional<UserRecord>> findOne(QSqlDatabase &db, const QString &name,
                                            const char *suffix)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" WHERE name = ?") +
              QLatin1String(suffix));
    q.addBindValue(name);
    if (!q.exec())
        return DbError::fromQuery(q);
    if (!q.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(userOf(q));
}
} // namespace

DbResult<std::optional<UserRecord>> findUser(QSqlDatabase &db, const QString &name)
{
    return findOne(db, name, "");
}

DbResult<std::optional<UserRecord>> findUserForUpdate(QSqlDatabase &db, const QString &name)
{
    return findOne(db, name, " FOR UPDATE");
}

DbResult<QList<UserRecord>> listUsers(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" ORDER BY name")))
        return DbError::fromQuery(q);
    QList<UserRecord> users;
    while (q.next())
        users.append(userOf(q));
    return users;
}

DbResult<Done> insertUser(QSqlDatabase &db, const UserRecord &user)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO users (name, password_hash, roles, tenants, disabled) "
                             "VALUES (?, ?, string_to_array(coalesce(?, ''), ','), "
                             "string_to_array(coalesce(?, ''), ','), ?)"));
    q.addBindValue(user.name);
    q.addBindValue(user.passwordHash);
    q.addBindValue(user.roles.join(u','));
    q.addBindValue(user.tenants.join(u','));
    q.addBindValue(user.disabled);
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

DbResult<bool> updateUser(QSqlDatabase &db, const QString &name, const UserChange &change)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE users SET "
        "roles = CASE WHEN ? THEN string_to_array(coalesce(?, ''), ',') ELSE roles END, "
        "tenants = CASE WHEN ? THEN string_to_array(coalesce(?, ''), ',') ELSE tenants END, "
        "disabled = CASE WHEN ? THEN ? ELSE disabled END, updated_at = now() WHERE name = ?"));
    q.addBindValue(change.roles.has_value());
    q.addBindValue(change.roles.value_or(QStringList()).join(u','));
    q.addBindValue(change.tenants.has_value());
    q.addBindValue(change.tenants.value_or(QStringList()).join(u','));
    q.addBindValue(change.disabled.has_value());
    q.addBindValue(change.disabled.value_or(false));
    q.addBindValue(name);
    if (!q.exec())
        return DbError::fromQuery(q);
    return q.numRowsAffected() == 1;
}

DbResult<bool> setPasswordHash(QSqlDatabase &db, const QString &name, const QString &hash)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE users SET password_hash = ?, updated_at = now() WHERE name = ?"));
    q.addBindValue(hash);
    q.addBindValue(name);
    if (!q.exec())
        return DbError::fromQuery(q);
    return q.numRowsAffected() == 1;
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
