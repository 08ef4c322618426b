#pragma once
#include "DbResult.h"
#include "shared/ServiceConfig.h"

#include <QSqlDatabase>
#include <optional>

namespace ges {

// SQL for callback services (worker threads only).
namespace ServiceRecords {
DbResult<Done> insert(QSqlDatabase &db, const ServiceConfig &service);
DbResult<std::optional<ServiceConfig>> find(QSqlDatabase &db, const QString &tenant,
                                            const QString &name);
DbResult<std::optional<ServiceConfig>> findById(QSqlDatabase &db, const QString &id);
// The services of the given tenants (empty: all), by tenant and name.
DbResult<QList<ServiceConfig>> list(QSqlDatabase &db, const QStringList &tenants);
// Replaces the configuration of service `service.id`; false when there is none.
DbResult<bool> update(QSqlDatabase &db, const ServiceConfig &service);
// Callbacks of the service that are not COMPLETED yet.
DbResult<qint64> activeCallbacks(QSqlDatabase &db, const QString &tenant, const QString &name);
// Deletes the service and its slot bookings; false when it does not exist. Completed
// callbacks keep their service name as history.
DbResult<bool> remove(QSqlDatabase &db, const ServiceConfig &service);
} // namespace ServiceRecords

} // namespace ges
