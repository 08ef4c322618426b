#pragma once
#include "config/HostPortList.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <functional>
#include <optional>

namespace ges {

class RedisClient;

// Finds the current primary of a Redis Sentinel deployment (REDIS_SENTINELS,
// REDIS_SENTINEL_MASTER): asks the sentinels in turn `SENTINEL get-master-addr-by-name`,
// each over a short-lived asynchronous RedisClient on this thread's event loop, and
// answers with the first address one of them gives. Nothing blocks; an unreachable or
// silent sentinel costs at most its reply timeout before the next one is asked.
class SentinelResolver : public QObject
{
    Q_OBJECT
public:
    using Endpoint = HostPort;
    // ok: host and port are the primary; otherwise error says what every sentinel said.
    using Done = std::function<void(bool ok, const QString &host, quint16 port,
                                    const QString &error)>;

    SentinelResolver(QList<Endpoint> sentinels, QString master, QString password,
                     QObject *parent = nullptr);
    ~SentinelResolver() override;

    // Starts a lookup; `done` runs once on this thread. A lookup still running is
    // abandoned (its callback never runs).
    void resolve(Done done);
    void cancel();
    QString master() const { return m_master; }
    // (ours) REDIS_SECURE: the sentinels are asked over TLS, verified with `tls`.
    void setTls(const QSslConfiguration &tls) { m_tls = tls; }

private:
    void askNext();
    void finishAttempt(RedisClient *client, const QString &problem);
    void retire(RedisClient *client);

    QList<Endpoint> m_sentinels;
    QString m_master, m_password;
    std::optional<QSslConfiguration> m_tls;
    Done m_done;
    int m_next = 0;
    int m_start = 0; // the sentinel that answered last is asked first next time
    QStringList m_problems;
    QPointer<RedisClient> m_client;
};

} // namespace ges
