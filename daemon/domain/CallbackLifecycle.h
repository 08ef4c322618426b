#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "shared/ApiError.h"
#include "shared/Callback.h"
#include "store/AuditRecords.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <variant>

namespace ges {

class SqlReaderPool;
class GroupCommitWriter;
class CallbackCache;
class DueIndex;
class ThroughputMeter;
class WaitEstimator;
class Metrics;

// The business rules of a callback's life after its creation (CallbackCreator): retrieve
// with its live queue facts, cancel, and the routing side's state reports. Every change
// is committed in PostgreSQL (the conditional UPDATE is the fence) before it is answered,
// then mirrored into the Redis working set. No HTTP and no SQL here.
class CallbackLifecycle : public QObject
{
    Q_OBJECT
public:
    CallbackLifecycle(SqlReaderPool &reader, GroupCommitWriter &writer, CallbackCache &cache,
                      DueIndex &due, ThroughputMeter &meter, WaitEstimator &estimator,
                      Metrics &metrics, QObject *parent = nullptr);

    void retrieveById(const Caller &caller, const QString &id, CallbackOutcomeHandler done);
    void retrieveByPhone(const Caller &caller, const QString &phone, const QString &service,
                         OutcomeHandler done);
    // `audit` (an admin's cancel) is appended in the transaction of the cancel.
    void cancel(const Caller &caller, const QString &id, OutcomeHandler done,
                std::optional<AuditEntry> audit = std::nullopt);
    // Routing side: caller.tenant is empty (any tenant), authenticated by ROUTING-TOKEN.
    void report(const Caller &caller, const QString &id, CallbackState state, const QString &reason,
                OutcomeHandler done);

    // The callback with its live position in queue and EWT when it is waiting.
    void withQueueFacts(Callback callback, std::function<void(const Callback &)> done);

private:
    void changeState(const Caller &caller, const QString &id, const QList<CallbackState> &from,
                     CallbackState to, const QString &reason,
                     std::function<void(const Callback &)> onMoved, OutcomeHandler done,
                     std::optional<AuditEntry> audit = std::nullopt);

    SqlReaderPool &m_reader;
    GroupCommitWriter &m_writer;
    CallbackCache &m_cache;
    DueIndex &m_due;
    ThroughputMeter &m_meter;
    WaitEstimator &m_estimator;
    Metrics &m_metrics;
};

} // namespace ges
