#include "CallInGroupRecords.h"
#include "TenantConfigRecords.h"

namespace ges::CallInGroupRecords {

namespace {
constexpr char kTable[] = "call_in_groups";

} // namespace

DbResult<Done> insert(QSqlDatabase &db, const CallInGroup &group)
{
    return TenantConfigRecords::insert(db, kTable, group.id, group.tenant, group.name,
                                       group.toJson());
}

DbResult<bool> update(QSqlDatabase &db, const CallInGroup &group)
{
    return TenantConfigRecords::update(db, kTable, group.id, group.tenant, group.name,
                                       group.toJson());
}

DbResult<bool> remove(QSqlDatabase &db, const QString &id)
{
    return TenantConfigRecords::remove(db, kTable, id);
}

DbResult<std::optional<CallInGroup>> findById(QSqlDatabase &db, const QString &id)
{
    return TenantConfigRecords::decodeFirst<CallInGroup>(TenantConfigRecords::byId(db, kTable, id));
}

DbResult<std::optional<CallInGroup>> find(QSqlDatabase &db, const QString &tenant,
                                          const QString &name)
{
    return TenantConfigRecords::decodeFirst<CallInGroup>(
        TenantConfigRecords::byName(db, kTable, tenant, name));
}

DbResult<QList<CallInGroup>> list(QSqlDatabase &db, const QStringList &tenants)
{
    return TenantConfigRecords::decode<CallInGroup>(TenantConfigRecords::list(db, kTable, tenants));
}

} // namespace ges::CallInGroupRecords
