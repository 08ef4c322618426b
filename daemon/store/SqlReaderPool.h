#pragma once
#include "DbResult.h"
#include "DbSettings.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace ges {

class SqlWorker;

// Reads run here: a few worker threads, each owning its PostgreSQL connection (opened on
// first use, reopened after the server went away). Results come back on the caller's
// thread through `context`, so the event loop never waits for SQL.
class SqlReaderPool : public QObject
{
    Q_OBJECT
public:
    SqlReaderPool(const DbSettings &settings, int threads, QObject *parent = nullptr);
    ~SqlReaderPool() override;

    template <class T>
    void run(QObject *context, std::function<DbResult<T>(QSqlDatabase &)> job,
             std::function<void(DbResult<T>)> done)
    {
        post([context, job = std::move(job), done = std::move(done)](QSqlDatabase *db) {
            DbResult<T> result =
                db ? job(*db)
                   : DbResult<T>(DbError::unavailable(QStringLiteral("database unavailable")));
            const bool broken = !result.ok() && result.error().kind == DbError::Kind::Unavailable;
            QMetaObject::invokeMethod(
                context, [done, result = std::move(result)] { done(result); },
                Qt::QueuedConnection);
            return broken;
        });
    }

    int pending() const { return m_pending.load(); }

private:
    // The task returns true when the connection looks broken and must be reopened.
    void post(std::function<bool(QSqlDatabase *)> task);

    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<SqlWorker *> m_workers;
    std::atomic<int> m_pending{0};
    std::atomic<unsigned> m_next{0};
};

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

} // namespace ges
