#pragma once
#include "BackgroundRound.h"
#include "store/RedisLease.h"

#include <QObject>
#include <QTimer>

namespace ges {

class SqlReaderPool;
class GroupCommitWriter;
class DueIndex;
class CallbackCache;
class CallbackAnnouncer;

// Background work one node does at a time, under a lease (DESIGN.md §5):
// - sweep: scheduled callbacks overdue in PostgreSQL but missing from the Redis index
//   (created while Redis was down) are indexed again;
// - outbox: queued callbacks whose announcement to the routing side failed are announced;
// - purge: callbacks 14 days past their desired time are deleted from PostgreSQL and Redis,
//   idempotency keys after 24 hours, slot bookings after 15 days; expired call-in
//   requests are marked EXPIRED and deleted 14 days after their expiry.
// Each step is safe if two nodes ever ran it at once.
class Housekeeping : public QObject
{
    Q_OBJECT
public:
    static constexpr int kOverdueSeconds = 30;
    static constexpr int kUnannouncedSeconds = 60;

    Housekeeping(RedisClient &redis, SqlReaderPool &reader, GroupCommitWriter &writer,
                 DueIndex &due, CallbackCache &cache, CallbackAnnouncer &announcer,
                 const QString &node, QObject *parent = nullptr);

    void start(int intervalMs);
    // Shutting down (GracefulShutdown): no new round, and the round in hand ends at its
    // next step; `idle()` once it has. Then the lease goes back (releaseLease), so another
    // node takes over at once instead of when it lapses; not while a round is busy(), or
    // two nodes would work at once (the outbox has no fence: announced twice).
    void stopWhenIdle(std::function<void()> idle);
    bool busy() const { return m_round.busy(); }
    void releaseLease(std::function<void(bool)> done) { m_lease.release(std::move(done)); }

Q_SIGNALS:
    void roundDone(int swept, int announced, int purged);

private:
    void round();
    void sweep();
    void outbox(int swept);
    void purge(int swept, int announced, int purged);
    void finish(int swept, int announced, int purged);

    SqlReaderPool &m_reader;
    GroupCommitWriter &m_writer;
    DueIndex &m_due;
    CallbackCache &m_cache;
    CallbackAnnouncer &m_announcer;
    RedisLease m_lease;
    QTimer m_timer;
    BackgroundRound m_round;
};

} // namespace ges
