// Operations end to end: health, metrics, dependency failures, migrations from two
// nodes at once, SIGTERM, and no secret in the log of the whole run.
#include "E2eFixture.h"
#include "store/Migrator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <csignal>

using namespace ges::test;

namespace {
double metric(const QByteArray &scrape, const QString &series)
{
    for (const QByteArray &line : scrape.split('\n'))
        if (line.startsWith(series.toUtf8() + ' '))
            return line.mid(series.size() + 1).toDouble();
    return 0;
}
} // namespace

class TestOperations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void healthDetailReportsEachDependency();
    void metricsCountTraffic();
    void metricsAreWellFormed();
    void orsRedisDownStillCommitsCreates();
    void postgresDownAnswers503AndRecovers();
    void hungPostgresShowsDownAndRecovers();
    void migrationsAreSafeWhenTwoNodesStartAtOnce();
    void upgradeKeepsUnannouncedCallbacksInTheOutbox();
    void noSecretEverReachesTheLog();
    void sigtermExitsCleanly();

private:
    // Runs `sql` (any number of statements, read from stdin) in another database of the
    // test's PostgreSQL as user ges; the rows as psql -At prints them.
    QString psqlIn(const QString &database, const QString &sql);
    QByteArray scrape() { return HttpClient::get(f.stack.internalUrl("/metrics")).body; }
    QJsonObject detail()
    {
        return HttpClient::get(f.stack.internalUrl("/ges/v1/health/detail")).json();
    }
    E2eFixture f;
    QStringList m_seenSecrets; // API keys and tokens handed out during the run
};

void TestOperations::initTestCase()
{
    f.stack.setEnv("HEALTH_CHECK_SECONDS", "1");
    QVERIFY(f.start());
    m_seenSecrets << f.apiKey << f.token;
}

void TestOperations::healthDetailReportsEachDependency()
{
    QTRY_COMPARE_WITH_TIMEOUT(detail().value("status").toString(), QStringLiteral("UP"), 5000);
    const QJsonObject json = detail();
    for (const QString dep : {"redis", "postgres", "orsRedis"}) {
        const QJsonObject d = json.value("dependencies").toObject().value(dep).toObject();
        QCOMPARE(d.value("status").toString(), QStringLiteral("UP"));
        QVERIFY(d.value("latencyMs").toDouble() >= 0);
    }
    QCOMPARE(json.value("version").toString(), QStringLiteral(GES_VERSION));
    QCOMPARE(
        HttpClient::get(f.stack.internalUrl("/ges/v1/health")).json().value("status").toString(),
        QStringLiteral("UP"));
}

void TestOperations::metricsCountTraffic()
{
    const QString created =
        R"(ges_http_requests_total{method="POST",route="/engagement/v3/callbacks/create",code="200"})";
    const QString business =
        R"(ges_callbacks_created{tenant="acme",service="support",type="IMMEDIATE"})";
    const QString failed =
        R"(ges_http_failed_requests_total{path="/engagement/v3/callbacks/create",httpCode="401",tenant=""})";
    const QByteArray before = scrape();
    QCOMPARE(f.createCallback("+4930700001").status, 200);
    QCOMPARE(f.external("/engagement/v3/callbacks/create",
                        {{"serviceName", f.service},
                         {"phoneNumber", "+4930700002"},
                         {"userData", QJsonObject{{"orderId", "ORD-PRIVATE-77"}}}})
                 .status,
             200);
    QCOMPARE(f.createCallback("+4930700003", "ges_not-a-real-key-at-all").status, 401);
    const QByteArray after = scrape();
    QCOMPARE(metric(after, created) - metric(before, created), 2.0);
    QCOMPARE(metric(after, business) - metric(before, business), 2.0);
    QCOMPARE(metric(after, failed) - metric(before, failed), 1.0);
    const QString count =
        R"(ges_http_request_duration_seconds_count{method="POST",route="/engagement/v3/callbacks/create",code="200"})";
    QCOMPARE(metric(after, count), metric(after, created));
    for (const char *gauge : {"REDIS_STATUS", "DB_STATUS", "ORS_REDIS_STATUS"})
        QCOMPARE(metric(after, gauge), 0.0);
}

void TestOperations::metricsAreWellFormed()
{
    const QByteArray text = scrape();
    const QRegularExpression sample(QStringLiteral(
        R"(^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_]+="([^"\\]|\\.)*",?)*\})? -?[0-9.e+-]+$)"));
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty() || line.startsWith("# HELP ") || line.startsWith("# TYPE "))
            continue;
        QVERIFY2(sample.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    }
    QVERIFY(text.contains("ges_http_request_duration_seconds_bucket{method=\"POST\",route=\"/"
                          "engagement/v3/callbacks/create\",code=\"200\",le=\"+Inf\"}"));
}

void TestOperations::orsRedisDownStillCommitsCreates()
{
    f.stack.orsRedis().stop();
    QTRY_COMPARE_WITH_TIMEOUT(metric(scrape(), "ORS_REDIS_STATUS"), 1.0, 5000);
    QCOMPARE(detail().value("status").toString(), QStringLiteral("DEGRADED"));
    const auto response = f.createCallback("+4930710001");
    QCOMPARE(response.status, 200); // the record is what matters; ORS hears of it later
    const QString id = response.data().toObject().value("id").toString();
    QCOMPARE(f.stack.postgres().psql(
                 "SELECT count(*) FROM unannounced_callbacks WHERE callback_id = '" + id + "'"),
             QStringLiteral("1")); // in the outbox
    QVERIFY(f.stack.orsRedis().restart());
    QTRY_COMPARE_WITH_TIMEOUT(metric(scrape(), "ORS_REDIS_STATUS"), 0.0, 10000);
    const auto next = f.createCallback("+4930710002");
    QCOMPARE(next.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(
        f.stack.orsRedis().cli({"XLEN", f.stack.streamName()}).trimmed().toInt() >= 1, 5000);
}

void TestOperations::postgresDownAnswers503AndRecovers()
{
    const QString before = f.stack.postgres().psql("SELECT count(*) FROM callbacks");
    f.stack.postgres().stop();
    const auto refused = f.createCallback("+4930720001");
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.errorCode(), QStringLiteral("DEPENDENCY_UNAVAILABLE"));
    QVERIFY(refused.header("Retry-After").toInt() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(metric(scrape(), "DB_STATUS"), 1.0, 5000);
    QVERIFY(f.stack.gesd().isRunning());
    QVERIFY(f.stack.postgres().restart());
    // Stale connections are replaced by themselves: the very first create succeeds.
    QCOMPARE(f.createCallback("+4930720002").status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(metric(scrape(), "DB_STATUS"), 0.0, 5000);
    // The refused create left nothing behind.
    QCOMPARE(f.stack.postgres().psql(
                 "SELECT count(*) FROM callbacks WHERE phone_number = '+4930720001'"),
             QStringLiteral("0"));
    QVERIFY(f.stack.postgres().psql("SELECT count(*) FROM callbacks").toInt() > before.toInt());
}

void TestOperations::hungPostgresShowsDownAndRecovers()
{
    // A stopped (SIGSTOP) PostgreSQL answers nothing, not even an error: the health check's
    // deadline (5 s) calls it DOWN all the same, and the checks it holds up count as
    // failures, so the alert fires (once) too.
    QTRY_COMPARE_WITH_TIMEOUT(metric(scrape(), "DB_STATUS"), 0.0, 10000);
    const double alerts = metric(scrape(), "ges_db_failure_alerts_total");
    struct Thaw
    {
        PostgresServer &postgres;
        ~Thaw() { postgres.freeze(false); }
    } thaw{f.stack.postgres()};
    const auto postgres = [this] {
        return detail().value("dependencies").toObject().value("postgres").toObject();
    };
    f.stack.postgres().freeze(true);
    QTRY_COMPARE_WITH_TIMEOUT(postgres().value("status").toString(), QStringLiteral("DOWN"),
                              15000);
    QCOMPARE(metric(scrape(), "DB_STATUS"), 1.0);
    QVERIFY2(postgres().value("error").toString().startsWith("no answer for"),
             qPrintable(postgres().value("error").toString()));
    QTRY_COMPARE_WITH_TIMEOUT(metric(scrape(), "ges_db_failure_alerts_total"), alerts + 1,
                              20000);
    f.stack.postgres().freeze(false);
    QTRY_COMPARE_WITH_TIMEOUT(postgres().value("status").toString(), QStringLiteral("UP"),
                              15000);
    QCOMPARE(metric(scrape(), "DB_STATUS"), 0.0);
    QCOMPARE(metric(scrape(), "ges_db_failure_alerts_total"), alerts + 1);
}

void TestOperations::migrationsAreSafeWhenTwoNodesStartAtOnce()
{
    f.stack.postgres().psql("CREATE DATABASE fresh");
    QProcessEnvironment env = f.stack.gesdEnvironment();
    env.insert("DB_NAME", "fresh");
    QList<QProcess *> nodes;
    for (int i = 0; i < 3; ++i) {
        auto *node = new QProcess(this);
        node->setProcessEnvironment(env);
        node->setProcessChannelMode(QProcess::MergedChannels);
        node->start(TestStack::gesdBinary(), {"--migrate-only"});
        nodes << node;
    }
    for (QProcess *node : nodes) {
        QVERIFY(node->waitForFinished(30000));
        QVERIFY2(node->exitCode() == 0, node->readAll().constData());
    }
    QCOMPARE(psqlIn("fresh", "SELECT count(*) FROM schema_migrations").toInt(),
             int(ges::Migrator::available().size()));
}

QString TestOperations::psqlIn(const QString &database, const QString &sql)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("PGPASSWORD", f.stack.postgres().password());
    p.setProcessEnvironment(env);
    p.start(ges::test::PostgresServer::binDir() + "/psql",
            {"-h", "127.0.0.1", "-p", QString::number(f.stack.postgres().port()), "-U", "ges", "-d",
             database, "-v", "ON_ERROR_STOP=1", "-Atq"});
    p.write(sql.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(30000);
    if (p.exitCode() != 0)
        qWarning() << p.readAllStandardError();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// Migration 0010 moves the outbox from callbacks.announced_at to a table of its own: a
// database of the previous release keeps every callback it had not announced yet.
void TestOperations::upgradeKeepsUnannouncedCallbacksInTheOutbox()
{
    f.stack.postgres().psql("CREATE DATABASE upgrade");
    const auto psql = [this](const QString &sql) { return psqlIn("upgrade", sql); };
    // The schema as the previous release left it: migrations 1 to 9, recorded as applied.
    QString previous = QStringLiteral("CREATE TABLE schema_migrations (version integer PRIMARY "
                                      "KEY, name text NOT NULL, applied_at timestamptz NOT NULL "
                                      "DEFAULT now());\n");
    for (const QString &path : ges::Migrator::available()) {
        const QString name = QFileInfo(path).fileName();
        if (name.left(4).toInt() >= 10)
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        previous += QString::fromUtf8(file.readAll()) + "\n" +
                    QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (%1, "
                                   "'%2');\n")
                        .arg(name.left(4).toInt())
                        .arg(name);
    }
    psql(previous);
    QCOMPARE(psql("SELECT count(*) FROM schema_migrations"), QStringLiteral("9"));
    const QString row = QStringLiteral(
        "INSERT INTO callbacks (id, tenant, service_name, phone_number, state, desired_time, "
        "created_at, updated_at, expires_at, queued_at, announced_at) VALUES ('%1', 'acme', "
        "'support', '+4930555000%2', '%3', now(), now(), now(), now() + interval '14 days', "
        "now() - interval '%2 minutes', %4); INSERT INTO callback_events (callback_id, state, "
        "actor) VALUES ('%1', 'QUEUED', 'api:old');\n");
    const QString waiting = "00000000-0000-4000-8000-000000000001";
    psql(row.arg(waiting, "1", "QUEUED", "NULL") +
         row.arg("00000000-0000-4000-8000-000000000002", "2", "QUEUED", "now()") +
         row.arg("00000000-0000-4000-8000-000000000003", "3", "COMPLETED", "NULL"));

    QProcessEnvironment env = f.stack.gesdEnvironment();
    env.insert("DB_NAME", "upgrade");
    QProcess node;
    node.setProcessEnvironment(env);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(TestStack::gesdBinary(), {"--migrate-only"});
    QVERIFY(node.waitForFinished(30000));
    QVERIFY2(node.exitCode() == 0, node.readAll().constData());

    // Only the QUEUED callback that was never announced is in the outbox, with its time.
    QCOMPARE(psql("SELECT string_agg(callback_id::text, ',') FROM unannounced_callbacks"), waiting);
    QCOMPARE(psql("SELECT u.queued_at = c.queued_at FROM unannounced_callbacks u JOIN callbacks c "
                  "ON c.id = u.callback_id"),
             QStringLiteral("t"));
    QCOMPARE(psql("SELECT count(*) FROM information_schema.columns WHERE table_name = "
                  "'callbacks' AND column_name = 'announced_at'"),
             QStringLiteral("0"));
    // Their creates stay in the history as events; the rows have no creator of their own.
    QCOMPARE(psql("SELECT count(*) FROM callbacks WHERE created_by IS NULL"), QStringLiteral("3"));
    QCOMPARE(psql("SELECT count(*) FROM callback_events"), QStringLiteral("3"));
}

void TestOperations::noSecretEverReachesTheLog()
{
    // A full run's log: start-up, logins, API keys, creates, failures of every dependency.
    m_seenSecrets << f.stack.login();
    const QString log = f.stack.gesdLog();
    QVERIFY(log.contains("callback created"));
    const auto secrets = f.stack.secrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (it.key() == "ADMIN-USER" || it.key() == "DB-USER")
            continue; // names, not secrets
        QVERIFY2(!log.contains(it.value()), qPrintable(it.key() + " appears in the log"));
    }
    for (const QString &secret : m_seenSecrets)
        QVERIFY2(!log.contains(secret), "an API key or session token appears in the log");
    QVERIFY(!log.contains("ORD-PRIVATE-77")); // user data is never logged either
}

void TestOperations::sigtermExitsCleanly()
{
    // SIGTERM in the middle of create traffic: a clean exit, and every create answered
    // 200 is in PostgreSQL.
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 100; ++i)
        replies << f.postCreate(manager, "+49307300" + QByteArray::number(100 + i));
    QTRY_VERIFY_WITH_TIMEOUT(replies.first()->isFinished(), 10000);
    QProcess &gesd = f.stack.gesd().process();
    ::kill(pid_t(gesd.processId()), SIGTERM);
    QVERIFY(gesd.waitForFinished(10000));
    QCOMPARE(gesd.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gesd.exitCode(), 0);
    QVERIFY(f.stack.gesdLog().contains("stopped"));
    QStringList acknowledged;
    for (QNetworkReply *reply : replies) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
            acknowledged << QJsonDocument::fromJson(reply->readAll())
                                .object()
                                .value("data")
                                .toObject()
                                .value("id")
                                .toString();
    }
    QVERIFY(!acknowledged.isEmpty());
    QCOMPARE(
        f.stack.postgres()
            .psql("SELECT count(*) FROM callbacks WHERE id IN ('" + acknowledged.join("','") + "')")
            .toInt(),
        acknowledged.size());
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
