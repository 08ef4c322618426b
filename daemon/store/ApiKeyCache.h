#pragma once
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>

namespace ges {

class RedisClient;
struct RedisReply;

// The API-key lookups this node has made, kept in memory so an external request learns
// its tenant without a Redis round trip, and dropped as soon as Redis says they changed.
//
// A connection of its own has Redis's tracking on (CLIENT TRACKING … BCAST PREFIX
// ges:apikey, redirected to itself, subscribed to __redis__:invalidate), so every write,
// deletion, expiry or eviction of a cached lookup (ges:apikey:*) or of a revocation marker
// (ges:apikey-revoked:*), and every FLUSHALL, reaches this node as a message. An entry is
// believed only while that connection is subscribed and has nothing unread: a message
// that has reached this host always wins over a request read after it. Redis sends the
// message before it answers the revocation, so a request sent after the revocation was
// answered is refused here too, unless the message is delayed on its way longer than
// that answer takes to reach the client and the request to come back.
// When tracking cannot be had (connection down, Redis too old, a user without CLIENT),
// nothing is believed and every lookup asks Redis, as before the cache existed.
class ApiKeyCache : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString tenant;
        QString prefix;
        qint64 untilMs = 0; // when the Redis entry it was read from expires
    };

    // `commands`: the node's Redis connection, whose loss (a restart, a failover) makes
    // the tracking connection start again. `invalidations`: the tracking connection, used
    // for nothing else; started here.
    ApiKeyCache(RedisClient &commands, RedisClient &invalidations, QObject *parent = nullptr);

    void start();
    std::optional<Entry> find(const QByteArray &keyHash) const;
    // Counts what could have made a lookup stale: messages, connection changes.
    quint64 generation() const { return m_generation; }
    // Keeps a lookup read from Redis, unless something changed since it was asked for
    // (`generationAsked`) or the entry is expired already.
    void remember(const QByteArray &keyHash, const Entry &entry, quint64 generationAsked);
    void forget(const QByteArray &keyHash);
    bool isTracking() const { return m_tracking; }
    qsizetype size() const { return m_entries.size(); }

    // How long an entry is kept at most, whatever its Redis entry says.
    static constexpr qint64 kMaxAgeMs = 60'000;

private:
    void track();
    void subscribed(const RedisReply &reply);
    void refused(const RedisReply &reply);
    void invalidate(const RedisReply &message);
    void stopTracking(const QString &reason);
    void dropAll();

    RedisClient &m_commands;
    RedisClient &m_invalidations;
    QHash<QByteArray, Entry> m_entries; // key: the key's SHA-256
    quint64 m_generation = 0;
    bool m_tracking = false;
    QTimer m_heartbeat;
};

} // namespace ges
