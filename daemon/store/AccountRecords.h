#pragma once
#include "DbResult.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace ges {

struct UserRecord
{
    QString name;
    QString passwordHash;
    QStringList roles;
    QStringList tenants;
    bool disabled = false;
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
DbResult<Done> insertApiKey(QSqlDatabase &db, const ApiKeyRecord &key);
DbResult<std::optional<ApiKeyRecord>> findApiKey(QSqlDatabase &db, const QByteArray &hash);
} // namespace AccountRecords

} // namespace ges
