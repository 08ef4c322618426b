#pragma once
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <functional>
#include <memory>
#include <utility>

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

    // A job's `done`, answered exactly once on `context`'s thread: by answer(), or with
    // `late` when the deadline passes first (a later answer is then dropped).
    template <class R> using Pending = std::shared_ptr<std::function<void(R)>>;
    template <class R> Pending<R> watch(QObject *context, std::function<void(R)> done, R late)
    {
        auto pending = std::make_shared<std::function<void(R)>>(std::move(done));
        add(context, [pending, late = std::move(late)] {
            if (auto d = std::exchange(*pending, {}))
                d(late);
        });
        return pending;
    }
    // Called from any thread: `done` (maybe the last reference to a request) is moved to,
    // and released on, the caller's thread, never on a database thread.
    template <class R> static void answer(QObject *context, Pending<R> pending, R value)
    {
        QMetaObject::invokeMethod(
            context,
            [pending = std::move(pending), value = std::move(value)] {
                if (auto d = std::exchange(*pending, {}))
                    d(value);
            },
            Qt::QueuedConnection);
    }

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
