#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "shared/ServiceConfig.h"
#include "store/DbResult.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>

namespace ges {

class GroupCommitWriter;
class SqlReaderPool;

// The callback services of the tenants: created and edited by administrators, read by
// everything that books or reports on callbacks.
class ServiceCatalog : public QObject
{
    Q_OBJECT
public:
    using Found = std::function<void(const DbResult<std::optional<ServiceConfig>> &)>;
    using Listed = std::function<void(const DbResult<QList<ServiceConfig>> &)>;

    ServiceCatalog(SqlReaderPool &reader, GroupCommitWriter &writer, QObject *parent = nullptr);

    void create(const Caller &caller, ServiceConfig service, OutcomeHandler done);
    // Replaces service `id` of `service.tenant`; 404 when there is none.
    void update(const Caller &caller, const QString &id, ServiceConfig service,
                OutcomeHandler done);
    // Deletes a service that has no active callbacks (409 otherwise).
    void remove(const Caller &caller, const ServiceConfig &service, OutcomeHandler done);
    // Every create and queue-status asks for its service: a config read in the last
    // kCacheMs comes from memory (docs/performance.md). This node's own changes clear it;
    // another node's show here within kCacheMs.
    static constexpr int kCacheMs = 1000;
    void find(const QString &tenant, const QString &name, Found done);
    void forget()
    {
        m_recent.clear();
        ++m_generation; // a read under way may predate the change: not kept
    }
    void findById(const QString &id, Found done);
    // Services of `tenants` (empty: all).
    void list(const QStringList &tenants, Listed done);

private:
    SqlReaderPool &m_reader;
    GroupCommitWriter &m_writer;
    struct Recent
    {
        QDeadlineTimer until;
        ServiceConfig service;
    };
    QHash<QString, Recent> m_recent; // "tenant/name" → found service
    // Reads under way: requests arriving meanwhile wait for the same answer instead of
    // each reading again when the kept copy runs out (docs/performance.md).
    QHash<QString, QList<Found>> m_reading;
    quint64 m_generation = 0;
};

} // namespace ges
