#pragma once
#include "RedisClient.h"
#include "shared/Callback.h"

#include <functional>
#include <optional>

namespace ges {

// The callback part of the Redis working set: each callback packed (CallbackPacking.h;
// expiring with it)
// and, for QUEUED callbacks, their service queue ordered by enqueue time, from which the
// position in queue is read. Redis may lose all of it; PostgreSQL stays the record.
class CallbackCache
{
public:
    explicit CallbackCache(RedisClient &redis) : m_redis(redis) {}

    // Stores the callback and its queue membership in one atomic step, unless Redis
    // already holds a newer version of it (nodes may write out of order). `done(ok)`.
    void put(const Callback &callback, std::function<void(bool)> done = {});
    // A callback just created (version 1): stored unless a newer version is there, and
    // for a QUEUED one its 1-based position in the same call (nothing when Redis cannot
    // say). Fewer commands than put() + position() (docs/performance.md).
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
    RedisClient &m_redis;
};

} // namespace ges
