#include "SqlReaderPool.h"
#include "PreparedQueries.h"
#include "ops/Log.h"

namespace ges {

SqlWorker::SqlWorker(const DbSettings &settings, QString connectionName)
    : m_settings(settings), m_name(std::move(connectionName))
{
}

SqlWorker::~SqlWorker()
{
    prepared::forget(m_name);
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase *SqlWorker::database()
{
    if (m_db.isValid() && m_db.isOpen())
        return &m_db;
    QString error;
    m_db = m_settings.open(m_name, &error);
    if (!m_db.isOpen()) {
        log::warn("store", QStringLiteral("cannot connect to PostgreSQL"), {{"error", error}});
        return nullptr;
    }
    return &m_db;
}

void SqlWorker::markBroken()
{
    if (m_db.isValid())
        m_db.close();
}

SqlReaderPool::SqlReaderPool(const DbSettings &settings, int threads, QObject *parent)
    : QObject(parent)
{
    for (int i = 0; i < threads; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("sql-read-%1").arg(i));
        auto *worker = new SqlWorker(settings, QStringLiteral("ges-read-%1").arg(i));
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_workers.push_back(worker);
        m_threads.push_back(std::move(thread));
    }
}

SqlReaderPool::~SqlReaderPool()
{
    stop();
}

void SqlReaderPool::stop()
{
    m_stopped = true;
    for (auto &thread : m_threads) {
        thread->quit();
        thread->wait();
    }
}

void SqlReaderPool::post(std::function<void(SqlWorker *)> task)
{
    if (m_stopped) {
        task(nullptr); // answers "unavailable" through the caller's context
        return;
    }
    SqlWorker *worker = m_workers[m_next++ % m_workers.size()];
    QMetaObject::invokeMethod(
        worker, [this, worker, task = std::move(task)] { task(worker); }, Qt::QueuedConnection);
}

} // namespace ges
