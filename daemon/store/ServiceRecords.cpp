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

DbResult<std::optional<ServiceConfig>> find(QSqlDatabase &db, const QString &tenant,
                                            const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id::text, config::text FROM services WHERE tenant = ? AND name = ?"));
    q.addBindValue(tenant);
    q.addBindValue(name);
    if (!q.exec())
        return DbError::fromQuery(q);
    if (!q.next())
        return std::optional<ServiceConfig>();
    QList<FieldProblem> problems;
    auto config = ServiceConfig::fromJson(
        QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), &problems);
    if (!config)
        return DbError{DbError::Kind::Internal,
                       QStringLiteral("stored service %1 is invalid").arg(name)};
    config->id = q.value(0).toString();
    return config;
}

} // namespace ges::ServiceRecords
