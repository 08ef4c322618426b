#include "ServiceRecords.h"
#include "TenantConfigRecords.h"

#include <QSqlQuery>
#include <QVariant>

namespace ges::ServiceRecords {

namespace {
constexpr char kTable[] = "services";

} // namespace

DbResult<Done> insert(QSqlDatabase &db, const ServiceConfig &service)
{
    return TenantConfigRecords::insert(db, kTable, service.id, service.tenant, service.name,
                                       service.toJson());
}

DbResult<std::optional<ServiceConfig>> find(QSqlDatabase &db, const QString &tenant,
                                            const QString &name)
{
    return TenantConfigRecords::decodeFirst<ServiceConfig>(
        TenantConfigRecords::byName(db, kTable, tenant, name));
}

DbResult<std::optional<ServiceConfig>> findById(QSqlDatabase &db, const QString &id)
{
    return TenantConfigRecords::decodeFirst<ServiceConfig>(
        TenantConfigRecords::byId(db, kTable, id));
}

DbResult<QList<ServiceConfig>> list(QSqlDatabase &db, const QStringList &tenants)
{
    return TenantConfigRecords::decode<ServiceConfig>(
        TenantConfigRecords::list(db, kTable, tenants));
}

DbResult<bool> update(QSqlDatabase &db, const ServiceConfig &service)
{
    return TenantConfigRecords::update(db, kTable, service.id, service.tenant, service.name,
                                       service.toJson());
}

DbResult<qint64> activeCallbacks(QSqlDatabase &db, const QString &tenant, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM callbacks WHERE tenant = ? AND "
                             "service_name = ? AND state <> 'COMPLETED'"));
    q.addBindValue(tenant);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return DbError::fromQuery(q);
    return q.value(0).toLongLong();
}

DbResult<bool> remove(QSqlDatabase &db, const ServiceConfig &service)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM slot_bookings WHERE tenant = ? AND service_name = ?"));
    q.addBindValue(service.tenant);
    q.addBindValue(service.name);
    if (!q.exec())
        return DbError::fromQuery(q);
    return TenantConfigRecords::remove(db, kTable, service.id);
}

} // namespace ges::ServiceRecords
