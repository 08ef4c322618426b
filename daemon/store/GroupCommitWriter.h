#pragma once
#include "AnswerDeadlines.h"
#include "DbResult.h"
#include "DbSettings.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace ges {

// All writes go through here (DESIGN.md §4): one thread owning one connection takes
// every write that is waiting, runs them in one transaction, commits once, and only then
// reports each result. Should one write fail, the batch runs again with each write in a
// savepoint, so it does not fail its neighbours (a job must be safe to run twice: all it
// does is in the rolled-back transaction). Requests arriving together share one commit,
// which is what makes a durable create fast. The queue is bounded: past `maxQueued` a
// write fails at once as unavailable, rather than memory growing without limit.
class GroupCommitWriter : public QThread
{
    Q_OBJECT
public:
    GroupCommitWriter(const DbSettings &settings, int maxQueued = 20000, QObject *parent = nullptr);

    // A write not answered by then is reported as of unknown outcome (503): a frozen
    // database must not hold requests for ever (docs/reliability.md, "Faults").
    // DB_ANSWER_TIMEOUT_SECONDS; set before the first job.
    void setAnswerDeadline(int ms) { m_deadlines.setDeadline(ms); }
    ~GroupCommitWriter() override;

    template <class T>
    void submit(QObject *context, std::function<DbResult<T>(QSqlDatabase &)> job,
                std::function<void(DbResult<T>)> done)
    {
        auto result = std::make_shared<std::optional<DbResult<T>>>();
        enqueue(makeTask<T>(context, std::move(job), std::move(done), result));
    }

    // Writes that can share one statement: consecutive jobs of one group in a batch are
    // written by `writeAll` at once (one round trip for all, not one each), and each is
    // answered `whenWritten`. Should that fail, the batch starts over and each job runs
    // alone, as any other write, so one bad row fails only its own request.
    struct WriteGroup
    {
        std::function<bool(QSqlDatabase &, const std::vector<const void *> &items)> writeAll;
    };
    template <class T, class Item>
    void submitGrouped(QObject *context, const WriteGroup &group, std::shared_ptr<const Item> item,
                       T whenWritten, std::function<DbResult<T>(QSqlDatabase &)> job,
                       std::function<void(DbResult<T>)> done)
    {
        auto result = std::make_shared<std::optional<DbResult<T>>>();
        Task task = makeTask<T>(context, std::move(job), std::move(done), result);
        task.group = &group;
        task.item = std::move(item);
        task.written = [result, whenWritten] { *result = DbResult<T>(whenWritten); };
        enqueue(std::move(task));
    }

    void stop();

protected:
    void run() override;

private:
    AnswerDeadlines m_deadlines;
    struct Task
    {
        std::function<bool(QSqlDatabase &)> apply;   // false: the job failed
        std::function<void(const DbError *)> finish; // batch error or null
        const WriteGroup *group = nullptr;           // set: may be written with its like
        std::shared_ptr<const void> item;            // what group->writeAll reads
        std::function<void()> written;               // group->writeAll wrote it
    };

    template <class T>
    Task makeTask(QObject *context, std::function<DbResult<T>(QSqlDatabase &)> job,
                  std::function<void(DbResult<T>)> done,
                  std::shared_ptr<std::optional<DbResult<T>>> result)
    {
        // Answered once, on the caller's thread: by the writer, or by the deadline when a
        // hung database (open connection, no answer) holds the write; the outcome is then
        // unknown (503, "look it up"), and the late result is dropped.
        auto pending = m_deadlines.watch<DbResult<T>>(
            context, std::move(done),
            DbError{DbError::Kind::CommitUnknown,
                    QStringLiteral("no answer from the database within the deadline")});
        return Task{[job = std::move(job), result](QSqlDatabase &db) {
                        *result = job(db);
                        return result->value().ok();
                    },
                    // Moves `done` (maybe the last reference to a request) to the
                    // caller's thread instead of releasing it on the writer thread.
                    [context, pending, result](const DbError *batchError) mutable {
                        AnswerDeadlines::answer(context, std::move(pending),
                                                batchError ? DbResult<T>(*batchError) : **result);
                    },
                    nullptr,
                    {},
                    {}};
    }
    void enqueue(Task task);
    void runBatch(QSqlDatabase &db, std::deque<Task> &batch);
    bool applyWhole(QSqlDatabase &db, std::deque<Task> &batch);

    DbSettings m_settings;
    int m_maxQueued;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Task> m_queue;
    bool m_stopping = false;
};

} // namespace ges
