// Metrics end to end against a real gesd: the business and HTTP counters count what the
// traffic did, with exactly the labels of API.md §5; the histogram agrees with the request
// counter; process metrics are there; `promtool check metrics` accepts the scrape except
// for the contract's own names; an alert counter fires once per outage of a dependency;
// and the Grafana dashboards and alert rules name only metrics that exist.
#include "E2eFixture.h"
#include "MetricsScrape.h"
#include "shared/ApiPaths.h"
#include "shared/IsoTime.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

using namespace ges::test;

namespace {
const QString kCreate = QStringLiteral("/engagement/v3/callbacks/create");

// promtool's lint findings we accept, each for a name the contract fixes (API.md §5,
// docs/metrics.md): the original's counters carry no _total suffix, and the failed-request
// counter has the camelCase label httpCode. Anything else promtool says fails the test.
const QStringList kAcceptedLints{
    QStringLiteral(R"(ges_callbacks_created counter metrics should have "_total" suffix)"),
    QStringLiteral(R"(ges_callbacks_canceled counter metrics should have "_total" suffix)"),
    QStringLiteral(R"(ges_callbacks_completed counter metrics should have "_total" suffix)"),
    QStringLiteral(R"(ges_call_in_requests counter metrics should have "_total" suffix)"),
    QStringLiteral(R"(GES_DNS_FAILURE counter metrics should have "_total" suffix)"),
    QStringLiteral("ges_http_failed_requests_total label names should be written in "
                   "'snake_case' not 'camelCase'"),
};
} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void businessCountersCountWhatHappened();
    void httpCountersCarryTheContractLabels();
    void histogramAgreesWithTheRequestCounter();
    void processMetricsAreRead();
    void promtoolAcceptsTheScrape();
    void orsRedisOutageFiresItsAlertOncePerOutage();
    void quickRedisRestartFiresNoAlert();
    void postgresOutageFiresItsAlert();
    void announceFailuresFireTheirAlert();
    void dashboardsAndRulesNameOnlyExistingMetrics();

private:
    MetricsScrape scrape() const
    {
        return MetricsScrape(HttpClient::get(f.stack.internalUrl("/metrics")).body);
    }
    QString create(const QJsonObject &extra = {});
    HttpResponse reportState(const QString &id, const QJsonObject &body);
    mutable E2eFixture f;
};

void TestMetrics::initTestCase()
{
    f.stack.setEnv("HEALTH_CHECK_SECONDS", "1");
    QVERIFY(f.start());
    QTRY_COMPARE_WITH_TIMEOUT(scrape().value("ORS_REDIS_STATUS"), 0.0, 10000);
}

QString TestMetrics::create(const QJsonObject &extra)
{
    static int phone = 0;
    QJsonObject body{{"serviceName", f.service},
                     {"phoneNumber", QStringLiteral("+4930900%1").arg(++phone, 4, 10, QChar('0'))}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const auto response = f.external("/engagement/v3/callbacks/create", body);
    if (response.status != 200)
        qWarning("create answered %d: %s", response.status, response.body.constData());
    return response.data().toObject().value("id").toString();
}

HttpResponse TestMetrics::reportState(const QString &id, const QJsonObject &body)
{
    return HttpClient::postJson(
        f.stack.internalUrl(QString::fromLatin1(ges::paths::RoutingCallbackState)
                                .replace(QLatin1String("{id}"), id)),
        body, {{"Authorization", "Bearer " + f.stack.routingToken().toUtf8()}});
}

void TestMetrics::businessCountersCountWhatHappened()
{
    const QString immediate = R"(ges_callbacks_created{tenant="acme",service="support",type="IMMEDIATE"})";
    const QString scheduled = R"(ges_callbacks_created{tenant="acme",service="support",type="SCHEDULED"})";
    const QString canceled = R"(ges_callbacks_canceled{tenant="acme"})";
    const QString connected = R"(ges_callbacks_completed{tenant="acme",outcome="CONNECTED"})";
    const QString noAnswer = R"(ges_callbacks_completed{tenant="acme",outcome="NO_ANSWER"})";
    const QString callIn = R"(ges_call_in_requests{tenant="acme"})";
    const MetricsScrape before = scrape();

    const QString a = create(), b = create(), c = create();
    const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(12, 0), QTimeZone::utc());
    QVERIFY(!create({{"desiredTime", ges::isotime::format(tomorrow)}}).isEmpty());
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
    QCOMPARE(f.external("/engagement/v3/callbacks/cancel", {{"id", a}}).status, 200);
    // Canceling twice is refused and counts once.
    QVERIFY(f.external("/engagement/v3/callbacks/cancel", {{"id", a}}).status >= 400);
    QCOMPARE(reportState(b, {{"callbackState", "COMPLETED"}, {"callbackReason", "CONNECTED"}})
                 .status,
             200);
    QCOMPARE(reportState(c, {{"callbackState", "ROUTING"}}).status, 200);
    QCOMPARE(reportState(c, {{"callbackState", "COMPLETED"}, {"callbackReason", "NO_ANSWER"}})
                 .status,
             200);
    // A state that does not complete counts nothing more.
    QVERIFY(reportState(c, {{"callbackState", "ROUTING"}}).status >= 400);

    QCOMPARE(f.admin("POST", ges::paths::AdminCallInGroups,
                     {{"tenant", f.tenant},
                      {"name", "metrics"},
                      {"phoneNumbers", QJsonArray{"+4930555900"}},
                      {"accessCodeLength", 4},
                      {"expirySeconds", 600}})
                 .status,
             200);
    QCOMPARE(f.external(ges::paths::CallInCreate, {{"groupName", "metrics"},
                                                   {"phoneNumber", "+4930555901"},
                                                   {"callbackServiceId", f.service}})
                 .status,
             200);

    const MetricsScrape after = scrape();
    QCOMPARE(after.value(immediate) - before.value(immediate), 3.0);
    QCOMPARE(after.value(scheduled) - before.value(scheduled), 1.0);
    QCOMPARE(after.value(canceled) - before.value(canceled), 1.0);
    QCOMPARE(after.value(connected) - before.value(connected), 1.0);
    QCOMPARE(after.value(noAnswer) - before.value(noAnswer), 1.0);
    QCOMPARE(after.value(callIn) - before.value(callIn), 1.0);
    // Exactly the labels of API.md §5, on every series of these families.
    QCOMPARE(after.labelNames("ges_callbacks_created"), QStringList({"tenant", "service", "type"}));
    QCOMPARE(after.labelNames("ges_callbacks_canceled"), QStringList({"tenant"}));
    QCOMPARE(after.labelNames("ges_callbacks_completed"), QStringList({"tenant", "outcome"}));
    QCOMPARE(after.labelNames("ges_call_in_requests"), QStringList({"tenant"}));
}

void TestMetrics::httpCountersCarryTheContractLabels()
{
    const QString ok = R"(ges_http_requests_total{method="POST",route="/engagement/v3/callbacks/create",code="200"})";
    const QString unauthorized = R"(ges_http_requests_total{method="POST",route="/engagement/v3/callbacks/create",code="401"})";
    const QString failedNoTenant = R"(ges_http_failed_requests_total{path="/engagement/v3/callbacks/create",httpCode="401",tenant=""})";
    const QString failedAcme = R"(ges_http_failed_requests_total{path="/engagement/v3/callbacks/create",httpCode="400",tenant="acme"})";
    const MetricsScrape before = scrape();
    QVERIFY(!create().isEmpty());
    QCOMPARE(f.createCallback("+4930900999", "ges_not-a-real-key-at-all").status, 401);
    QCOMPARE(f.external("/engagement/v3/callbacks/create", {{"serviceName", f.service}}).status,
             400); // no phone number: the tenant is known from the key
    const MetricsScrape after = scrape();
    QCOMPARE(after.value(ok) - before.value(ok), 1.0);
    QCOMPARE(after.value(unauthorized) - before.value(unauthorized), 1.0);
    QCOMPARE(after.value(failedNoTenant) - before.value(failedNoTenant), 1.0);
    QCOMPARE(after.value(failedAcme) - before.value(failedAcme), 1.0);
    QCOMPARE(after.labelNames("ges_http_requests_total"), QStringList({"method", "route", "code"}));
    QCOMPARE(after.labelNames("ges_http_failed_requests_total"),
             QStringList({"path", "httpCode", "tenant"}));
    QCOMPARE(after.labelNames("ges_http_request_duration_seconds_count"),
             QStringList({"method", "route", "code"}));
    // Every failed request is also a request, so the failed total never exceeds it.
    QVERIFY(after.sum("ges_http_failed_requests_total") <= after.sum("ges_http_requests_total"));
    QCOMPARE(after.type("ges_http_requests_total"), QStringLiteral("counter"));
    QCOMPARE(after.type("ges_http_request_duration_seconds"), QStringLiteral("histogram"));
    for (const char *gauge : {"REDIS_STATUS", "DB_STATUS", "ORS_REDIS_STATUS", "GWS_STATUS"}) {
        QCOMPARE(after.type(gauge), QStringLiteral("gauge"));
        QCOMPARE(after.value(gauge), 0.0);
    }
}

void TestMetrics::histogramAgreesWithTheRequestCounter()
{
    const MetricsScrape s = scrape(); // the scrape itself is counted after it is answered
    const QStringList series = s.seriesOf("ges_http_requests_total");
    QVERIFY(series.size() >= 3);
    for (const QString &counter : series) {
        const QString labels = counter.mid(counter.indexOf('{'));
        const QString inner = labels.mid(1, labels.size() - 2);
        const double count = s.value("ges_http_request_duration_seconds_count" + labels);
        QCOMPARE(count, s.value(counter));
        QCOMPARE(s.value("ges_http_request_duration_seconds_bucket{" + inner + R"(,le="+Inf"})"),
                 count);
        // Buckets are cumulative: never decreasing with le.
        double previous = 0;
        for (const char *le : {"0.0005", "0.001", "0.005", "0.01", "0.05", "0.1", "0.5", "1", "5",
                               "10", "+Inf"}) {
            const double bucket = s.value("ges_http_request_duration_seconds_bucket{" + inner +
                                          ",le=\"" + le + "\"}");
            QVERIFY2(bucket >= previous, qPrintable(counter + " le=" + le));
            previous = bucket;
        }
        QVERIFY(s.value("ges_http_request_duration_seconds_sum" + labels) > 0);
    }
}

void TestMetrics::processMetricsAreRead()
{
    const MetricsScrape s = scrape();
    QVERIFY(s.value("process_resident_memory_bytes") > 1024 * 1024);
    QVERIFY(s.value("process_virtual_memory_bytes") >= s.value("process_resident_memory_bytes"));
    QVERIFY(s.value("process_cpu_seconds_total") > 0);
    QVERIFY(s.value("process_open_fds") > 3);
    QVERIFY(s.value("process_max_fds") >= s.value("process_open_fds"));
    const double now = QDateTime::currentSecsSinceEpoch();
    const double started = s.value("process_start_time_seconds");
    QVERIFY2(started > now - 3600 && started <= now + 1, qPrintable(QString::number(now - started)));
    QCOMPARE(s.type("process_cpu_seconds_total"), QStringLiteral("counter"));
}

void TestMetrics::promtoolAcceptsTheScrape()
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        QFAIL("promtool is not installed (Debian package prometheus; scripts/deps.sh installs it)");
    QProcess process;
    process.start(promtool, {"check", "metrics"});
    QVERIFY(process.waitForStarted());
    process.write(scrape().text());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput() +
                                             process.readAllStandardError());
    QStringList unexpected;
    for (const QString &line : output.split('\n', Qt::SkipEmptyParts))
        if (!kAcceptedLints.contains(line.trimmed()))
            unexpected << line;
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join('\n')));
    // Exit 3 is "lint problems" (the accepted ones); 1 would be a parse error.
    QVERIFY2(process.exitCode() == 0 || process.exitCode() == 3, qPrintable(output));
}

void TestMetrics::orsRedisOutageFiresItsAlertOncePerOutage()
{
    const char *alert = "ges_ors_redis_failure_alerts_total";
    QCOMPARE(scrape().value("ges_ors_redis_failure_tolerance"), 3.0);
    const double before = scrape().value(alert);
    f.stack.orsRedis().stop();
    QTRY_COMPARE_WITH_TIMEOUT(scrape().value(alert), before + 1, 20000);
    QCOMPARE(scrape().value("ORS_REDIS_STATUS"), 1.0);
    // Several more failed checks (one a second) fire nothing more: one outage, one alert.
    QTest::qWait(4000);
    QCOMPARE(scrape().value(alert), before + 1);
    QVERIFY(f.stack.orsRedis().restart());
    QTRY_COMPARE_WITH_TIMEOUT(scrape().value("ORS_REDIS_STATUS"), 0.0, 15000);
    // A success re-arms it: the next outage fires again.
    f.stack.orsRedis().stop();
    QTRY_COMPARE_WITH_TIMEOUT(scrape().value(alert), before + 2, 20000);
    QVERIFY(f.stack.orsRedis().restart());
    QTRY_COMPARE_WITH_TIMEOUT(scrape().value("ORS_REDIS_STATUS"), 0.0, 15000);
    QVERIFY(f.stack.gesdLog().contains(QLatin1String(alert)));
}

void TestMetrics::quickRedisRestartFiresNoAlert()
{
    // Down for well under a second: the reconnect attempts in that time (after 100, 200,
    // 400 ms) are no failed checks, and with one check a second at most two can fail
    // before the connection is back, below the tolerance of 3.
    const char *alert = "ges_ors_redis_failure_alerts_total";
    QTRY_COMPARE_WITH_TIMEOUT(scrape().value("ORS_REDIS_STATUS"), 0.0, 15000);
    const double before = scrape().value(alert);
    QElapsedTimer outage;
    outage.start();
    f.stack.orsRedis().stop();
    QTest::qWait(400);
    QVERIFY(f.stack.orsRedis().restart());
    QTRY_COMPARE_WITH_TIMEOUT(scrape().value("ORS_REDIS_STATUS"), 0.0, 15000);
    const qint64 downMs = outage.elapsed();
    QTest::qWait(3000); // more checks, all answered
    QVERIFY2(scrape().value(alert) == before,
             qPrintable(QStringLiteral("fired after an outage of at most %1 ms").arg(downMs)));
    QCOMPARE(scrape().value("ORS_REDIS_STATUS"), 0.0);
}

void TestMetrics::postgresOutageFiresItsAlert()
{
    const char *alert = "ges_db_failure_alerts_total";
    const double before = scrape().value(alert);
    const double redisBefore = scrape().value("ges_redis_failure_alerts_total");
    f.stack.postgres().stop();
    QTRY_COMPARE_WITH_TIMEOUT(scrape().value(alert), before + 1, 30000);
    QCOMPARE(scrape().value("DB_STATUS"), 1.0);
    QVERIFY(f.stack.postgres().restart());
    QTRY_COMPARE_WITH_TIMEOUT(scrape().value("DB_STATUS"), 0.0, 30000);
    QCOMPARE(scrape().value("ges_redis_failure_alerts_total"), redisBefore); // only the one
}

void TestMetrics::announceFailuresFireTheirAlert()
{
    const char *alert = "ges_ors_announce_failure_alerts_total";
    const double before = scrape().value(alert);
    QVERIFY(!create().isEmpty()); // announced fine: no streak left over
    QCOMPARE(scrape().value(alert), before);
    // The stream key taken by a string: every XADD fails while PING still answers.
    QCOMPARE(f.stack.orsRedis().cli({"DEL", f.stack.streamName()}).trimmed(), QByteArray("1"));
    QCOMPARE(f.stack.orsRedis().cli({"SET", f.stack.streamName(), "not-a-stream"}).trimmed(),
             QByteArray("OK"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(!create().isEmpty()); // the record is what matters; ORS hears of it later
    QTRY_COMPARE_WITH_TIMEOUT(scrape().value(alert), before + 1, 10000);
    QCOMPARE(scrape().value("ORS_REDIS_STATUS"), 0.0); // Redis itself is fine
    QCOMPARE(f.stack.orsRedis().cli({"DEL", f.stack.streamName()}).trimmed(), QByteArray("1"));
}

void TestMetrics::dashboardsAndRulesNameOnlyExistingMetrics()
{
    const MetricsScrape s = scrape();
    QString contract;
    QFile api(QStringLiteral(GES_SOURCE_DIR "/../shared/API.md"));
    if (api.open(QIODevice::ReadOnly)) // beside the repository (CI); the scrape suffices
        contract = QString::fromUtf8(api.readAll());
    const auto exists = [&](const QString &name) {
        return s.hasFamily(name) || contract.contains('`' + name + '`') ||
               contract.contains('`' + name + '{');
    };
    const QDir grafana(QStringLiteral(GES_SOURCE_DIR "/packaging/grafana"));
    const QStringList dashboards = grafana.entryList({"*.json"}, QDir::Files);
    QCOMPARE(dashboards, QStringList({"ges-business.json", "ges-performance.json"}));
    for (const QString &file : dashboards) {
        QString problem;
        const QStringList exprs = MetricsScrape::dashboardQueries(grafana.filePath(file), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(file + ": " + problem));
        QVERIFY2(exprs.size() >= 4, qPrintable(file));
        for (const QString &expr : exprs) {
            const QStringList names = MetricsScrape::metricNames(expr);
            QVERIFY2(!names.isEmpty(), qPrintable(file + ": " + expr));
            for (const QString &name : names)
                QVERIFY2(exists(name), qPrintable(file + ": unknown metric " + name));
        }
    }
    QFile rules(QStringLiteral(GES_SOURCE_DIR "/packaging/prometheus/alerts.yaml"));
    QVERIFY(rules.open(QIODevice::ReadOnly));
    int checked = 0;
    static const QRegularExpression exprLine(QStringLiteral(R"(^\s*expr:\s*(.+)$)"),
                                             QRegularExpression::MultilineOption);
    for (const auto &m : exprLine.globalMatch(QString::fromUtf8(rules.readAll()))) {
        for (const QString &name : MetricsScrape::metricNames(m.captured(1)))
            QVERIFY2(exists(name) || name == QLatin1String("up"),
                     qPrintable("alerts.yaml: unknown metric " + name));
        ++checked;
    }
    QVERIFY(checked >= 8);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
