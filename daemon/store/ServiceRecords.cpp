#include "ServiceRecords.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace ges::ServiceRecords {

DbResult<Done> insert(QSqlDatabase &db, const ServiceConfig &service)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO services (id, tenant, name, config) VALUES (?::uuid, ?, ?, ?::jsonb)"));
    q.addBindValue(service.id);
    q.addBindValue(service.tenant);
    q.addBindValue(service.name);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(service.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

namespace {
const QString kSelect = QStringLiteral("SELECT id::text, config::text FROM services ");

DbResult<QList<ServiceConfig>> rows(QSqlQuery &q)
{
    if (!q.exec())
        return DbError::fromQuery(q);
    QList<ServiceConfig> services;
    while (q.next()) {
        QList<FieldProblem> problems;
        auto config = ServiceConfig::fromJson(
            QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), &problems);
        if (!config)
            return DbError{DbError::Kind::Internal,
                           QStringLiteral("stored service %1 is invalid: %2")
                               .arg(q.value(0).toString(),
                                    problems.isEmpty() ? QString() : problems.first().field)};
        config->id = q.value(0).toString();
        services.append(*config);
    }
    return services;
}

DbResult<std::optional<ServiceConfig>> first(QSqlQuery &q)
{
    auto found = rows(q);
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return std::optional<ServiceConfig>();
    return std::optional<ServiceConfig>(found.value().constFirst());
}
} // namespace

DbResult<std::optional<ServiceConfig>> find(QSqlDatabase &db, const QString &tenant,
                                            const QString &name)
{
    QSqlQuery q(db);
    q.prepare(kSelect + QStringLiteral("WHERE tenant = ? AND name = ?"));
    q.addBindValue(tenant);
    q.addBindValue(name);
    return first(q);
}

DbResult<std::optional<ServiceConfig>> findById(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(kSelect + QStringLiteral("WHERE id = ?::uuid"));
    q.addBindValue(id);
    return first(q);
}

DbResult<QList<ServiceConfig>> list(QSqlDatabase &db, const QStringList &tenants)
{
    QSqlQuery q(db);
    q.prepare(kSelect + QStringLiteral("WHERE coalesce(?, '') = '' OR tenant = "
                                       "ANY(string_to_array(?, ',')) ORDER BY tenant, name"));
    q.addBindValue(tenants.join(u','));
    q.addBindValue(tenants.join(u','));
    return rows(q);
}

DbResult<bool> update(QSqlDatabase &db, const ServiceConfig &service)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE services SET name = ?, config = ?::jsonb, updated_at = now() "
                             "WHERE id = ?::uuid AND tenant = ?"));
    q.addBindValue(service.name);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(service.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(service.id);
    q.addBindValue(service.tenant);
    if (!q.exec())
        return DbError::fromQuery(q);
    return q.numRowsAffected() > 0;
}

} // namespace ges::ServiceRecords
