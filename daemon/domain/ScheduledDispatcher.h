#pragma once
#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <limits>

namespace ges {

class DueIndex;
class GroupCommitWriter;
class CallbackCache;
class CallbackAnnouncer;

// Turns scheduled callbacks into queued ones when their time comes, exactly once across
// all nodes (DESIGN.md §5): a node claims due callbacks atomically in Redis (a lease),
// moves them SCHEDULED → QUEUED with a conditional UPDATE in PostgreSQL (the fence),
// announces those it moved to the routing side, and ends its claims. Claims of a node
// that died return to the index when their lease ends; PostgreSQL keeps a late second
// attempt from moving or announcing anything twice.
class ScheduledDispatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBatch = 500;
    static constexpr int kLeaseMs = 30000;

    ScheduledDispatcher(DueIndex &due, GroupCommitWriter &writer, CallbackCache &cache,
                        CallbackAnnouncer &announcer, QObject *parent = nullptr);
    ~ScheduledDispatcher() override;

    // Looks every `peekMs` for work other nodes added (and for a lost working set), and
    // otherwise sleeps until the next due time it knows of (docs/performance.md).
    static constexpr int kPeekMs = 10000;
    void start(int peekMs = kPeekMs);
    void stop();
    // Shutting down (GracefulShutdown): no new batch; `done()` once the batch in hand is
    // finished (at once when there is none).
    void stopWhenIdle(std::function<void()> done);
    // The claims of a batch still unfinished go back to the index, so another node
    // dispatches them at once rather than after the claim lease (PostgreSQL's conditional
    // UPDATE stays the fence should this node's batch still complete). `done(count)`.
    void returnClaims(std::function<void(int)> done);

Q_SIGNALS:
    // The generation marker is gone: Redis lost its data (WorkingSetRebuilder).
    void workingSetMissing();

private:
    void tick();
    void claimDue(qint64 nowMs);
    void wakeAt(qint64 atMs);
    void sleepUntil(qint64 atMs);
    void dispatch(const QStringList &ids);
    void finished(bool more);

    DueIndex &m_due;
    GroupCommitWriter &m_writer;
    CallbackCache &m_cache;
    CallbackAnnouncer &m_announcer;
    QTimer m_timer;
    bool m_busy = false;
    bool m_stopped = false;
    QStringList m_held; // claimed by the batch in hand, until m_heldUntil
    QDateTime m_heldUntil;
    std::function<void()> m_whenIdle;
    int m_peekMs = kPeekMs;
    // The earliest due time this node added since its last look (LLONG_MAX: none).
    qint64 m_wakeAtMs = std::numeric_limits<qint64>::max();
};

} // namespace ges
