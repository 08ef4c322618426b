#pragma once
#include "DbResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace ges {

// One tenant's GWS client credentials as stored: the secret only sealed (SecretBox).
struct GwsCredentialRecord
{
    QString tenant;
    QString clientId;
    QByteArray secretSealed; // nonce || ciphertext || tag; empty on update: keep the stored one
    QJsonObject urls;        // auth, env, conf, publicAuth, stats
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;
};

// SQL of table gws_credentials (worker threads only).
namespace GwsCredentialRecords {
// By tenant; `tenants` empty: every tenant.
DbResult<QList<GwsCredentialRecord>> list(QSqlDatabase &db, const QStringList &tenants);
DbResult<std::optional<GwsCredentialRecord>> find(QSqlDatabase &db, const QString &tenant);
// Inserts, or replaces all of the tenant's row; true when inserted.
DbResult<bool> upsert(QSqlDatabase &db, const GwsCredentialRecord &record);
// Replaces client id and URLs, keeping the secret; false when the tenant has no row.
DbResult<bool> updateKeepingSecret(QSqlDatabase &db, const GwsCredentialRecord &record);
// False when the tenant had no row.
DbResult<bool> remove(QSqlDatabase &db, const QString &tenant);
} // namespace GwsCredentialRecords

} // namespace ges
