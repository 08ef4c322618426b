#pragma once
#include "BackgroundRound.h"
#include "store/PushOutboxRecords.h"
#include "store/RedisLease.h"

#include <QObject>
#include <QTimer>

namespace ges {

class SqlReaderPool;
class GroupCommitWriter;
class CallbackCache;
class WaitEstimator;

// The "about to be called" push (docs/push.md): a QUEUED callback that asked for pushes
// gets one when its estimated wait falls to its service's pushEwtThreshold or below.
// The EWT of a waiting callback changes without any event of its own (others ahead are
// served, the measured rate moves), so it is polled: every few seconds one node (a lease)
// reads the watched callbacks (a small partial index: queued, with pushes, not yet told),
// estimates each at its position, and adds the push for those under the threshold. The
// outbox's unique index keeps it to one push even if two nodes ever looked at once.
class PushEwtWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBatch = 2000;

    PushEwtWatcher(RedisClient &redis, SqlReaderPool &reader, GroupCommitWriter &writer,
                   CallbackCache &cache, WaitEstimator &estimator, const QString &node,
                   QObject *parent = nullptr);

    void start(int intervalMs = 5000);
    // Shutting down (GracefulShutdown): no new round, and the round in hand ends at its
    // next step; `idle()` once it has. Then the lease goes back (releaseLease), so another
    // node takes over at once instead of when it lapses; not while a round is busy().
    void stopWhenIdle(std::function<void()> idle);
    bool busy() const { return m_round.busy(); }
    void releaseLease(std::function<void(bool)> done) { m_lease.release(std::move(done)); }

private:
    void round();
    void check(const QList<PushWatch> &watched);
    void add(const QList<QPair<QString, int>> &due);

    SqlReaderPool &m_reader;
    GroupCommitWriter &m_writer;
    CallbackCache &m_cache;
    WaitEstimator &m_estimator;
    RedisLease m_lease;
    QTimer m_timer;
    int m_intervalMs = 5000;
    BackgroundRound m_round;
};

} // namespace ges
