#pragma once
#include <QObject>

// The requests a tab has out: how many (its busy bar) and which answers are still wanted.
// begin() starts a new generation: the answers of earlier ones become stale, yet are still
// counted down when they come, for they are no longer in flight. invalidate() makes every
// answer still out stale the same way. reset() (a logout) goes further: the answers still
// out count for nothing, and the tracker is idle at once.
class RequestTracker : public QObject
{
    Q_OBJECT

public:
    // What a request's answer hands back to finish().
    struct Ticket
    {
        int epoch = 0;
        int generation = 0; // 0: a request that no later one makes stale (a delete)
    };

    explicit RequestTracker(QObject *parent = nullptr);

    Ticket begin(int requests = 1); // counts requests sharing one new generation
    Ticket track();                 // counts a request that starts no generation
    // Counts the answer's request down, unless reset() came since (then it counts for
    // nothing); true when the answer is still wanted.
    bool finish(const Ticket &ticket);
    void invalidate();
    void reset();
    bool isBusy() const { return m_pending > 0; }

signals:
    // As each request starts or ends, and on reset(): whether any is still out.
    void busyChanged(bool busy);

private:
    int m_pending = 0;
    int m_generation = 0;
    int m_epoch = 0;
};
