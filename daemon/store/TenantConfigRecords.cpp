#include "TenantConfigRecords.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace ges::TenantConfigRecords {

namespace {
QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString sql(const char *pattern, const char *table)
{
    return QString::fromLatin1(pattern).arg(QLatin1String(table));
}

DbResult<QList<ConfigRow>> rows(QSqlQuery &q)
{
    if (!q.exec())
        return DbError::fromQuery(q);
    QList<ConfigRow> found;
    while (q.next())
        found.append({q.value(0).toString(),
                      QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()});
    return found;
}
} // namespace

DbResult<Done> insert(QSqlDatabase &db, const char *table, const QString &id, const QString &tenant,
                      const QString &name, const QJsonObject &config)
{
    QSqlQuery q(db);
    q.prepare(
        sql("INSERT INTO %1 (id, tenant, name, config) VALUES (?::uuid, ?, ?, ?::jsonb)", table));
    q.addBindValue(id);
    q.addBindValue(tenant);
    q.addBindValue(name);
    q.addBindValue(compact(config));
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

DbResult<bool> update(QSqlDatabase &db, const char *table, const QString &id, const QString &tenant,
                      const QString &name, const QJsonObject &config)
{
    QSqlQuery q(db);
    q.prepare(sql("UPDATE %1 SET name = ?, config = ?::jsonb, updated_at = now() "
                  "WHERE id = ?::uuid AND tenant = ?",
                  table));
    q.addBindValue(name);
    q.addBindValue(compact(config));
    q.addBindValue(id);
    q.addBindValue(tenant);
    if (!q.exec())
        return DbError::fromQuery(q);
    return q.numRowsAffected() > 0;
}

DbResult<bool> remove(QSqlDatabase &db, const char *table, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(sql("DELETE FROM %1 WHERE id = ?::uuid", table));
    q.addBindValue(id);
    if (!q.exec())
        return DbError::fromQuery(q);
    return q.numRowsAffected() > 0;
}

DbResult<QList<ConfigRow>> byId(QSqlDatabase &db, const char *table, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(sql("SELECT id::text, config::text FROM %1 WHERE id = ?::uuid", table));
    q.addBindValue(id);
    return rows(q);
}

DbResult<QList<ConfigRow>> byName(QSqlDatabase &db, const char *table, const QString &tenant,
                                  const QString &name)
{
    QSqlQuery q(db);
    q.prepare(sql("SELECT id::text, config::text FROM %1 WHERE tenant = ? AND name = ?", table));
    q.addBindValue(tenant);
    q.addBindValue(name);
    return rows(q);
}

DbResult<QList<ConfigRow>> list(QSqlDatabase &db, const char *table, const QStringList &tenants)
{
    QSqlQuery q(db);
    q.prepare(sql("SELECT id::text, config::text FROM %1 WHERE coalesce(?, '') = '' "
                  "OR tenant = ANY(string_to_array(?, ',')) ORDER BY tenant, name",
                  table));
    q.addBindValue(tenants.join(u','));
    q.addBindValue(tenants.join(u','));
    return rows(q);
}

} // namespace ges::TenantConfigRecords
