#pragma once
#include "BackgroundRound.h"
#include "store/RedisLease.h"

#include <QObject>
#include <QTimer>

namespace ges {

class RedisClient;
class SqlReaderPool;
class DueIndex;
class CallbackCache;

// Redis may be emptied or replaced at any moment (DESIGN.md §3, §6). Every node checks a
// generation marker; when it is gone, one node (under a lease) refills the schedule index
// and the service queues from PostgreSQL and sets a new marker. Callback copies come back
// on their own: a read falls back to PostgreSQL.
class WorkingSetRebuilder : public QObject
{
    Q_OBJECT
public:
    WorkingSetRebuilder(RedisClient &redis, SqlReaderPool &reader, DueIndex &due,
                        CallbackCache &cache, const QString &node, QObject *parent = nullptr);

    // A slow safety net: the dispatcher's look (ScheduledDispatcher::workingSetMissing)
    // and every reconnect to Redis call check() as soon as the marker can be gone.
    void start(int intervalMs = 60000);
    // Rebuilds if the generation marker is gone (one GET, then the lease).
    void check();
    // Shutting down (GracefulShutdown): no new round, and a rebuild in hand stops at its
    // next page without renewing the lease (it is left unfinished: no marker, so the next
    // holder rebuilds from the start); `idle()` once it has. Then the lease goes back
    // (releaseLease), but not while busy(): another node would rebuild beside this one.
    void stopWhenIdle(std::function<void()> idle);
    bool busy() const { return m_round.busy(); }
    void releaseLease(std::function<void(bool)> done) { m_lease.release(std::move(done)); }

Q_SIGNALS:
    void rebuilt(int scheduled, int queued);

private:
    void rebuildScheduled(const QString &afterId, int count);
    void rebuildQueued(const QString &afterId, int scheduled, int count);
    void fail(const QString &why);
    void cutShort();

    RedisClient &m_redis;
    SqlReaderPool &m_reader;
    DueIndex &m_due;
    CallbackCache &m_cache;
    RedisLease m_lease;
    QTimer m_timer;
    BackgroundRound m_round;
};

} // namespace ges
