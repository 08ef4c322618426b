#include "PreparedQueries.h"

#include <QMutex>
#include <memory>
#include <unordered_map>

namespace ges::prepared {

namespace {
using Statements = std::unordered_map<QString, std::unique_ptr<QSqlQuery>>;

// Connections live on several threads (writer, readers); each uses only its own entry,
// so the lock guards the map, not the statements.
QMutex &lock()
{
    static QMutex mutex;
    return mutex;
}
std::unordered_map<QString, Statements> &byConnection()
{
    static std::unordered_map<QString, Statements> map;
    return map;
}
} // namespace

QSqlQuery &query(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery *kept = nullptr;
    {
        QMutexLocker locked(&lock());
        auto &statements = byConnection()[db.connectionName()];
        auto found = statements.find(sql);
        if (found != statements.end())
            kept = found->second.get();
    }
    if (kept) {
        kept->finish();
        return *kept;
    }
    // Kept even when it does not prepare: its exec() then reports the error, and a
    // broken connection is reopened, which forgets it.
    auto fresh = std::make_unique<QSqlQuery>(db);
    fresh->prepare(sql);
    QMutexLocker locked(&lock());
    auto &slot = byConnection()[db.connectionName()][sql];
    slot = std::move(fresh);
    return *slot;
}

void forget(const QString &connectionName)
{
    Statements dropped;
    {
        QMutexLocker locked(&lock());
        auto found = byConnection().find(connectionName);
        if (found == byConnection().end())
            return;
        dropped = std::move(found->second);
        byConnection().erase(found);
    }
    // Destroyed outside the lock; DEALLOCATE, if the connection is still open.
}

} // namespace ges::prepared
