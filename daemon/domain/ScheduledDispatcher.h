#pragma once
#include <QObject>
#include <QTimer>

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

    void start(int intervalMs = 1000);
    void stop();

private:
    void tick();
    void dispatch(const QStringList &ids);
    void finished(bool more);

    DueIndex &m_due;
    GroupCommitWriter &m_writer;
    CallbackCache &m_cache;
    CallbackAnnouncer &m_announcer;
    QTimer m_timer;
    bool m_busy = false;
    int m_ticks = 0;
};

} // namespace ges
