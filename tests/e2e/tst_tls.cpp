// TLS end to end (docs/reliability.md#tls): gesd with DB_SECURE=true against a PostgreSQL
// that accepts only TLS and REDIS_SECURE=true against a Redis that accepts only TLS, both
// verified against a throwaway CA, and HTTPS on the external port with a certificate from
// the same CA. Start-up fails with a clear line for a wrong PostgreSQL CA, for
// DB_SECURE=false against a TLS-only server, and for bad certificate settings; Redis with
// the wrong CA or without TLS stays DOWN with the reason in the log.
#include "E2eFixture.h"
#include "MetricsScrape.h"
#include "TestCertificates.h"

#include <QProcess>
#include <QSslConfiguration>

using namespace ges::test;

class TestTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void postgresRefusesPlainConnections();
    void gesdTalksToPostgresOverTls();
    void gesdTalksToRedisOverTls();
    void httpsCreateSucceeds();
    void bodyLimitHoldsOverHttps();
    void plainHttpToTheTlsPortGetsNoAnswer();
    void clientNotTrustingTheCaFails();
    void wrongCaFailsStartUp();
    void plainConnectionToTlsOnlyPostgresFailsStartUp();
    void badTlsSettingsAreConfigurationProblems_data();
    void badTlsSettingsAreConfigurationProblems();
    void redisWithAnotherCaStaysDown();
    void redisSecureAgainstPlainRedisStaysDown();

private:
    QString httpsUrl(const QString &path) const
    {
        return QStringLiteral("https://localhost:%1%2").arg(f.externalPort()).arg(path);
    }
    // Runs gesd to its end with the stack's environment plus `extra`; returns its exit code.
    int runGesd(const QMap<QString, QString> &extra, const QStringList &args, QString *output);
    static void trustCa(const QString &caFile); // for every QNetworkAccessManager here
    double redisStatus() const
    {
        return MetricsScrape(HttpClient::get(f.stack.internalUrl("/metrics")).body)
            .value("REDIS_STATUS");
    }
    QJsonObject redisHealth() const
    {
        return HttpClient::get(f.stack.internalUrl("/ges/v1/health/detail"))
            .json()
            .value("dependencies")
            .toObject()
            .value("redis")
            .toObject();
    }
    // gesd restarted with `extra` on top of the fixture's settings; Redis must go DOWN
    // and the log must say `why`. The fixture's settings are restored for later tests.
    void expectRedisDown(const QMap<QString, QString> &extra, const QString &why);

    TestCertificates m_certs;
    E2eFixture f;
};

void TestTls::trustCa(const QString &caFile)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(caFile.isEmpty() ? QSslConfiguration::systemCaCertificates()
                                              : QSslCertificate::fromPath(caFile));
    QSslConfiguration::setDefaultConfiguration(config);
}

void TestTls::initTestCase()
{
    QVERIFY2(m_certs.create(), qPrintable(m_certs.errorString()));
    f.stack.postgres().setTls(m_certs.certFile(), m_certs.keyFile());
    f.stack.setEnv("DB_SECURE", "true");
    f.stack.setEnv("DB_CA_FILE", m_certs.caFile());
    f.stack.setEnv("SERVER_TLS_CERT_FILE", m_certs.certFile());
    f.stack.setEnv("SERVER_TLS_KEY_FILE", m_certs.keyFile());
    f.stack.redis().setTls(m_certs.certFile(), m_certs.keyFile(), m_certs.caFile());
    f.stack.setEnv("REDIS_SECURE", "true");
    f.stack.setEnv("REDIS_CA_FILE", m_certs.caFile());
    f.stack.setEnv("HEALTH_CHECK_SECONDS", "1");
    QVERIFY(f.start());
    trustCa(m_certs.caFile());
}

void TestTls::postgresRefusesPlainConnections()
{
    const PostgresServer &pg = f.stack.postgres();
    const auto psql = [&](const char *sslmode, QString *output) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PGPASSWORD", pg.password());
        env.insert("PGSSLMODE", sslmode);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(PostgresServer::binDir() + "/psql",
                {"-h", "127.0.0.1", "-p", QString::number(pg.port()), "-U", pg.user(), "-d",
                 pg.database(), "-At", "-c", "SELECT ssl FROM pg_stat_ssl WHERE pid = "
                                               "pg_backend_pid()"});
        p.waitForFinished(30000);
        *output = QString::fromLocal8Bit(p.readAll()).trimmed();
        return p.exitCode();
    };
    QString output;
    QVERIFY(psql("disable", &output) != 0);
    QVERIFY2(output.contains("no encryption"), qPrintable(output));
    QCOMPARE(psql("require", &output), 0);
    QCOMPARE(output, QStringLiteral("t"));
}

void TestTls::gesdTalksToPostgresOverTls()
{
    const QString count = QStringLiteral(
        "SELECT count(*) FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) "
        "WHERE application_name = 'gesd' AND %1 ssl");
    QVERIFY(f.stack.postgres().psql(count.arg("")).toInt() > 0);
    QCOMPARE(f.stack.postgres().psql(count.arg("NOT")), QStringLiteral("0"));
}

void TestTls::gesdTalksToRedisOverTls()
{
    // The test Redis has no plain port at all (port 0, tls-port only).
    QCOMPARE(f.stack.redis().cli({"CONFIG", "GET", "port"}).split('\n').value(1).trimmed(),
             QByteArray("0"));
    QTRY_COMPARE_WITH_TIMEOUT(redisHealth().value("status").toString(), QStringLiteral("UP"),
                              10000);
    QTRY_COMPARE_WITH_TIMEOUT(redisStatus(), 0.0, 10000);
    QVERIFY(f.stack.gesdLog().contains("tls=verified"));
    // gesd's connections are there (CLIENT LIST: one line per client, ours included).
    QVERIFY(f.stack.redis().cli({"CLIENT", "LIST"}).count("\n") >= 2);
}

void TestTls::httpsCreateSucceeds()
{
    const HttpResponse created = HttpClient::postJson(
        httpsUrl("/engagement/v3/callbacks/create"),
        {{"serviceName", f.service}, {"phoneNumber", "+4930790001"}},
        {{"X-API-Key", f.apiKey.toUtf8()}});
    QVERIFY2(created.status == 200, qPrintable(created.error + created.body));
    const QString id = created.data().toObject().value("id").toString();
    QVERIFY(!id.isEmpty());
    // Committed to PostgreSQL, over the TLS-only connection.
    QCOMPARE(f.stack.postgres().psql(
                 QStringLiteral("SELECT count(*) FROM callbacks WHERE id::text = '%1'").arg(id)),
             QStringLiteral("1"));
    // Cached in the TLS-only Redis, and read back through it.
    QCOMPARE(f.stack.redis().cli({"EXISTS", "ges:cb:" + id}).trimmed(), QByteArray("1"));
    const HttpResponse retrieved =
        HttpClient::postJson(httpsUrl("/engagement/v3/callbacks/retrieve"), {{"id", id}},
                             {{"X-API-Key", f.apiKey.toUtf8()}});
    QVERIFY2(retrieved.status == 200, qPrintable(retrieved.error + retrieved.body));
    QCOMPARE(retrieved.data().toObject().value("id").toString(), id);
}

void TestTls::bodyLimitHoldsOverHttps()
{
    // GuardedTcpServer frames the decrypted bytes: the 413 comes before the body is read.
    const HttpResponse big = HttpClient::send(
        "POST", httpsUrl("/engagement/v3/callbacks/create"), QByteArray(200 * 1024, 'x'),
        {{"X-API-Key", f.apiKey.toUtf8()}, {"Content-Type", "application/json"}});
    QCOMPARE(big.status, 413);
    QCOMPARE(big.errorCode(), QStringLiteral("PAYLOAD_TOO_LARGE"));
}

void TestTls::plainHttpToTheTlsPortGetsNoAnswer()
{
    const HttpResponse plain = HttpClient::raw(
        f.externalPort(), "GET /ges/v1/health HTTP/1.1\r\nHost: x\r\n\r\n", 5000);
    QCOMPARE(plain.status, 0);
    QVERIFY(f.stack.gesd().isRunning());
    const HttpResponse after = HttpClient::postJson(
        httpsUrl("/engagement/v3/callbacks/create"),
        {{"serviceName", f.service}, {"phoneNumber", "+4930790002"}},
        {{"X-API-Key", f.apiKey.toUtf8()}});
    QCOMPARE(after.status, 200);
}

void TestTls::clientNotTrustingTheCaFails()
{
    trustCa(QString());
    const HttpResponse untrusted = HttpClient::get(httpsUrl("/ges/v1/health"));
    trustCa(m_certs.caFile());
    QCOMPARE(untrusted.status, 0);
    QVERIFY2(untrusted.error.contains("certificate", Qt::CaseInsensitive),
             qPrintable(untrusted.error));
}

int TestTls::runGesd(const QMap<QString, QString> &extra, const QStringList &args,
                     QString *output)
{
    f.stack.stopGesd(); // its ports and leases are no concern of these runs
    QProcessEnvironment env = f.stack.gesdEnvironment();
    env.insert("SERVER_EXTERNAL_PORT", QString::number(freePort()));
    env.insert("SERVER_INTERNAL_PORT", QString::number(freePort()));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess gesd;
    gesd.setProcessEnvironment(env);
    gesd.setProcessChannelMode(QProcess::MergedChannels);
    gesd.start(TestStack::gesdBinary(), args);
    if (!gesd.waitForFinished(60000)) {
        gesd.kill();
        gesd.waitForFinished();
        return -1;
    }
    *output = QString::fromLocal8Bit(gesd.readAll());
    return gesd.exitCode();
}

void TestTls::wrongCaFailsStartUp()
{
    TestCertificates other;
    QVERIFY2(other.create(), qPrintable(other.errorString()));
    QString output;
    QCOMPARE(runGesd({{"DB_CA_FILE", other.caFile()}}, {}, &output), 1);
    QVERIFY2(output.contains("start-up failed") &&
                 output.contains("certificate verify failed"),
             qPrintable(output));
}

void TestTls::plainConnectionToTlsOnlyPostgresFailsStartUp()
{
    // DB_SECURE=false leaves libpq at its default, sslmode=prefer: TLS when the server
    // offers it, unverified (docs/reliability.md#tls). Forced to plain, the TLS-only
    // server refuses with a clear line.
    QString output;
    QCOMPARE(runGesd({{"DB_SECURE", "false"}, {"PGSSLMODE", "disable"}}, {"--migrate-only"},
                     &output),
             1);
    QVERIFY2(output.contains("migration failed") && output.contains("no encryption"),
             qPrintable(output));
    QCOMPARE(runGesd({{"DB_SECURE", "false"}}, {"--migrate-only"}, &output), 0);
}

void TestTls::badTlsSettingsAreConfigurationProblems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("line");
    QTest::newRow("ca missing") << "DB_CA_FILE" << "/nonexistent/ca.crt"
                                << "DB_CA_FILE: cannot read /nonexistent/ca.crt";
    QTest::newRow("ca not pem") << "DB_CA_FILE" << "/etc/hostname" << "holds no PEM certificate";
    QTest::newRow("key is a cert") << "SERVER_TLS_KEY_FILE" << m_certs.certFile()
                                   << "SERVER_TLS_CERT_FILE: " + m_certs.certFile() +
                                          " holds no unencrypted PEM private key";
    QTest::newRow("cert is a key") << "SERVER_TLS_CERT_FILE" << m_certs.keyFile()
                                   << "holds no PEM certificate";
    QTest::newRow("cert missing") << "SERVER_TLS_CERT_FILE" << "/nonexistent/server.crt"
                                  << "cannot read /nonexistent/server.crt: no such file";
    QTest::newRow("ca device") << "DB_CA_FILE" << "/dev/zero" << "not a regular readable file";
    QTest::newRow("key alone") << "SERVER_TLS_CERT_FILE" << ""
                               << "set both for HTTPS on SERVER_EXTERNAL_PORT, or neither";
    QTest::newRow("redis ca missing")
        << "REDIS_CA_FILE" << "/nonexistent/redis-ca.crt"
        << "REDIS_CA_FILE: cannot read /nonexistent/redis-ca.crt: no such file (needed because "
           "REDIS_SECURE is true)";
    QTest::newRow("redis ca not pem") << "REDIS_CA_FILE" << m_certs.keyFile()
                                      << "REDIS_CA_FILE: " + m_certs.keyFile() +
                                             " holds no PEM certificate";
}

void TestTls::badTlsSettingsAreConfigurationProblems()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, line);
    QString output;
    QCOMPARE(runGesd({{name, value}}, {"--check-config"}, &output), 2);
    QVERIFY2(output.contains(line), qPrintable(output));
    // A normal start refuses the same way.
    QCOMPARE(runGesd({{name, value}}, {}, &output), 2);
    QVERIFY2(output.contains(line), qPrintable(output));
}

void TestTls::expectRedisDown(const QMap<QString, QString> &extra, const QString &why)
{
    f.stack.stopGesd();
    const qsizetype logBefore = f.stack.gesdLog().size(); // the log file is appended to
    const auto log = [&] { return f.stack.gesdLog().mid(logBefore); };
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        f.stack.setEnv(it.key(), it.value());
    const bool started = f.stack.startGesd(); // alive and serving, Redis or not
    f.stack.setEnv("REDIS_CA_FILE", m_certs.caFile());
    f.stack.setEnv("REDIS_PORT", QString::number(f.stack.redis().port()));
    QVERIFY2(started, qPrintable(f.stack.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(redisStatus(), 1.0, 20000);
    QCOMPARE(redisHealth().value("status").toString(), QStringLiteral("DOWN"));
    QTRY_VERIFY_WITH_TIMEOUT(log().contains(why), 20000);
    QVERIFY2(!log().contains("tls=verified"), qPrintable(log()));
    QVERIFY(f.stack.gesd().isRunning());
    f.stack.stopGesd();
}

void TestTls::redisWithAnotherCaStaysDown()
{
    TestCertificates other;
    QVERIFY2(other.create(), qPrintable(other.errorString()));
    expectRedisDown({{"REDIS_CA_FILE", other.caFile()}},
                    "reason=\"TLS certificate verification failed: ");
}

void TestTls::redisSecureAgainstPlainRedisStaysDown()
{
    // The ORS stand-in speaks plain Redis: the TLS hello gets no answer, and the
    // connection is reset with a reason that points at the port.
    expectRedisDown({{"REDIS_PORT", QString::number(f.stack.orsRedis().port())}},
                    "TLS handshake not done (not a TLS port?) within");
}

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
