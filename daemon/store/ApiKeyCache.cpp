#include "ApiKeyCache.h"
#include "RedisClient.h"
#include "RedisKeys.h"
#include "ops/Log.h"

#include <QDateTime>

namespace ges {

namespace {
constexpr char kChannel[] = "__redis__:invalidate";
// Keys are few (one per integration); the bound only stops a flood of distinct keys.
constexpr qsizetype kMaxEntries = 10'000;
// A silently dead tracking connection is found by its unanswered PING (the client's
// reply watchdog); every 30 s keeps the node's idle Redis traffic small.
constexpr int kHeartbeatMs = 30'000;

// The key's SHA-256 from a tracked Redis key name; empty for any other name.
QByteArray hashOfKeyName(const QByteArray &name)
{
    const qsizetype colon = name.lastIndexOf(':');
    if (!name.startsWith(rediskeys::apiKeyFamily) || colon < 0)
        return {};
    return QByteArray::fromHex(name.mid(colon + 1));
}
} // namespace

ApiKeyCache::ApiKeyCache(RedisClient &commands, RedisClient &invalidations, QObject *parent)
    : QObject(parent), m_commands(commands), m_invalidations(invalidations)
{
    m_invalidations.setMessageHandler([this](const RedisReply &r) { invalidate(r); });
    connect(&m_invalidations, &RedisClient::ready, this, &ApiKeyCache::track);
    connect(&m_invalidations, &RedisClient::lost, this,
            [this](const QString &reason) { stopTracking(reason); });
    // The commands' Redis may have restarted or failed over while the tracking connection
    // stayed on the old one: start tracking again, wherever the sentinels point now.
    connect(&m_commands, &RedisClient::lost, this, [this](const QString &reason) {
        dropAll();
        m_invalidations.reconnect(QStringLiteral("the command connection was lost: ") + reason);
    });
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_tracking)
            m_invalidations.command({"PING"});
    });
}

void ApiKeyCache::start()
{
    m_invalidations.start();
    m_heartbeat.start();
}

void ApiKeyCache::track()
{
    m_invalidations.command({"CLIENT", "ID"}, [this](const RedisReply &id) {
        if (id.type != RedisReply::Type::Integer)
            return refused(id);
        m_invalidations.command(
            {"CLIENT", "TRACKING", "ON", "REDIRECT", QByteArray::number(id.integer), "BCAST",
             "PREFIX", rediskeys::apiKeyFamily},
            [this](const RedisReply &on) {
                if (on.isError())
                    return refused(on);
                m_invalidations.command({"SUBSCRIBE", kChannel},
                                        [this](const RedisReply &r) { subscribed(r); });
            });
    });
}

void ApiKeyCache::subscribed(const RedisReply &reply)
{
    const bool ok = reply.type == RedisReply::Type::Array && reply.elements.size() == 3 &&
                    reply.elements[0].text == "subscribe";
    if (!ok)
        return refused(reply);
    dropAll(); // whatever was kept before is no longer known to be current
    m_tracking = true;
    log::info("auth", QStringLiteral("API key lookups kept in memory, invalidated by Redis"));
}

void ApiKeyCache::refused(const RedisReply &reply)
{
    if (reply.lost)
        return; // the connection's lost() signal stops tracking
    log::warn("auth",
              QStringLiteral("Redis did not turn tracking on; API key lookups are not kept in "
                             "memory and every request asks Redis"),
              {{"error", QString::fromUtf8(reply.text)}});
    stopTracking(QString::fromUtf8(reply.text));
}

void ApiKeyCache::stopTracking(const QString &reason)
{
    const bool was = m_tracking;
    m_tracking = false;
    dropAll();
    if (was)
        log::warn("auth",
                  QStringLiteral("API key lookups not kept in memory until Redis tracking is "
                                 "back; every request asks Redis"),
                  {{"reason", reason}});
}

void ApiKeyCache::dropAll()
{
    m_entries.clear();
    ++m_generation;
}

void ApiKeyCache::invalidate(const RedisReply &message)
{
    ++m_generation;
    const RedisReply &keys = message.elements[2];
    if (keys.type != RedisReply::Type::Array) // nil: FLUSHALL or FLUSHDB
        return dropAll();
    for (const RedisReply &key : keys.elements)
        if (const QByteArray hash = hashOfKeyName(key.text); !hash.isEmpty())
            m_entries.remove(hash);
}

std::optional<ApiKeyCache::Entry> ApiKeyCache::find(const QByteArray &keyHash) const
{
    // A message already on its way in may be about this key: then only Redis knows.
    if (!m_tracking || m_entries.isEmpty() || m_invalidations.hasUnreadInput())
        return std::nullopt;
    const auto it = m_entries.constFind(keyHash);
    if (it == m_entries.cend() || it->untilMs <= QDateTime::currentMSecsSinceEpoch())
        return std::nullopt;
    return *it;
}

void ApiKeyCache::remember(const QByteArray &keyHash, const Entry &entry, quint64 generationAsked)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_tracking || generationAsked != m_generation || entry.untilMs <= now)
        return;
    if (m_entries.size() >= kMaxEntries)
        m_entries.clear();
    Entry kept = entry;
    kept.untilMs = qMin(entry.untilMs, now + kMaxAgeMs);
    m_entries.insert(keyHash, kept);
}

void ApiKeyCache::forget(const QByteArray &keyHash)
{
    ++m_generation;
    m_entries.remove(keyHash);
}

} // namespace ges
