#pragma once
#include "AccountRecords.h"
#include "DbResult.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace ges {

// An API key as the admin API shows it: the record plus its use and revocation times.
struct ApiKeyDetails
{
    ApiKeyRecord key;
    QDateTime lastUsedAt; // invalid: never used (accurate to about a minute)
    QDateTime revokedAt;  // invalid: not revoked
};

// SQL of the admin API's key management (worker threads only). The lookup the external
// API makes on every cache miss stays in AccountRecords::findApiKey.
namespace ApiKeyRecords {
// Inserts with its expiry and scopes.
DbResult<Done> insert(QSqlDatabase &db, const ApiKeyRecord &key);
// Newest first; `tenants` empty: every tenant.
DbResult<QList<ApiKeyDetails>> list(QSqlDatabase &db, const QStringList &tenants,
                                    bool includeRevoked);
DbResult<std::optional<ApiKeyDetails>> findById(QSqlDatabase &db, const QString &id);
DbResult<std::optional<ApiKeyDetails>> findByHash(QSqlDatabase &db, const QByteArray &hash);
// Sets revoked_at unless it is set already; true when this call revoked the key.
DbResult<bool> revoke(QSqlDatabase &db, const QString &id);
// Records a use of the key now.
DbResult<Done> touchLastUsed(QSqlDatabase &db, const QByteArray &hash);
} // namespace ApiKeyRecords

} // namespace ges
