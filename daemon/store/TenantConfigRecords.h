#pragma once
#include "DbResult.h"
#include "shared/ApiError.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace ges {

// A stored configuration document of a tenant: its id and the JSON as written.
struct ConfigRow
{
    QString id;
    QJsonObject config;
};

// SQL shared by the tables that hold one named JSON document per row and tenant
// (services, call_in_groups: id uuid, tenant, name, config jsonb, updated_at).
// `table` is always a constant of ours, never input.
namespace TenantConfigRecords {
DbResult<Done> insert(QSqlDatabase &db, const char *table, const QString &id, const QString &tenant,
                      const QString &name, const QJsonObject &config);
// False when row `id` of `tenant` does not exist.
DbResult<bool> update(QSqlDatabase &db, const char *table, const QString &id, const QString &tenant,
                      const QString &name, const QJsonObject &config);
DbResult<bool> remove(QSqlDatabase &db, const char *table, const QString &id);
DbResult<QList<ConfigRow>> byId(QSqlDatabase &db, const char *table, const QString &id);
DbResult<QList<ConfigRow>> byName(QSqlDatabase &db, const char *table, const QString &tenant,
                                  const QString &name);
// The rows of `tenants` (empty: all), by tenant and name.
DbResult<QList<ConfigRow>> list(QSqlDatabase &db, const char *table, const QStringList &tenants);

// The rows as documents of type T (T::fromJson validates; T::id is set from the row). A
// stored document that no longer validates is an internal error, not skipped.
template <class T> DbResult<QList<T>> decode(const DbResult<QList<ConfigRow>> &found)
{
    if (!found.ok())
        return found.error();
    QList<T> documents;
    for (const ConfigRow &row : found.value()) {
        QList<FieldProblem> problems;
        auto document = T::fromJson(row.config, &problems);
        if (!document)
            return DbError{
                DbError::Kind::Internal,
                QStringLiteral("stored document %1 is invalid: %2")
                    .arg(row.id, problems.isEmpty() ? QString() : problems.first().field)};
        document->id = row.id;
        documents.append(*document);
    }
    return documents;
}

template <class T> DbResult<std::optional<T>> decodeFirst(const DbResult<QList<ConfigRow>> &found)
{
    const auto documents = decode<T>(found);
    if (!documents.ok())
        return documents.error();
    if (documents.value().isEmpty())
        return std::optional<T>();
    return std::optional<T>(documents.value().constFirst());
}
} // namespace TenantConfigRecords

} // namespace ges
