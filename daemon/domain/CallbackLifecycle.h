#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "shared/ApiError.h"
#include "shared/Callback.h"
#include "shared/CreateCallbackRequest.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <variant>

namespace ges {

class SqlReaderPool;
class GroupCommitWriter;
class CallbackCache;
class OrsAnnouncer;
class Metrics;

// The business rules of a callback's life: create (committed in PostgreSQL before it is
// acknowledged, then cached in Redis and announced to ORS), retrieve, cancel and the
// routing side's state reports. No HTTP and no SQL here.
class CallbackLifecycle : public QObject
{
    Q_OBJECT
public:
    CallbackLifecycle(SqlReaderPool &reader, GroupCommitWriter &writer, CallbackCache &cache,
                      OrsAnnouncer &announcer, Metrics &metrics, QObject *parent = nullptr);

    void create(const Caller &caller, const CreateCallbackRequest &request, OutcomeHandler done);
    void retrieveById(const Caller &caller, const QString &id, OutcomeHandler done);
    void retrieveByPhone(const Caller &caller, const QString &phone, const QString &service,
                         OutcomeHandler done);
    void cancel(const Caller &caller, const QString &id, OutcomeHandler done);
    // Routing side: caller.tenant is empty (any tenant), authenticated by ROUTING-TOKEN.
    void report(const Caller &caller, const QString &id, CallbackState state, const QString &reason,
                OutcomeHandler done);

private:
    void store(const Caller &caller, const Callback &callback, const QString &virtualQueue,
               OutcomeHandler done);
    void withQueueFacts(Callback callback, std::function<void(const Callback &)> done);
    void changeState(const Caller &caller, const QString &id, const QList<CallbackState> &from,
                     CallbackState to, const QString &reason,
                     std::function<void(const Callback &)> onMoved, OutcomeHandler done);

    SqlReaderPool &m_reader;
    GroupCommitWriter &m_writer;
    CallbackCache &m_cache;
    OrsAnnouncer &m_announcer;
    Metrics &m_metrics;
};

} // namespace ges
