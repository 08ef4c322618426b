#pragma once
#include "RedisClient.h"

#include <functional>

namespace ges {

// A named lease in Redis held by one node at a time (work done by one node: purge,
// rebuild). Taken when free, renewed by its holder; it lapses by itself when the holder
// dies. A lease only decides who works: the work itself must stay safe if done twice.
class RedisLease
{
public:
    RedisLease(RedisClient &redis, const char *name, QString node)
        : m_redis(redis), m_name(name), m_node(std::move(node).toUtf8())
    {
    }

    // `done(held)`: true when this node holds the lease for `ttlMs` from now.
    void acquire(int ttlMs, std::function<void(bool)> done);
    // Deletes the lease only if this node holds it (compare-and-delete of our token, so a
    // lease that lapsed and went to another node stays theirs). `done(released)`.
    void release(std::function<void(bool)> done = {});

private:
    RedisClient &m_redis;
    const char *m_name;
    QByteArray m_node;
};

} // namespace ges
