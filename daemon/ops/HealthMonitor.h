#pragma once
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace ges {

class RedisClient;
class SqlReaderPool;
class Metrics;
class AlertCounters;

// Checks each dependency in the background (every 15 s, and at once when a connection
// drops or returns) and keeps the last result, so /health/detail never waits on a
// dependency inside the request. Sets the REDIS_STATUS / DB_STATUS / ORS_REDIS_STATUS gauges.
// GWS is not polled (each tenant has its own client; there is no one GWS to ask): its
// status and GWS_STATUS follow the outcome of the last real call (reportGws), and stay
// UNKNOWN, without degrading the whole, until the first one.
// A check's answer may never come (a stopped PostgreSQL answers nothing): after
// kDeadlineMs it counts as failed, and no other check of that dependency is sent while it
// is outstanding (each periodic check it holds up counts as one more failure). The alert
// counters are fed by check results only, not by the connection's `lost` signal, which
// fires at every failed reconnect attempt (100, 200, 400 ms...): a Redis restart within a
// check interval or two must not raise an alert.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    HealthMonitor(RedisClient &redis, RedisClient &orsRedis, SqlReaderPool &reader,
                  Metrics &metrics, QString node, QObject *parent = nullptr);

    void start(int intervalMs = 15000);
    void checkNow();
    QJsonObject detail() const;
    // up: GWS gave an HTTP answer below 500 (GwsClient::reachability).
    void reportGws(bool up, double latencyMs, const QString &error);
    static constexpr int kDeadlineMs = 5000;
    // Each check (and each real GWS call) also feeds the alert counters.
    void setAlertCounters(AlertCounters *alerts) { m_alerts = alerts; }

private:
    struct Status
    {
        bool up = false;
        double latencyMs = 0;
        QString error;
        bool checked = false;
        // The check in flight, if any.
        bool pending = false;
        bool failureCounted = false; // its deadline passed and counted as a failure
        QElapsedTimer sent;
        quint64 serial = 0; // tells the deadline which check it belongs to
    };
    void checkRedis(RedisClient &client, Status &status, const char *gauge, bool periodic);
    void checkPostgres(bool periodic);
    bool begin(Status &status, const char *gauge, bool periodic);
    void overdue(Status &status, const char *gauge);
    void answered(Status &status, const char *gauge, bool up, const QString &error);
    void alert(const Status &status, bool up);
    void setStatus(Status &status, const char *gauge, bool up, double latencyMs,
                   const QString &error);
    static QJsonObject toJson(const Status &status);

    RedisClient &m_redis;
    RedisClient &m_orsRedis;
    SqlReaderPool &m_reader;
    Metrics &m_metrics;
    QString m_node;
    QTimer m_timer;
    Status m_redisStatus, m_orsStatus, m_dbStatus, m_gwsStatus;
    AlertCounters *m_alerts = nullptr;
};

} // namespace ges
