#pragma once
#include "DbResult.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace ges {

struct UserRecord
{
    // Default member initialisers keep brace-initialised partial records free of
    // -Wmissing-field-initializers.
    QString name = {};
    QString passwordHash = {};
    QStringList roles = {};
    QStringList tenants = {};
    bool disabled = false;
    // Set when read back.
    QDateTime createdAt = {};
    QDateTime updatedAt = {};
};

// What PUT /admin/users/{name} may change; an absent field stays as it is.
struct UserChange
{
    std::optional<QStringList> roles;
    std::optional<QStringList> tenants;
    std::optional<bool> disabled;
};

struct ApiKeyRecord
{
    QString id;
    QString tenant;
    QString name;
    QString prefix;
    QByteArray keyHash;
    QStringList scopes;
    QString createdBy;
    QDateTime createdAt;
    QDateTime expiresAt;
    bool revoked = false;
};

// SQL for users and API keys (worker threads only). Note for all store SQL: QPSQL binds
// an empty QString as NULL, hence the coalesce() around optional text parameters.
namespace AccountRecords {
DbResult<std::optional<UserRecord>> findUser(QSqlDatabase &db, const QString &name);
// Creates the user unless one of that name exists; true when created.
DbResult<bool> createUserIfMissing(QSqlDatabase &db, const UserRecord &user);
// All users by name (a handful to a few hundred: filtered by tenant in the domain).
DbResult<QList<UserRecord>> listUsers(QSqlDatabase &db);
// Locks the row for the rest of the transaction (writer jobs that check, then change).
DbResult<std::optional<UserRecord>> findUserForUpdate(QSqlDatabase &db, const QString &name);
// A name taken already is a DbError::Kind::Conflict.
DbResult<Done> insertUser(QSqlDatabase &db, const UserRecord &user);
// False when there is no such user.
DbResult<bool> updateUser(QSqlDatabase &db, const QString &name, const UserChange &change);
DbResult<bool> setPasswordHash(QSqlDatabase &db, const QString &name, const QString &hash);
DbResult<std::optional<ApiKeyRecord>> findApiKey(QSqlDatabase &db, const QByteArray &hash);
} // namespace AccountRecords

} // namespace ges
