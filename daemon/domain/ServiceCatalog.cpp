#include "ServiceCatalog.h"
#include "StoreErrors.h"
#include "ops/Log.h"
#include "shared/ErrorCodes.h"
#include "store/GroupCommitWriter.h"
#include "store/ServiceRecords.h"
#include "store/SqlReaderPool.h"

#include <QUuid>

namespace ges {

ServiceCatalog::ServiceCatalog(SqlReaderPool &reader, GroupCommitWriter &writer, QObject *parent)
    : QObject(parent), m_reader(reader), m_writer(writer)
{
}

void ServiceCatalog::create(const Caller &caller, ServiceConfig service, OutcomeHandler done)
{
    service.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_writer.submit<Done>(
        this, [service](QSqlDatabase &db) { return ServiceRecords::insert(db, service); },
        [caller, service, done](const DbResult<Done> &stored) {
            if (!stored.ok())
                return done(toApiError(stored.error(), caller.corrId,
                                       QStringLiteral("tenant %1 already has a service named %2")
                                           .arg(service.tenant, service.name)));
            log::info("admin", QStringLiteral("service created"),
                      {{"corrId", caller.corrId},
                       {"actor", caller.actor},
                       {"tenant", service.tenant},
                       {"service", service.name}});
            done(service.toJson());
        });
}

void ServiceCatalog::update(const Caller &caller, const QString &id, ServiceConfig service,
                            OutcomeHandler done)
{
    if (QUuid::fromString(id).isNull())
        return done(
            ApiError::notFound(errc::ServiceNotFound, QStringLiteral("no service %1").arg(id)));
    service.id = id;
    m_writer.submit<bool>(
        this, [service](QSqlDatabase &db) { return ServiceRecords::update(db, service); },
        [caller, service, done](const DbResult<bool> &stored) {
            if (!stored.ok())
                return done(toApiError(stored.error(), caller.corrId,
                                       QStringLiteral("tenant %1 already has a service named %2")
                                           .arg(service.tenant, service.name)));
            if (!stored.value())
                return done(ApiError::notFound(
                    errc::ServiceNotFound,
                    QStringLiteral("tenant %1 has no service %2").arg(service.tenant, service.id)));
            log::info("admin", QStringLiteral("service updated"),
                      {{"corrId", caller.corrId},
                       {"actor", caller.actor},
                       {"tenant", service.tenant},
                       {"service", service.name}});
            done(service.toJson());
        });
}

void ServiceCatalog::find(const QString &tenant, const QString &name, Found done)
{
    m_reader.run<std::optional<ServiceConfig>>(
        this, [tenant, name](QSqlDatabase &db) { return ServiceRecords::find(db, tenant, name); },
        std::move(done));
}

void ServiceCatalog::findById(const QString &id, Found done)
{
    if (QUuid::fromString(id).isNull())
        return done(std::optional<ServiceConfig>());
    m_reader.run<std::optional<ServiceConfig>>(
        this, [id](QSqlDatabase &db) { return ServiceRecords::findById(db, id); }, std::move(done));
}

void ServiceCatalog::list(const QStringList &tenants, Listed done)
{
    m_reader.run<QList<ServiceConfig>>(
        this, [tenants](QSqlDatabase &db) { return ServiceRecords::list(db, tenants); },
        std::move(done));
}

} // namespace ges
