#pragma once
#include "ChildProcess.h"
#include "HttpClient.h"
#include "PostgresServer.h"
#include "RedisServer.h"

#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace ges::test {

// The whole product for an end-to-end test: a real Redis for GES (with a password), a
// second real Redis standing in for the Voice/ORS Redis, a real PostgreSQL, and the real
// gesd binary configured through environment variables and secret files, exactly as an
// operator would. Everything stops when the stack is destroyed.
class TestStack
{
public:
    TestStack();
    ~TestStack();

    bool startServers(); // Redis x2 + PostgreSQL
    bool startGesd();    // gesd with the secrets below; waits for health
    bool start() { return startServers() && startGesd(); }
    void stopGesd() { m_gesd.stop(); }
    QString errorString() const { return m_error; }

    QString externalUrl(const QString &path = {}) const;
    QString internalUrl(const QString &path = {}) const;

    // Secrets written into the config folder; tests grep the log for each of them.
    QMap<QString, QString> secrets() const { return m_secrets; }
    QString adminUser() const { return m_secrets.value("ADMIN-USER"); }
    QString adminPassword() const { return m_secrets.value("ADMIN-PASSWORD"); }
    QString routingToken() const { return m_secrets.value("ROUTING-TOKEN"); }
    QString streamName() const { return QStringLiteral("NewCallbackStream"); }
    void setEnv(const QString &name, const QString &value) { m_extraEnv.insert(name, value); }
    QProcessEnvironment gesdEnvironment() const;
    QString configFolder() const { return m_config.path(); }
    QString gesdLog() const;

    RedisServer &redis() { return m_redis; }
    RedisServer &orsRedis() { return m_orsRedis; }
    PostgresServer &postgres() { return m_postgres; }
    ChildProcess &gesd() { return m_gesd; }

    // Admin API helpers for tests that need a tenant set up.
    QString login(const QString &user = {}, const QString &password = {});
    QString createApiKey(const QString &token, const QString &tenant);
    bool createService(const QString &token, const QString &tenant, const QString &name);
    // POST /ges/v1/admin/services with `overrides` on top of the createService() defaults.
    HttpResponse createService(const QString &token, const QJsonObject &overrides);

    // A second gesd node on its own ports, sharing Redis and PostgreSQL (many nodes).
    bool startSecondGesd();
    QString secondExternalUrl(const QString &path = {}) const;
    ChildProcess &secondGesd() { return m_second; }

    static QString gesdBinary();

private:
    void writeSecret(const QString &name, const QString &value);

    RedisServer m_redis;
    RedisServer m_orsRedis;
    PostgresServer m_postgres;
    QTemporaryDir m_config;
    ChildProcess m_gesd;
    ChildProcess m_second;
    quint16 m_secondExternalPort = 0;
    QMap<QString, QString> m_secrets;
    QMap<QString, QString> m_extraEnv;
    quint16 m_externalPort = 0;
    quint16 m_internalPort = 0;
    QString m_error;
};

} // namespace ges::test
