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
            [this] { checkRedis(m_redis, m_redisStatus, "REDIS_STATUS", false); });
    // A lost connection shows at once; the alert counters wait for the checks (.h).
    connect(&m_redis, &RedisClient::lost, this, [this](const QString &why) {
        setStatus(m_redisStatus, "REDIS_STATUS", false, 0, why);
    });
    connect(&m_orsRedis, &RedisClient::ready, this,
            [this] { checkRedis(m_orsRedis, m_orsStatus, "ORS_REDIS_STATUS", false); });
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
    checkRedis(m_redis, m_redisStatus, "REDIS_STATUS", true);
    checkRedis(m_orsRedis, m_orsStatus, "ORS_REDIS_STATUS", true);
    checkPostgres(true);
}

void HealthMonitor::setStatus(Status &status, const char *gauge, bool up, double latencyMs,
                              const QString &error)
{
    status.up = up;
    status.latencyMs = latencyMs;
    status.error = error;
    status.checked = true;
    m_metrics.set(gauge, {}, up ? 0 : 1);
}

void HealthMonitor::alert(const Status &status, bool up)
{
    if (m_alerts)
        m_alerts->record(&status == &m_redisStatus ? AlertCounters::Alert::Redis
                         : &status == &m_orsStatus ? AlertCounters::Alert::OrsRedis
                         : &status == &m_dbStatus  ? AlertCounters::Alert::Postgres
                                                   : AlertCounters::Alert::Gws,
                         up);
}

bool HealthMonitor::begin(Status &status, const char *gauge, bool periodic)
{
    if (status.pending) {
        // Still no answer: each periodic check it holds up, once the deadline has
        // counted, is one more failure.
        if (periodic && status.failureCounted)
            overdue(status, gauge);
        return false;
    }
    status.pending = true;
    status.failureCounted = false;
    status.sent.start();
    QTimer::singleShot(kDeadlineMs, this, [this, &status, gauge, serial = ++status.serial] {
        if (status.pending && !status.failureCounted && status.serial == serial)
            overdue(status, gauge);
    });
    return true;
}

void HealthMonitor::overdue(Status &status, const char *gauge)
{
    setStatus(status, gauge, false, status.sent.nsecsElapsed() / 1e6,
              QStringLiteral("no answer for %1 ms").arg(status.sent.elapsed()));
    alert(status, false);
    status.failureCounted = true;
}

void HealthMonitor::answered(Status &status, const char *gauge, bool up, const QString &error)
{
    status.pending = false;
    setStatus(status, gauge, up, status.sent.nsecsElapsed() / 1e6, error);
    if (up || !status.failureCounted) // a late failure was counted at its deadline
        alert(status, up);
}

void HealthMonitor::checkRedis(RedisClient &client, Status &status, const char *gauge,
                               bool periodic)
{
    if (!begin(status, gauge, periodic))
        return;
    client.command({"PING"}, [this, &status, gauge](const RedisReply &r) {
        answered(status, gauge, !r.isError(), r.isError() ? QString::fromUtf8(r.text) : QString());
    });
}

void HealthMonitor::checkPostgres(bool periodic)
{
    if (!begin(m_dbStatus, "DB_STATUS", periodic))
        return;
    m_reader.run<Done>(
        this,
        [](QSqlDatabase &db) -> DbResult<Done> {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT 1")))
                return DbError::fromQuery(q);
            return Done{};
        },
        [this](const DbResult<Done> &result) {
            answered(m_dbStatus, "DB_STATUS", result.ok(),
                     result.ok() ? QString() : result.error().message);
        });
}

void HealthMonitor::reportGws(bool up, double latencyMs, const QString &error)
{
    setStatus(m_gwsStatus, "GWS_STATUS", up, latencyMs, error);
    alert(m_gwsStatus, up);
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
