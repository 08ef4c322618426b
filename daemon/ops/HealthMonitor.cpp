#include "HealthMonitor.h"
#include "AlertCounters.h"
#include "Metrics.h"
#include "store/RedisClient.h"
#include "store/SqlReaderPool.h"

#include <QSqlQuery>

namespace ges {

HealthMonitor::HealthMonitor(RedisClient &redis, RedisClient &orsRedis, SqlReaderPool &reader,
                             Metrics &metrics, QString node, QObject *parent)
    : QObject(parent), m_redis(redis), m_orsRedis(orsRedis), m_reader(reader), m_metrics(metrics),
      m_node(std::move(node))
{
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::checkNow);
    connect(&m_redis, &RedisClient::ready, this,
            [this] { checkRedis(m_redis, m_redisStatus, "REDIS_STATUS"); });
    connect(&m_redis, &RedisClient::lost, this, [this](const QString &why) {
        setStatus(m_redisStatus, "REDIS_STATUS", false, 0, why);
    });
    connect(&m_orsRedis, &RedisClient::ready, this,
            [this] { checkRedis(m_orsRedis, m_orsStatus, "ORS_REDIS_STATUS"); });
    connect(&m_orsRedis, &RedisClient::lost, this, [this](const QString &why) {
        setStatus(m_orsStatus, "ORS_REDIS_STATUS", false, 0, why);
    });
}

void HealthMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    checkNow();
}

void HealthMonitor::checkNow()
{
    checkRedis(m_redis, m_redisStatus, "REDIS_STATUS");
    checkRedis(m_orsRedis, m_orsStatus, "ORS_REDIS_STATUS");
    checkPostgres();
}

void HealthMonitor::setStatus(Status &status, const char *gauge, bool up, double latencyMs,
                              const QString &error)
{
    status.up = up;
    status.latencyMs = latencyMs;
    status.error = error;
    status.checked = true;
    m_metrics.set(gauge, {}, up ? 0 : 1);
    if (m_alerts)
        m_alerts->record(&status == &m_redisStatus ? AlertCounters::Alert::Redis
                         : &status == &m_orsStatus ? AlertCounters::Alert::OrsRedis
                         : &status == &m_dbStatus  ? AlertCounters::Alert::Postgres
                                                   : AlertCounters::Alert::Gws,
                         up);
}

void HealthMonitor::checkRedis(RedisClient &client, Status &status, const char *gauge)
{
    QElapsedTimer timer;
    timer.start();
    client.command({"PING"}, [this, &status, gauge, timer](const RedisReply &r) {
        setStatus(status, gauge, !r.isError(), timer.nsecsElapsed() / 1e6,
                  r.isError() ? QString::fromUtf8(r.text) : QString());
    });
}

void HealthMonitor::checkPostgres()
{
    QElapsedTimer timer;
    timer.start();
    m_reader.run<Done>(
        this,
        [](QSqlDatabase &db) -> DbResult<Done> {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT 1")))
                return DbError::fromQuery(q);
            return Done{};
        },
        [this, timer](const DbResult<Done> &result) {
            setStatus(m_dbStatus, "DB_STATUS", result.ok(), timer.nsecsElapsed() / 1e6,
                      result.ok() ? QString() : result.error().message);
        });
}

void HealthMonitor::reportGws(bool up, double latencyMs, const QString &error)
{
    setStatus(m_gwsStatus, "GWS_STATUS", up, latencyMs, error);
}

QJsonObject HealthMonitor::toJson(const Status &status)
{
    QJsonObject json{{"status", !status.checked ? "UNKNOWN"
                                : status.up     ? "UP"
                                                : "DOWN"},
                     {"latencyMs", qRound(status.latencyMs * 100) / 100.0}};
    if (!status.error.isEmpty())
        json.insert("error", status.error);
    return json;
}

QJsonObject HealthMonitor::detail() const
{
    const bool gwsFine = m_gwsStatus.up || !m_gwsStatus.checked;
    const bool allUp = m_redisStatus.up && m_orsStatus.up && m_dbStatus.up && gwsFine;
    const bool coreDown = !m_dbStatus.up && !m_redisStatus.up;
    return QJsonObject{{"status", allUp      ? "UP"
                                  : coreDown ? "DOWN"
                                             : "DEGRADED"},
                       {"node", m_node},
                       {"version", QStringLiteral(GES_VERSION)},
                       {"dependencies", QJsonObject{{"redis", toJson(m_redisStatus)},
                                                    {"postgres", toJson(m_dbStatus)},
                                                    {"orsRedis", toJson(m_orsStatus)},
                                                    {"gws", toJson(m_gwsStatus)}}}};
}

} // namespace ges
