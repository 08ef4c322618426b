#include "GwsCredentialRecords.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace ges::GwsCredentialRecords {

namespace {
constexpr char kColumns[] = "SELECT tenant, client_id, secret_encrypted, urls::text, created_at, "
                            "updated_at, updated_by FROM gws_credentials ";

GwsCredentialRecord recordOf(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toByteArray(),
            QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(),
            q.value(4).toDateTime().toUTC(),
            q.value(5).toDateTime().toUTC(),
            q.value(6).toString()};
}

QString urlsText(const GwsCredentialRecord &record)
{
    return QString::fromUtf8(QJsonDocument(record.urls).toJson(QJsonDocument::Compact));
}
} // namespace

DbResult<QList<GwsCredentialRecord>> list(QSqlDatabase &db, const QStringList &tenants)
{
    QSqlQuery q(db);
    // Tenant names never contain commas (validated on the way in).
    q.prepare(QString::fromLatin1(kColumns) +
              QStringLiteral("WHERE coalesce(?, '') = '' OR tenant = ANY(string_to_array(?, ',')) "
                             "ORDER BY tenant"));
    const QString joined = tenants.join(u',');
    q.addBindValue(joined);
    q.addBindValue(joined);
    if (!q.exec())
        return DbError::fromQuery(q);
    QList<GwsCredentialRecord> records;
    while (q.next())
        records.append(recordOf(q));
    return records;
}

DbResult<std::optional<GwsCredentialRecord>> find(QSqlDatabase &db, const QString &tenant)
{
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(kColumns) + QStringLiteral("WHERE tenant = ?"));
    q.addBindValue(tenant);
    if (!q.exec())
        return DbError::fromQuery(q);
    if (!q.next())
        return std::optional<GwsCredentialRecord>();
    return std::optional<GwsCredentialRecord>(recordOf(q));
}

DbResult<bool> upsert(QSqlDatabase &db, const GwsCredentialRecord &record)
{
    QSqlQuery q(db);
    // xmax = 0 only on a row this statement inserted: tells register from update.
    q.prepare(QStringLiteral(
        "INSERT INTO gws_credentials (tenant, client_id, secret_encrypted, urls, updated_by) "
        "VALUES (?, ?, ?, ?::jsonb, ?) ON CONFLICT (tenant) DO UPDATE SET "
        "client_id = excluded.client_id, secret_encrypted = excluded.secret_encrypted, "
        "urls = excluded.urls, updated_by = excluded.updated_by, updated_at = now() "
        "RETURNING (xmax = 0)"));
    q.addBindValue(record.tenant);
    q.addBindValue(record.clientId);
    q.addBindValue(record.secretSealed);
    q.addBindValue(urlsText(record));
    q.addBindValue(record.updatedBy);
    if (!q.exec() || !q.next())
        return DbError::fromQuery(q);
    return q.value(0).toBool();
}

DbResult<bool> updateKeepingSecret(QSqlDatabase &db, const GwsCredentialRecord &record)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE gws_credentials SET client_id = ?, urls = ?::jsonb, "
                             "updated_by = ?, updated_at = now() WHERE tenant = ?"));
    q.addBindValue(record.clientId);
    q.addBindValue(urlsText(record));
    q.addBindValue(record.updatedBy);
    q.addBindValue(record.tenant);
    if (!q.exec())
        return DbError::fromQuery(q);
    return q.numRowsAffected() == 1;
}

DbResult<bool> remove(QSqlDatabase &db, const QString &tenant)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM gws_credentials WHERE tenant = ?"));
    q.addBindValue(tenant);
    if (!q.exec())
        return DbError::fromQuery(q);
    return q.numRowsAffected() == 1;
}

} // namespace ges::GwsCredentialRecords
