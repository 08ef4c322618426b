#pragma once
#include "AnswerDeadlines.h"
#include "DbResult.h"
#include "DbSettings.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace ges {

// One connection on one thread.
class SqlWorker : public QObject
{
    Q_OBJECT
public:
    SqlWorker(const DbSettings &settings, QString connectionName);
    ~SqlWorker() override;
    // nullptr when the database cannot be reached.
    QSqlDatabase *database();
    void markBroken();

private:
    DbSettings m_settings;
    QString m_name;
    QSqlDatabase m_db;
};

// Reads run here: a few worker threads, each owning its PostgreSQL connection (opened on
// first use, reopened after the server went away). Results come back on the caller's
// thread through `context`, so the event loop never waits for SQL.
class SqlReaderPool : public QObject
{
    Q_OBJECT
public:
    SqlReaderPool(const DbSettings &settings, int threads, QObject *parent = nullptr);

    // A read not answered by then fails as unavailable (503): a frozen database must not
    // hold requests for ever (docs/reliability.md, "Faults").
    // DB_ANSWER_TIMEOUT_SECONDS; set before the first job.
    void setAnswerDeadline(int ms) { m_deadlines.setDeadline(ms); }
    ~SqlReaderPool() override;

    template <class T>
    void run(QObject *context, std::function<DbResult<T>(QSqlDatabase &)> job,
             std::function<void(DbResult<T>)> done)
    {
        // `done` may hold the last reference to a request: it is moved to, and dropped on,
        // the caller's thread, never released on the worker. Answered once: by the worker,
        // or by the deadline when a hung database (open connection, no answer) holds it.
        auto pending = m_deadlines.watch<DbResult<T>>(
            context, std::move(done),
            DbError::unavailable(QStringLiteral("no answer from the database in time")));
        post([context, job = std::move(job), pending](SqlWorker *worker) mutable {
            auto attempt = [&]() -> DbResult<T> {
                QSqlDatabase *db = worker ? worker->database() : nullptr;
                if (!db)
                    return DbError::unavailable(QStringLiteral("database unavailable"));
                return job(*db);
            };
            DbResult<T> result = attempt();
            if (worker && !result.ok() && result.error().kind == DbError::Kind::Unavailable) {
                // A stale connection (the database restarted): reads are safe to retry once.
                worker->markBroken();
                result = attempt();
                if (!result.ok() && result.error().kind == DbError::Kind::Unavailable)
                    worker->markBroken();
            }
            AnswerDeadlines::answer(context, std::move(pending), std::move(result));
        });
    }

    // Joins the worker threads; later jobs are answered "unavailable" (shutdown).
    void stop();

private:
    AnswerDeadlines m_deadlines;
    // Runs the task on a worker thread (nullptr worker: the pool is stopped).
    void post(std::function<void(SqlWorker *)> task);

    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<SqlWorker *> m_workers;
    std::atomic<unsigned> m_next{0};
    bool m_stopped = false;
};

} // namespace ges
