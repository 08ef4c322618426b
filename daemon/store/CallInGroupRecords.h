#pragma once
#include "DbResult.h"
#include "shared/CallInGroup.h"

#include <QSqlDatabase>
#include <optional>

namespace ges {

// SQL for call-in groups (worker threads only).
namespace CallInGroupRecords {
DbResult<Done> insert(QSqlDatabase &db, const CallInGroup &group);
// Replaces group `group.id` of `group.tenant`; false when there is none.
DbResult<bool> update(QSqlDatabase &db, const CallInGroup &group);
DbResult<bool> remove(QSqlDatabase &db, const QString &id);
DbResult<std::optional<CallInGroup>> findById(QSqlDatabase &db, const QString &id);
DbResult<std::optional<CallInGroup>> find(QSqlDatabase &db, const QString &tenant,
                                          const QString &name);
// The groups of `tenants` (empty: all), by tenant and name.
DbResult<QList<CallInGroup>> list(QSqlDatabase &db, const QStringList &tenants);
} // namespace CallInGroupRecords

} // namespace ges
