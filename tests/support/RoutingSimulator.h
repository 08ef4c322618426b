#pragma once
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <memory>

namespace ges {
class RedisClient;
}

namespace ges::test {

// The routing side (ORS/URS) in miniature: reads new callbacks from the ORS stream as ORS
// does (XREAD), and reports each one ROUTING → PROCESSING → COMPLETED (CONNECTED) on the
// internal routing API with the routing token. Counts what it saw, so tests can tell a
// callback announced twice from one announced once.
class RoutingSimulator : public QObject
{
    Q_OBJECT
public:
    RoutingSimulator(quint16 orsPort, QString stream, QString internalUrl, QString token,
                     QObject *parent = nullptr);
    ~RoutingSimulator() override;

    // `complete`: walk each callback to COMPLETED; false: only read and count.
    void start(bool complete = true);
    // True once it reads the stream (wait for it before creating callbacks).
    bool isReading() const { return m_timer.isActive(); }

    int entries() const { return m_entries; }
    int distinctIds() const { return int(m_seen.size()); }
    int timesSeen(const QString &id) const { return m_seen.value(id); }
    int completed() const { return m_completed; }
    QStringList failures() const { return m_failures; }

private:
    void poll();
    void report(const QString &id, const QStringList &states);

    std::unique_ptr<RedisClient> m_redis;
    QByteArray m_stream;
    QString m_internalUrl;
    QByteArray m_token;
    QNetworkAccessManager m_http;
    QTimer m_timer;
    QByteArray m_lastId = "0-0";
    bool m_polling = false;
    bool m_complete = true;
    int m_entries = 0;
    int m_completed = 0;
    QHash<QString, int> m_seen;
    QStringList m_failures;
};

} // namespace ges::test
