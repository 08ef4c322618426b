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
} // namespace ServiceRecords

} // namespace ges
