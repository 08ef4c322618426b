#pragma once
#include "RedisClient.h"
#include "shared/Callback.h"

#include <QHash>
#include <QTimer>
#include <functional>
#include <optional>

namespace ges {

// The callback part of the Redis working set: each QUEUED callback packed
// (CallbackPacking.h; expiring with it) in its service queue, ordered by enqueue time,
// from which the position in queue is read. A SCHEDULED callback is only in the schedule
// index (DueIndex) until it comes due. A callback that stopped waiting keeps only a
// retired mark (its version, for an hour), so its later state changes cost Redis nothing;
// reads of callbacks not held whole go to PostgreSQL (docs/performance.md). Redis may lose
// all of it; PostgreSQL stays the record.
class CallbackCache
{
public:
    explicit CallbackCache(RedisClient &redis);

    // Whether the working set keeps the whole callback in this state (else a retired mark).
    static bool keepsWhole(CallbackState state);
    // Stores the callback (or, when it is not QUEUED, its retired mark) and its queue
    // membership in one atomic step, unless Redis already holds a newer version of it
    // (nodes may write out of order). `done(ok)`.
    void put(const Callback &callback, std::function<void(bool)> done = {});
    // As put(), for a callback Redis most likely holds nothing of (a SCHEDULED one coming
    // due, a rebuild): one read fewer when that is so, the same result when it is not.
    void putFirst(const Callback &callback, std::function<void(bool)> done = {});
    // A callback just created (version 1): a QUEUED one is stored unless a newer version
    // is there, and its 1-based position comes back in the same call (nothing when Redis
    // cannot say). Fewer commands than put() + position() (docs/performance.md). A
    // SCHEDULED one is not stored (nothing).
    void putNew(const Callback &callback, std::function<void(std::optional<int>)> done);
    // The cached callback with its tenant; nothing when absent or Redis is down.
    void get(const QString &id, std::function<void(std::optional<Callback>)> done);
    // How many callbacks are QUEUED in the service; nothing when Redis cannot say.
    void waiting(const QString &tenant, const QString &service,
                 std::function<void(std::optional<int>)> done);
    // Drops a callback from the working set (purged).
    void forget(const QString &tenant, const QString &service, const QString &id);
    // 1-based position among the QUEUED callbacks of its service, if queued.
    void position(const Callback &callback, std::function<void(std::optional<int>)> done);

private:
    void write(const Callback &callback, bool likelyAbsent, std::function<void(bool)> done);
    // A failed write is kept (the newest version per callback) and written again every
    // few seconds until Redis takes it: once a callback stops waiting, its later changes
    // write nothing to Redis, so a lost write would leave it in its queue (until its
    // expiry) rather than be corrected by the next one.
    void keepUnwritten(const Callback &callback);
    void writeAgain();

    // Late writes come from requests in flight on other nodes or from a rebuild page:
    // seconds, not hours.
    static constexpr qint64 kRetiredSeconds = 3600;
    static constexpr int kRetryMs = 2000;
    static constexpr int kMaxUnwritten = 100000; // beyond: a rebuild's job, not ours
    RedisClient &m_redis;
    QHash<QString, Callback> m_unwritten;
    QTimer m_retry;
};

} // namespace ges
