#pragma once
#include "Caller.h"
#include "Outcome.h"

#include <QObject>
#include <QStringList>

namespace ges {

class SqlReaderPool;
class CallbackCache;
class WaitEstimator;

// The admin Queues view in one call: per service of the tenants, open/closed, callbacks by
// state, completed today, the Redis queue length, the EWT and booked/free slots for the
// coming days. One reader job holds all the SQL (services, one GROUP BY for the counts, the
// bookings of every service at once); the Redis reads of all services go out together.
class QueueOverview : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxDays = 14;

    QueueOverview(SqlReaderPool &reader, CallbackCache &cache, WaitEstimator &estimator,
                  QObject *parent = nullptr);

    // `tenants` empty: all. {"queues": [...]}
    void view(const Caller &caller, const QStringList &tenants, int days, OutcomeHandler done);

private:
    SqlReaderPool &m_reader;
    CallbackCache &m_cache;
    WaitEstimator &m_estimator;
};

} // namespace ges
