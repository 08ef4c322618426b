// TLS end to end (docs/reliability.md#tls): gesd with DB_SECURE=true against a PostgreSQL
// that accepts only TLS and is verified against a throwaway CA, and HTTPS on the external
// port with a certificate from the same CA. Start-up fails with a clear line for a wrong
// CA, for DB_SECURE=false against a TLS-only server, and for bad certificate settings.
#include "E2eFixture.h"
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
    void httpsCreateSucceeds();
    void bodyLimitHoldsOverHttps();
    void plainHttpToTheTlsPortGetsNoAnswer();
    void clientNotTrustingTheCaFails();
    void wrongCaFailsStartUp();
    void plainConnectionToTlsOnlyPostgresFailsStartUp();
    void badTlsSettingsAreConfigurationProblems_data();
    void badTlsSettingsAreConfigurationProblems();

private:
    QString httpsUrl(const QString &path) const
    {
        return QStringLiteral("https://localhost:%1%2").arg(f.externalPort()).arg(path);
    }
    // Runs gesd to its end with the stack's environment plus `extra`; returns its exit code.
    int runGesd(const QMap<QString, QString> &extra, const QStringList &args, QString *output);
    static void trustCa(const QString &caFile); // for every QNetworkAccessManager here

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

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
