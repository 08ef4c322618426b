#include "GroupCommitWriter.h"
#include "PreparedQueries.h"
#include "ops/Log.h"

namespace ges {

namespace {
constexpr size_t kMaxBatch = 512;
const QString kConnection = QStringLiteral("ges-writer");
} // namespace

GroupCommitWriter::GroupCommitWriter(const DbSettings &settings, int maxQueued, QObject *parent)
    : QThread(parent), m_settings(settings), m_maxQueued(maxQueued)
{
    setObjectName(QStringLiteral("sql-writer"));
}

GroupCommitWriter::~GroupCommitWriter()
{
    stop();
}

void GroupCommitWriter::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_wake.wakeAll();
    wait();
}

void GroupCommitWriter::enqueue(Task task)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_stopping && m_queue.size() < size_t(m_maxQueued)) {
            m_queue.push_back(std::move(task));
            m_wake.wakeOne();
            return;
        }
    }
    const DbError busy = DbError::unavailable(QStringLiteral("write queue full or shutting down"));
    task.finish(&busy);
}

void GroupCommitWriter::run()
{
    QSqlDatabase db;
    for (;;) {
        std::deque<Task> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_queue.empty() && m_stopping)
                break;
            while (!m_queue.empty() && batch.size() < kMaxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        if (!db.isValid() || !db.isOpen()) {
            QString error;
            db = m_settings.open(kConnection, &error);
            if (!db.isOpen()) {
                log::warn("store", QStringLiteral("writer cannot connect to PostgreSQL"),
                          {{"error", error}});
                const DbError down = DbError::unavailable(QStringLiteral("database unavailable"));
                for (Task &task : batch)
                    task.finish(&down);
                continue;
            }
        }
        runBatch(db, batch);
    }
    prepared::forget(kConnection);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(kConnection);
}

bool GroupCommitWriter::applyWhole(QSqlDatabase &db, std::deque<Task> &batch)
{
    for (size_t i = 0; i < batch.size();) {
        size_t end = i + 1;
        while (batch[i].group && end < batch.size() && batch[end].group == batch[i].group)
            ++end;
        if (end - i == 1) {
            if (!batch[i].apply(db))
                return false;
        } else {
            std::vector<const void *> items;
            items.reserve(end - i);
            for (size_t k = i; k < end; ++k)
                items.push_back(batch[k].item.get());
            if (!batch[i].group->writeAll(db, items))
                return false;
            for (size_t k = i; k < end; ++k)
                batch[k].written();
        }
        i = end;
    }
    return true;
}

void GroupCommitWriter::runBatch(QSqlDatabase &db, std::deque<Task> &batch)
{
    auto failAll = [&](const DbError &error) {
        db.rollback();
        db.close(); // reconnect for the next batch; the connection may be gone
        for (Task &task : batch)
            task.finish(&error);
    };
    if (!db.transaction()) {
        // The connection may have died since the last batch (database restarted): one
        // fresh connection before giving up on the whole batch.
        db.close();
        QString error;
        db = m_settings.open(kConnection, &error);
        if (!db.isOpen() || !db.transaction())
            return failAll(DbError::unavailable(error.isEmpty() ? db.lastError().text() : error));
    }
    QSqlQuery control(db);
    const bool single = batch.size() == 1;
    std::vector<bool> failed(batch.size(), false);
    if (!single) {
        // First without savepoints (two round trips and a subtransaction per write,
        // docs/performance.md): nearly every batch goes through whole. Should a write
        // fail, the batch starts over with a savepoint around each.
        if (applyWhole(db, batch)) {
            if (!db.commit())
                return failAll({DbError::Kind::CommitUnknown, db.lastError().text()});
            for (Task &task : batch)
                task.finish(nullptr);
            return;
        }
        if (!db.rollback() || !db.transaction())
            return failAll(DbError::unavailable(db.lastError().text()));
    }
    for (size_t i = 0; i < batch.size(); ++i) {
        if (!single && !control.exec(QStringLiteral("SAVEPOINT w")))
            return failAll(DbError::fromQuery(control));
        const bool ok = batch[i].apply(db);
        failed[i] = !ok;
        if (single)
            break;
        if (!control.exec(ok ? QStringLiteral("RELEASE SAVEPOINT w")
                             : QStringLiteral("ROLLBACK TO SAVEPOINT w")))
            return failAll(DbError::fromQuery(control));
    }
    if (single && failed[0]) {
        db.rollback();
        batch[0].finish(nullptr); // the job's own error
        return;
    }
    if (!db.commit()) {
        // Whether the server applied the COMMIT before the connection broke cannot be
        // known here: never claim "nothing was written".
        return failAll({DbError::Kind::CommitUnknown, db.lastError().text()});
    }
    for (Task &task : batch)
        task.finish(nullptr);
}

} // namespace ges
