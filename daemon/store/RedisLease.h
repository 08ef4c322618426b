#pragma once
#include "RedisClient.h"

#include <QDeadlineTimer>
#include <functional>
#include <memory>

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
    // The same for rounds on a timer, at the least Redis cost (docs/performance.md): the
    // holder renews only once less than half of `ttlMs` is left (before that it knows it
    // holds the lease without asking), and a node that does not hold it tries one
    // SET NX. A holder that lost the lease meanwhile (Redis emptied) may then work beside
    // the new one for the rest of its term, which the work must allow anyway.
    void hold(int ttlMs, std::function<void(bool)> done);
    // Deletes the lease only if this node holds it (compare-and-delete of our token, so a
    // lease that lapsed and went to another node stays theirs). `done(released)`.
    void release(std::function<void(bool)> done = {});

private:
    RedisClient &m_redis;
    const char *m_name;
    QByteArray m_node;
    // Until when this node holds the lease, as far as it knows; shared with the replies
    // that set it, which may arrive after the owner is gone.
    std::shared_ptr<QDeadlineTimer> m_heldUntil = std::make_shared<QDeadlineTimer>();
};

} // namespace ges
