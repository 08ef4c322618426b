#include "ServiceCatalog.h"
#include "AuditTrail.h"
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
    // Cleared now and when the change is answered, so no read taken meanwhile outlives it.
    forget();
    done = [this, done = std::move(done)](const Outcome &outcome) {
        forget();
        done(outcome);
    };
    service.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_writer.submit<Done>(
        this,
        [caller, service](QSqlDatabase &db) -> DbResult<Done> {
            const auto stored = ServiceRecords::insert(db, service);
            if (!stored.ok())
                return stored;
            return AuditRecords::append(db, auditEntry(caller, "service.create", service.tenant,
                                                       service.name, {{"id", service.id}}));
        },
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
    // Cleared now and when the change is answered, so no read taken meanwhile outlives it.
    forget();
    done = [this, done = std::move(done)](const Outcome &outcome) {
        forget();
        done(outcome);
    };
    if (QUuid::fromString(id).isNull())
        return done(
            ApiError::notFound(errc::ServiceNotFound, QStringLiteral("no service %1").arg(id)));
    service.id = id;
    m_writer.submit<bool>(
        this,
        [caller, service](QSqlDatabase &db) -> DbResult<bool> {
            const auto stored = ServiceRecords::update(db, service);
            if (!stored.ok() || !stored.value())
                return stored;
            const auto audited =
                AuditRecords::append(db, auditEntry(caller, "service.update", service.tenant,
                                                    service.name, {{"id", service.id}}));
            if (!audited.ok())
                return audited.error();
            return true;
        },
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

void ServiceCatalog::remove(const Caller &caller, const ServiceConfig &service, OutcomeHandler done)
{
    // Cleared now and when the change is answered, so no read taken meanwhile outlives it.
    forget();
    done = [this, done = std::move(done)](const Outcome &outcome) {
        forget();
        done(outcome);
    };
    // -1: gone already; 0: deleted; n > 0: refused, n callbacks still active.
    m_writer.submit<qint64>(
        this,
        [caller, service](QSqlDatabase &db) -> DbResult<qint64> {
            const auto active = ServiceRecords::activeCallbacks(db, service.tenant, service.name);
            if (!active.ok() || active.value() > 0)
                return active;
            const auto removed = ServiceRecords::remove(db, service);
            if (!removed.ok())
                return removed.error();
            if (!removed.value())
                return qint64(-1);
            const auto audited =
                AuditRecords::append(db, auditEntry(caller, "service.delete", service.tenant,
                                                    service.name, {{"id", service.id}}));
            if (!audited.ok())
                return audited.error();
            return qint64(0);
        },
        [caller, service, done](const DbResult<qint64> &result) {
            if (!result.ok())
                return done(toApiError(result.error(), caller.corrId));
            if (result.value() < 0)
                return done(ApiError::notFound(errc::ServiceNotFound,
                                               QStringLiteral("no service %1").arg(service.id)));
            if (result.value() > 0)
                return done(ApiError{409, errc::Conflict,
                                     QStringLiteral("service %1 still has %2 active callbacks; "
                                                    "cancel them or let them complete first")
                                         .arg(service.name)
                                         .arg(result.value())});
            log::info("admin", QStringLiteral("service deleted"),
                      {{"corrId", caller.corrId},
                       {"actor", caller.actor},
                       {"tenant", service.tenant},
                       {"service", service.name}});
            done(QJsonObject{{"id", service.id}, {"deleted", true}});
        });
}

void ServiceCatalog::find(const QString &tenant, const QString &name, Found done)
{
    const QString key = tenant + u'/' + name;
    const auto recent = m_recent.constFind(key);
    if (recent != m_recent.cend() && !recent->until.hasExpired())
        return done(std::optional<ServiceConfig>(recent->service));
    const auto reading = m_reading.find(key);
    if (reading != m_reading.end())
        return reading->append(std::move(done));
    m_reading.insert(key, {std::move(done)});
    m_reader.run<std::optional<ServiceConfig>>(
        this, [tenant, name](QSqlDatabase &db) { return ServiceRecords::find(db, tenant, name); },
        [this, key,
         generation = m_generation](const DbResult<std::optional<ServiceConfig>> &found) {
            // Only what exists is kept: a service created on another node is seen at once.
            if (found.ok() && found.value() && generation == m_generation) {
                if (m_recent.size() > 10000)
                    m_recent.clear();
                m_recent.insert(key, {QDeadlineTimer(kCacheMs), *found.value()});
            }
            for (const Found &waiting : m_reading.take(key))
                waiting(found);
        });
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
