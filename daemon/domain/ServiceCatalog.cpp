#include "ServiceCatalog.h"
#include "StoreErrors.h"
#include "ops/Log.h"
#include "store/GroupCommitWriter.h"
#include "store/ServiceRecords.h"

#include <QUuid>

namespace ges {

ServiceCatalog::ServiceCatalog(GroupCommitWriter &writer, QObject *parent)
    : QObject(parent), m_writer(writer)
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

} // namespace ges
