#include "TestStack.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QThread>
#include <QUuid>

namespace ges::test {

namespace {
QString randomSecret(const char *prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

TestStack::TestStack()
{
    m_secrets.insert("REDIS-CACHEKEY", randomSecret("redispw-"));
    m_secrets.insert("ADMIN-USER", QStringLiteral("admin"));
    m_secrets.insert("ADMIN-PASSWORD", randomSecret("adminpw-"));
    m_secrets.insert("ROUTING-TOKEN", randomSecret("routing-"));
    m_secrets.insert("ENCRYPTION-KEY", QByteArray(32, '\x5a').toBase64());
    m_redis.setPassword(m_secrets.value("REDIS-CACHEKEY"));
}

TestStack::~TestStack()
{
    m_second.stop();
    m_gesd.stop();
}

QString TestStack::gesdBinary()
{
    const QByteArray fromEnv = qgetenv("GESD_BINARY");
    return fromEnv.isEmpty() ? QStringLiteral(GESD_BINARY) : QString::fromLocal8Bit(fromEnv);
}

bool TestStack::startServers()
{
    if (!m_redis.start()) {
        m_error = m_redis.errorString();
        return false;
    }
    if (!m_orsRedis.start()) {
        m_error = m_orsRedis.errorString();
        return false;
    }
    if (!m_postgres.start()) {
        m_error = m_postgres.errorString();
        return false;
    }
    m_secrets.insert("DB-USER", m_postgres.user());
    m_secrets.insert("DB-PASSWORD", m_postgres.password());
    return true;
}

void TestStack::writeSecret(const QString &name, const QString &value)
{
    QFile file(m_config.filePath(name));
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(value.toUtf8() + '\n');
}

QProcessEnvironment TestStack::gesdEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("SERVER_BIND_ADDRESS", "127.0.0.1");
    env.insert("SERVER_EXTERNAL_PORT", QString::number(m_externalPort));
    env.insert("SERVER_INTERNAL_PORT", QString::number(m_internalPort));
    env.insert("REDIS_HOST", "127.0.0.1");
    env.insert("REDIS_PORT", QString::number(m_redis.port()));
    env.insert("DB_HOST", "127.0.0.1");
    env.insert("DB_PORT", QString::number(m_postgres.port()));
    env.insert("DB_NAME", m_postgres.database());
    env.insert("VMCS_REDIS_HOST", "127.0.0.1");
    env.insert("VMCS_REDIS_PORT", QString::number(m_orsRedis.port()));
    env.insert("CONFIG_FOLDERS", m_config.path());
    env.insert("LOG_LEVEL", "DEBUG");
    // No load balancer to wait for: a stopped node exits at once unless a test asks.
    env.insert("SHUTDOWN_DELAY_SECONDS", "0");
    for (auto it = m_extraEnv.cbegin(); it != m_extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

bool TestStack::startGesd()
{
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it)
        writeSecret(it.key(), it.value());
    if (m_externalPort == 0) {
        m_externalPort = freePort();
        m_internalPort = freePort();
    }
    m_gesd.setEnvironment(gesdEnvironment());
    m_gesd.setOutputFile(m_config.filePath("gesd.log"));
    if (!m_gesd.start(gesdBinary(), {})) {
        m_error = QStringLiteral("gesd did not start: ") + m_gesd.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (HttpClient::get(internalUrl("/ges/v1/health")).status == 200)
            return true;
        if (!m_gesd.isRunning())
            break;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("gesd did not become healthy; log:\n") + gesdLog().right(4000);
    return false;
}

QString TestStack::gesdLog() const
{
    QFile file(m_config.filePath("gesd.log"));
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

QString TestStack::externalUrl(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_externalPort).arg(path);
}

QString TestStack::internalUrl(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_internalPort).arg(path);
}

QString TestStack::login(const QString &user, const QString &password)
{
    const auto response =
        HttpClient::postJson(internalUrl("/ges/v1/auth/login"),
                             {{"username", user.isEmpty() ? adminUser() : user},
                              {"password", password.isEmpty() ? adminPassword() : password}});
    return response.data().toObject().value("token").toString();
}

QString TestStack::createApiKey(const QString &token, const QString &tenant)
{
    const auto response = HttpClient::postJson(internalUrl("/ges/v1/admin/api-keys"),
                                               {{"tenant", tenant}, {"name", "test key"}},
                                               {{"Authorization", "Bearer " + token.toUtf8()}});
    return response.data().toObject().value("key").toString();
}

bool TestStack::createService(const QString &token, const QString &tenant, const QString &name)
{
    return createService(token, QJsonObject{{"tenant", tenant}, {"name", name}}).status == 200;
}

HttpResponse TestStack::createService(const QString &token, const QJsonObject &overrides)
{
    const QJsonObject hours{{"days", QJsonArray{"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"}},
                            {"open", "00:00"},
                            {"close", "24:00"}};
    QJsonObject service{{"virtualQueue", overrides.value("name").toString() + "_VQ"},
                        {"timeZone", "UTC"},
                        {"officeHours", QJsonArray{hours}},
                        {"slotMinutes", 15},
                        {"slotCapacity", 100}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        service.insert(it.key(), it.value());
    return HttpClient::postJson(internalUrl("/ges/v1/admin/services"), service,
                                {{"Authorization", "Bearer " + token.toUtf8()}});
}

bool TestStack::startSecondGesd()
{
    m_secondExternalPort = freePort();
    QProcessEnvironment env = gesdEnvironment();
    env.insert("SERVER_EXTERNAL_PORT", QString::number(m_secondExternalPort));
    env.insert("SERVER_INTERNAL_PORT", QString::number(freePort()));
    m_second.setEnvironment(env);
    m_second.setOutputFile(m_config.filePath("gesd-2.log"));
    if (!m_second.start(gesdBinary(), {}))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000 && m_second.isRunning()) {
        if (HttpClient::send("GET", secondExternalUrl("/")).status != 0)
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("the second gesd did not start");
    return false;
}

QString TestStack::secondExternalUrl(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_secondExternalPort).arg(path);
}

} // namespace ges::test
