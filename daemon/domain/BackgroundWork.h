#pragma once
#include <QObject>

#include <functional>

namespace ges {

class ScheduledDispatcher;
class WorkingSetRebuilder;
class Housekeeping;
class PushEwtWatcher;
class PushSender;
class GroupCommitWriter;

// The node's background work as one thing to stop when it shuts down (GracefulShutdown):
// first no new rounds, and the rounds in hand end; then what it holds in Redis goes back
// (dispatch claims, the leases of rebuild, housekeeping and push-ewt) so other nodes take
// over at once instead of when the leases lapse, and the writer commits what it was given.
// A lease whose round is still busy (the wait for idle ran out) is not released: it lapses,
// so no other node works beside the round. Nothing here waits: each step reports when
// Redis or PostgreSQL has answered; GracefulShutdown bounds the wait.
class BackgroundWork : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        ScheduledDispatcher &dispatcher;
        WorkingSetRebuilder &rebuilder;
        Housekeeping &housekeeping;
        PushEwtWatcher *pushEwtWatcher; // null: push disabled
        PushSender *pushSender;         // null: push disabled
        GroupCommitWriter &writer;
    };
    explicit BackgroundWork(Parts parts, QObject *parent = nullptr);

    // No new rounds anywhere; `idle()` once the dispatch batch and the housekeeping,
    // rebuild and push-ewt rounds in hand are all over.
    void stop(std::function<void()> idle);
    // Returns claims, releases the leases of idle work, flushes the writer;
    // `done(leasesReleased, claimsReturned)` once every answer is in. The names of leases
    // left to lapse (their round still busy) are logged.
    void release(std::function<void(int, int)> done);

private:
    Parts m_parts;
};

} // namespace ges
