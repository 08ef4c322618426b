#pragma once
#include "RedisClient.h"

#include <QDateTime>
#include <QStringList>
#include <functional>
#include <optional>

namespace ges {

// The schedule index in Redis (DESIGN.md §5): scheduled callbacks by due time. A node
// claims due callbacks atomically, so two nodes never get the same one; a claim is a
// lease, and claims of a node that died return to the index when their lease ends.
// PostgreSQL stays the final fence (a conditional UPDATE); this index only decides who
// tries, and costs Redis work when a callback becomes due, not while it waits.
class DueIndex
{
public:
    explicit DueIndex(RedisClient &redis) : m_redis(redis) {}

    void add(const QString &id, const QDateTime &due, std::function<void(bool)> done = {});
    // Many at once (rebuilding from PostgreSQL): ids with their due times.
    void addMany(const QList<QPair<QString, QDateTime>> &entries, std::function<void(bool)> done);
    void remove(const QString &id);
    // Claims up to `max` callbacks due at `now`, each leased for `leaseMs`.
    void claim(const QDateTime &now, int max, int leaseMs, std::function<void(QStringList)> done);
    // Ends the claims of callbacks that were handled.
    void release(const QStringList &ids);
    // Gives claims back before their lease ends (a node shutting down with a batch in
    // hand): each id still claimed with `leaseEnd` (the claim's own, so not another
    // node's later claim) returns to the index, due at once. `done(count)`.
    void returnClaims(const QStringList &ids, const QDateTime &leaseEnd,
                      std::function<void(int)> done);
    // Returns expired claims to the index, due at once. `done(count)`.
    void reclaimExpired(const QDateTime &now, std::function<void(int)> done = {});
    // What the dispatcher needs between due times, in three plain commands sent together:
    // whether the working set is complete (the generation marker), the earliest due time
    // and the earliest end of a claim lease (ms since the epoch; -1: none).
    struct Peek
    {
        bool answered = false;
        bool complete = false;
        qint64 nextDueMs = -1;
        qint64 nextClaimEndMs = -1;
    };
    void peek(std::function<void(const Peek &)> done);

    // Called with the due time of every entry this node adds, so its dispatcher can wake
    // then instead of polling; not called for entries other nodes add.
    void setOnAdded(std::function<void(const QDateTime &)> onAdded)
    {
        m_onAdded = std::move(onAdded);
    }

private:
    RedisClient &m_redis;
    std::function<void(const QDateTime &)> m_onAdded;
};

} // namespace ges
