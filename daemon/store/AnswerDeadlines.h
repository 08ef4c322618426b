#pragma once
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <functional>

namespace ges {

// The answer deadlines of database jobs (GroupCommitWriter, SqlReaderPool) with one timer
// for all of them. A QTimer::singleShot per job put ~15,000 timers in Qt's timer list at
// 1,500 creates/s, and since they expired in batches (coarse timers) and each expiry
// searches that list, the event loop stalled ~80 ms once a second (docs/performance.md).
// Every deadline has the same length, so they expire in the order they were added.
class AnswerDeadlines : public QObject
{
    Q_OBJECT
public:
    explicit AnswerDeadlines(QObject *parent = nullptr);

    void setDeadline(int ms) { m_ms = ms; }
    int deadline() const { return m_ms; }
    // `expire` runs on this object's thread about `deadline()` ms from now, unless
    // `context` is gone by then. It runs even when the job was answered: it checks.
    void add(QObject *context, std::function<void()> expire);
    int pending() const { return int(m_entries.size()); }

private:
    void sweep();
    void schedule();

    struct Entry
    {
        QDeadlineTimer at;
        QPointer<QObject> context;
        std::function<void()> expire;
    };
    int m_ms = 10000;
    std::deque<Entry> m_entries;
    QTimer m_timer;
};

} // namespace ges
