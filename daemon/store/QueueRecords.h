#pragma once
#include "DbResult.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace ges {

// Callbacks of one service by state, for the admin Queues view.
struct QueueCounts
{
    QHash<QString, qint64> byState; // SCHEDULED, QUEUED, ROUTING, PROCESSING
    qint64 completedToday = 0;
};

// Where "today" begins for one service (its local midnight, in UTC).
struct QueueDay
{
    QString tenant;
    QString service;
    QDateTime since;
};

// SQL of the Queues view (worker threads only). Keys are queueKey(tenant, service).
namespace QueueRecords {
QString queueKey(const QString &tenant, const QString &service);
// Active callbacks by state over all services of `tenants` (empty: all) in one GROUP BY
// (index callbacks_active_by_state, 0006), and each service's completions since its `since`.
DbResult<QHash<QString, QueueCounts>> counts(QSqlDatabase &db, const QStringList &tenants,
                                             const QList<QueueDay> &days);
// Booked counts of every slot of `tenants` starting in [from, to), by slot start (ms).
DbResult<QHash<QString, QHash<qint64, int>>> bookings(QSqlDatabase &db, const QStringList &tenants,
                                                      const QDateTime &from, const QDateTime &to);
} // namespace QueueRecords

} // namespace ges
