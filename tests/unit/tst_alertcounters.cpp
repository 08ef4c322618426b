// AlertCounters: a counter goes up once when its dependency has failed `tolerance` times
// in a row, not on every error, and is re-armed by a success; the tolerance is exposed.
// Then the real OutboundHttp feeding the DNS alert from real failed host lookups.
#include "integrations/OutboundHttp.h"
#include "ops/AlertCounters.h"
#include "ops/Metrics.h"

#include <QTest>

using namespace ges;
using Alert = AlertCounters::Alert;

class TestAlertCounters : public QObject
{
    Q_OBJECT
private slots:
    void everyCounterStartsAtZeroWithItsTolerance();
    void firesOnceAtTheToleranceThInARow();
    void aSuccessBreaksTheRunAndRearms();
    void alertsAreIndependent();
    void processMetricsAreRendered();
    void failedHostLookupsFireTheDnsAlert();
};

void TestAlertCounters::everyCounterStartsAtZeroWithItsTolerance()
{
    Metrics metrics;
    AlertCounters alerts(metrics, 4);
    const QByteArray text = metrics.render();
    for (Alert a : {Alert::Redis, Alert::Postgres, Alert::OrsRedis, Alert::OrsAnnounce, Alert::Gws,
                    Alert::Dns}) {
        const QByteArray counter = AlertCounters::counterName(a);
        QVERIFY2(text.contains("# TYPE " + counter + " counter\n" + counter + " 0\n"), counter);
        QVERIFY(text.contains(QByteArray(AlertCounters::toleranceName(a)) + " 4\n"));
    }
    QCOMPARE(QByteArray(AlertCounters::counterName(Alert::Dns)), QByteArray("GES_DNS_FAILURE"));
}

void TestAlertCounters::firesOnceAtTheToleranceThInARow()
{
    Metrics metrics;
    AlertCounters alerts(metrics);
    const char *name = AlertCounters::counterName(Alert::OrsRedis);
    alerts.failed(Alert::OrsRedis);
    alerts.failed(Alert::OrsRedis);
    QCOMPARE(metrics.value(name), 0.0);
    alerts.failed(Alert::OrsRedis);
    QCOMPARE(metrics.value(name), 1.0);
    for (int i = 0; i < 20; ++i) // the same outage goes on: no more
        alerts.failed(Alert::OrsRedis);
    QCOMPARE(metrics.value(name), 1.0);
}

void TestAlertCounters::aSuccessBreaksTheRunAndRearms()
{
    Metrics metrics;
    AlertCounters alerts(metrics);
    const char *name = AlertCounters::counterName(Alert::Postgres);
    for (int i = 0; i < 5; ++i) { // errors now and then, never three in a row
        alerts.failed(Alert::Postgres);
        alerts.failed(Alert::Postgres);
        alerts.succeeded(Alert::Postgres);
    }
    QCOMPARE(metrics.value(name), 0.0);
    for (int outage = 1; outage <= 3; ++outage) {
        for (int i = 0; i < 4; ++i)
            alerts.failed(Alert::Postgres);
        alerts.succeeded(Alert::Postgres);
        QCOMPARE(metrics.value(name), double(outage));
    }
}

void TestAlertCounters::alertsAreIndependent()
{
    Metrics metrics;
    AlertCounters alerts(metrics, 2);
    alerts.failed(Alert::Redis);
    alerts.failed(Alert::Gws); // another dependency's failure does not continue the run
    alerts.succeeded(Alert::Gws);
    alerts.failed(Alert::Redis);
    QCOMPARE(metrics.value(AlertCounters::counterName(Alert::Redis)), 1.0);
    QCOMPARE(metrics.value(AlertCounters::counterName(Alert::Gws)), 0.0);
}

void TestAlertCounters::processMetricsAreRendered()
{
    Metrics metrics;
    QByteArray blob(32 * 1024 * 1024, 'x'); // touched: resident
    const QByteArray text = metrics.render();
    QVERIFY(text.contains("# TYPE process_cpu_seconds_total counter\n"));
    QVERIFY(text.contains("# TYPE process_resident_memory_bytes gauge\n"));
    QVERIFY(metrics.value("process_resident_memory_bytes") > blob.size());
    QVERIFY(metrics.value("process_start_time_seconds") > 1.6e9);
    QVERIFY(metrics.value("process_open_fds") >= 3);
}

void TestAlertCounters::failedHostLookupsFireTheDnsAlert()
{
    Metrics metrics;
    AlertCounters alerts(metrics);
    OutboundHttp http;
    http.setAlertCounters(&alerts);
    int answered = 0;
    // .invalid never resolves (RFC 6761).
    for (int i = 0; i < 3; ++i)
        http.send("GET", QUrl(QStringLiteral("http://ges-test-%1.invalid/").arg(i)), {}, {}, 30000,
                  this, [&answered](const OutboundResponse &r) {
                      QCOMPARE(r.status, 0);
                      ++answered;
                  });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 90000);
    QCOMPARE(metrics.value("GES_DNS_FAILURE"), 1.0);
}

QTEST_GUILESS_MAIN(TestAlertCounters)
#include "tst_alertcounters.moc"
