// Configuration of API.md §2: environment variables, secret files, AES-128-ECB secrets
// (vectors made by the openssl command line) and `gesd --check-config`.
#include "TestStack.h"
#include "config/Config.h"
#include "ops/Log.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ges;

namespace {
QProcessEnvironment validEnvironment(const QString &configFolder)
{
    QProcessEnvironment env;
    env.insert("REDIS_HOST", "127.0.0.1");
    env.insert("DB_HOST", "db.internal");
    env.insert("DB_USER", "ges");
    env.insert("VMCS_REDIS_HOST", "ors.internal");
    env.insert("CONFIG_FOLDERS", configFolder);
    return env;
}

void writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QString openssl(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start("openssl", args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(10000);
    return QString::fromLatin1(p.readAllStandardOutput()).trimmed();
}

bool mentions(const QStringList &problems, const QString &name)
{
    for (const QString &p : problems)
        if (p.startsWith(name + ':'))
            return true;
    return false;
}
} // namespace

class TestConfig : public QObject
{
    Q_OBJECT
private slots:
    void validConfigurationHasNoProblems();
    void missingSettingsAreNamedOnePerLine();
    void invalidValuesAreNamed_data();
    void invalidValuesAreNamed();
    void secretFileOverridesEnvironment();
    void redisTlsNeedsAReadableCaFile();
    void orsStreamSecretAndLocation();
    void decryptsRawKeyVectorFromOpensslCli();
    void decryptsPassphraseVectorFromOpensslCli();
    void wrongDecryptPasswordIsAProblem();
    void secretValuesListsEverySecret();
    void sentinelsReplaceRedisHost();
    void jsonLogLinesAreJson();
    void logRedactsSecretsAndTruncates();
    void checkConfigExitCodes();
};

void TestConfig::validConfigurationHasNoProblems()
{
    QTemporaryDir dir;
    const auto result = ConfigLoader::load(validEnvironment(dir.path()));
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join('\n')));
    QCOMPARE(result.config.externalPort, quint16(2050));
    QCOMPARE(result.config.internalPort, quint16(3050));
    QCOMPARE(result.config.ors.port, quint16(10000));
    QCOMPARE(result.config.orsStreamName, QStringLiteral("NewCallbackStream"));
    QCOMPARE(result.config.logMaxLen, 2048);
    QCOMPARE(result.config.devopsGroups.size(), 3);
    QCOMPARE(result.config.shutdownDelaySeconds, 5);
    QCOMPARE(result.config.shutdownGraceSeconds, 20);
    QProcessEnvironment zero = validEnvironment(dir.path());
    zero.insert("SHUTDOWN_DELAY_SECONDS", "0"); // 0 is allowed: no delay
    zero.insert("SHUTDOWN_GRACE_SECONDS", "0");
    const auto immediate = ConfigLoader::load(zero);
    QVERIFY2(immediate.problems.isEmpty(), qPrintable(immediate.problems.join('\n')));
    QCOMPARE(immediate.config.shutdownDelaySeconds, 0);
    QCOMPARE(immediate.config.shutdownGraceSeconds, 0);
}

void TestConfig::missingSettingsAreNamedOnePerLine()
{
    const auto result = ConfigLoader::load(QProcessEnvironment());
    for (const QString name : {"REDIS_HOST", "DB_HOST", "DB-USER", "VMCS_REDIS_HOST"})
        QVERIFY2(mentions(result.problems, name),
                 qPrintable(name + " not in:\n" + result.problems.join('\n')));
    QCOMPARE(result.problems.size(), 4);
    for (const QString &line : result.problems)
        QVERIFY(!line.contains('\n'));
}

void TestConfig::invalidValuesAreNamed_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::newRow("port range") << "SERVER_EXTERNAL_PORT"
                                << "70000";
    QTest::newRow("port text") << "DB_PORT"
                               << "fivefourthreetwo";
    QTest::newRow("log level") << "LOG_LEVEL"
                               << "CHATTY";
    QTest::newRow("log format") << "LOG_FORMAT"
                                << "xml";
    QTest::newRow("log max len") << "LOG_MAX_LEN"
                                 << "-5";
    QTest::newRow("bool") << "DB_SECURE"
                          << "maybe";
    QTest::newRow("bind") << "SERVER_BIND_ADDRESS"
                          << "localhost:80";
    QTest::newRow("ors location") << "ORS_REDIS_LOCATION"
                                  << "ors-without-port";
    QTest::newRow("sentinel without port") << "REDIS_SENTINELS"
                                           << "a:26379,b";
    QTest::newRow("sentinel port") << "REDIS_SENTINELS"
                                   << "a:0";
    QTest::newRow("sentinels empty") << "REDIS_SENTINELS"
                                     << ",";
    QTest::newRow("redis tls flag") << "REDIS_SECURE"
                                    << "sometimes";
    QTest::newRow("folder") << "CONFIG_FOLDERS"
                            << "/nonexistent/ges-secrets";
    QTest::newRow("captcha url") << "CAPTCHA_VERIFY_URL"
                                 << "ftp://verifier/siteverify";
    QTest::newRow("captcha score") << "CAPTCHA_MIN_SCORE"
                                   << "1.5";
    // Found by fuzz_config_loader: NaN passed the range check and switched scores off.
    QTest::newRow("captcha score nan") << "CAPTCHA_MIN_SCORE"
                                       << "nan";
    QTest::newRow("captcha timeout") << "CAPTCHA_TIMEOUT_MS"
                                     << "0";
    QTest::newRow("shutdown delay") << "SHUTDOWN_DELAY_SECONDS"
                                    << "-1";
    QTest::newRow("shutdown grace") << "SHUTDOWN_GRACE_SECONDS"
                                    << "soon";
}

void TestConfig::invalidValuesAreNamed()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QTemporaryDir dir;
    QProcessEnvironment env = validEnvironment(dir.path());
    env.insert(variable, value);
    const auto result = ConfigLoader::load(env);
    QVERIFY2(mentions(result.problems, variable), qPrintable(result.problems.join('\n')));
}

void TestConfig::secretFileOverridesEnvironment()
{
    QTemporaryDir dir;
    writeFile(dir, "DB-PASSWORD", "from-file\n");
    writeFile(dir, "ADMIN-USER", "root-admin\n");
    writeFile(dir, "ADMIN-PASSWORD", "long enough password\r\n");
    QProcessEnvironment env = validEnvironment(dir.path());
    env.insert("DB_PASSWORD", "from-env");
    env.insert("REDIS_CACHEKEY", "redis-from-env");
    const auto result = ConfigLoader::load(env);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.config.dbPassword, QStringLiteral("from-file"));
    QCOMPARE(result.config.redis.password, QStringLiteral("redis-from-env"));
    QCOMPARE(result.config.adminUser, QStringLiteral("root-admin"));
    QCOMPARE(result.config.adminPassword, QStringLiteral("long enough password"));
}

void TestConfig::orsStreamSecretAndLocation()
{
    QTemporaryDir dir;
    writeFile(
        dir, "voice-redis-ors-stream",
        R"({"password":"ors-pw","rejectUnauthorized":"true","servername":"ors.tls","port":6380})");
    QProcessEnvironment env = validEnvironment(dir.path());
    env.insert("ORS_REDIS_LOCATION", "ors-primary:7000");
    auto result = ConfigLoader::load(env);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.config.ors.host, QStringLiteral("ors-primary"));
    QCOMPARE(result.config.ors.port, quint16(6380)); // the secret file overrides the config value
    QCOMPARE(result.config.ors.password, QStringLiteral("ors-pw"));
    writeFile(dir, "voice-redis-ors-stream", "not json");
    result = ConfigLoader::load(env);
    QVERIFY(mentions(result.problems, "voice-redis-ors-stream"));
    // Found by fuzz_config_loader: a port out of range was cut to another one silently.
    for (const char *port : {"0", "70000", "\"x\"", "1.5"}) {
        writeFile(dir, "voice-redis-ors-stream",
                  QStringLiteral(R"({"password":"p","port":%1})").arg(port).toUtf8());
        result = ConfigLoader::load(env);
        QVERIFY2(mentions(result.problems, "voice-redis-ors-stream"), port);
    }
}

void TestConfig::decryptsRawKeyVectorFromOpensslCli()
{
    const QByteArray key = "0123456789abcdef"; // 16 bytes: the AES-128 key itself
    const QString cipher =
        openssl({"enc", "-aes-128-ecb", "-K", QString::fromLatin1(key.toHex()), "-base64", "-A"},
                "gws-client-secret");
    QVERIFY(!cipher.isEmpty());
    QTemporaryDir dir;
    writeFile(dir, "AUTHENTICATION-CLIENT-PASSWORD", cipher.toLatin1() + '\n');
    QProcessEnvironment env = validEnvironment(dir.path());
    env.insert("DECRYPT_PASSWORD", QString::fromLatin1(key));
    const auto result = ConfigLoader::load(env);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join('\n')));
    QCOMPARE(result.config.gwsClientPassword, QStringLiteral("gws-client-secret"));
}

void TestConfig::decryptsPassphraseVectorFromOpensslCli()
{
    const QString cipher = openssl(
        {"enc", "-aes-128-ecb", "-pass", "pass:any passphrase", "-md", "sha256", "-base64", "-A"},
        "another secret");
    QTemporaryDir dir;
    QProcessEnvironment env = validEnvironment(dir.path());
    env.insert("AUTHENTICATION_CLIENT_PASSWORD", cipher);
    env.insert("DECRYPT_PASSWORD", "any passphrase");
    const auto result = ConfigLoader::load(env);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join('\n')));
    QCOMPARE(result.config.gwsClientPassword, QStringLiteral("another secret"));
}

void TestConfig::wrongDecryptPasswordIsAProblem()
{
    const QString cipher = openssl(
        {"enc", "-aes-128-ecb", "-K", QByteArray("0123456789abcdef").toHex(), "-base64", "-A"},
        "gws-client-secret");
    QTemporaryDir dir;
    QProcessEnvironment env = validEnvironment(dir.path());
    env.insert("AUTHENTICATION_CLIENT_PASSWORD", cipher);
    env.insert("DECRYPT_PASSWORD", "fedcba9876543210");
    const auto result = ConfigLoader::load(env);
    QVERIFY(mentions(result.problems, "AUTHENTICATION-CLIENT-PASSWORD"));
    QVERIFY(result.config.gwsClientPassword.isEmpty());
}

void TestConfig::secretValuesListsEverySecret()
{
    QTemporaryDir dir;
    writeFile(dir, "REDIS-CACHEKEY", "redis-secret-1");
    writeFile(dir, "DB-PASSWORD", "db-secret-2");
    writeFile(dir, "ROUTING-TOKEN", "routing-secret-3-long-enough");
    writeFile(dir, "ADMIN-USER", "admin");
    writeFile(dir, "ADMIN-PASSWORD", "admin-secret-4");
    writeFile(dir, "CAPTCHA-SECRET", "captcha-secret-5");
    const auto result = ConfigLoader::load(validEnvironment(dir.path()));
    QVERIFY(result.problems.isEmpty());
    const QStringList secrets = result.config.secretValues();
    for (const QString s : {"redis-secret-1", "db-secret-2", "routing-secret-3-long-enough",
                            "admin-secret-4", "captcha-secret-5"})
        QVERIFY2(secrets.contains(s), qPrintable(s));
}

void TestConfig::sentinelsReplaceRedisHost()
{
    QTemporaryDir dir;
    writeFile(dir, "REDIS-SENTINEL-PASSWORD", "sentinel-secret-6");
    QProcessEnvironment env = validEnvironment(dir.path());
    env.remove("REDIS_HOST");
    env.insert("REDIS_SENTINELS", "10.0.0.1:26379, sentinel-b:26380,[::1]:26381");
    auto result = ConfigLoader::load(env);
    QCOMPARE(result.problems, QStringList{QStringLiteral(
                                  "REDIS_SENTINEL_MASTER: required when REDIS_SENTINELS is set "
                                  "(the master name the sentinels monitor)")});
    env.insert("REDIS_SENTINEL_MASTER", "gesmaster");
    result = ConfigLoader::load(env);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join('\n')));
    QCOMPARE(result.config.redisSentinelMaster, QStringLiteral("gesmaster"));
    QVERIFY(result.config.secretValues().contains("sentinel-secret-6"));
}

void TestConfig::jsonLogLinesAreJson()
{
    log::setup({"DEBUG", "json", 2048, {}});
    const QString line =
        log::formatLine(log::Level::Warn, "test", "hello \"world\"", {{"callbackId", "x y"}});
    const QJsonObject json = QJsonDocument::fromJson(line.toUtf8()).object();
    QCOMPARE(json.value("level").toString(), QStringLiteral("WARN"));
    QCOMPARE(json.value("component").toString(), QStringLiteral("test"));
    QCOMPARE(json.value("msg").toString(), QStringLiteral("hello \"world\""));
    QCOMPARE(json.value("callbackId").toString(), QStringLiteral("x y"));
    log::setup({"INFO", "text", 2048, {}});
    const QString text = log::formatLine(log::Level::Info, "http", "request", {{"path", "/a b"}});
    QVERIFY2(text.contains(" INFO [http] request path=\"/a b\""), qPrintable(text));
}

void TestConfig::logRedactsSecretsAndTruncates()
{
    log::setup({"INFO", "text", 80, {"hunter2-secret"}});
    QVERIFY(log::render(log::Level::Debug, "t", "filtered out").isEmpty());
    const QByteArray redacted = log::render(log::Level::Info, "t", "password is hunter2-secret",
                                            {{"again", "xhunter2-secretx"}});
    QVERIFY2(!redacted.contains("hunter2"), redacted.constData());
    QVERIFY(redacted.contains("password is ***"));
    const QByteArray longLine = log::render(log::Level::Warn, "t", QString(500, QChar(0x00e9)));
    QVERIFY(longLine.size() <= 80 + 14);
    QVERIFY(longLine.endsWith("...[truncated]"));
    QVERIFY(QString::fromUtf8(longLine).toUtf8() == longLine); // still valid UTF-8
    log::setup({"INFO", "json", 300, {"hunter2-secret"}});
    const QByteArray json =
        log::render(log::Level::Info, "t", "hunter2-secret " + QString(1000, 'x'));
    QVERIFY(json.size() <= 300);
    const QJsonObject parsed = QJsonDocument::fromJson(json).object();
    QVERIFY(parsed.value("truncated").toBool());
    QVERIFY(parsed.value("msg").toString().startsWith("*** x"));
    log::setup({"INFO", "text", 2048, {}});
}

void TestConfig::checkConfigExitCodes()
{
    QTemporaryDir dir;
    QProcess bad;
    QProcessEnvironment env;
    env.insert("LOG_LEVEL", "CHATTY");
    bad.setProcessEnvironment(env);
    bad.start(test::TestStack::gesdBinary(), {"--check-config"});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    const QStringList lines =
        QString::fromUtf8(bad.readAllStandardError()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // LOG_LEVEL + the four required settings
    QVERIFY(lines.first().contains("LOG_LEVEL"));

    QProcess good;
    good.setProcessEnvironment(validEnvironment(dir.path()));
    good.start(test::TestStack::gesdBinary(), {"--check-config"});
    QVERIFY(good.waitForFinished(10000));
    QCOMPARE(good.exitCode(), 0);

    QProcess version;
    version.start(test::TestStack::gesdBinary(), {"--version"});
    QVERIFY(version.waitForFinished(10000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().contains(GES_VERSION));
}

void TestConfig::redisTlsNeedsAReadableCaFile()
{
    QTemporaryDir dir;
    QProcessEnvironment env = validEnvironment(dir.path());
    env.insert("REDIS_SECURE", "true");
    auto result = ConfigLoader::load(env); // the system bundle by default
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join('\n')));
    QVERIFY(result.config.redis.secure);
    QCOMPARE(result.config.redisCaFile, QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
    env.insert("REDIS_CA_FILE", "/nonexistent/redis-ca.crt");
    result = ConfigLoader::load(env);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.first().contains("REDIS_CA_FILE: cannot read "
                                              "/nonexistent/redis-ca.crt"),
             qPrintable(result.problems.first()));
    env.insert("REDIS_SECURE", "false"); // not needed, not read
    QVERIFY(ConfigLoader::load(env).problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
