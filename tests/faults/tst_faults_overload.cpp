// Fault suite, overload (docs/reliability.md "Faults"): many more concurrent clients than a
// node serves, past three times its measured maximum create rate: refusals are 429/503 with
// Retry-After, RSS stays bounded, every 2xx is committed, and a normal create succeeds after.
#include "../e2e/E2eFixture.h"
#include "CreateLoad.h"
#include "FaultChecks.h"
#include "FaultCluster.h"
#include "FaultSize.h"

using namespace ges::test;

class TestFaultsOverload : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void threeTimesTheMaximumRate();

private:
    E2eFixture f;
};

void TestFaultsOverload::initTestCase()
{
    // A small bound on unanswered requests, as an operator would set for a small node: the
    // overload then shows as refusals rather than as an ever longer queue.
    f.stack.setEnv("HTTP_MAX_IN_FLIGHT", "32");
    QVERIFY(f.start());
}

void TestFaultsOverload::threeTimesTheMaximumRate()
{
    const int measureMs = faultSize(4000, 15000);
    // The maximum: a few clients back to back, as fast as the node answers.
    CreateLoad probe({f.stack.externalUrl(), f.apiKey, f.service, "+4940"}, 8);
    probe.start();
    QTest::qWait(measureMs);
    const double maxRate = probe.acknowledged().size() * 1000.0 / measureMs;
    probe.stop();
    QTRY_VERIFY_WITH_TIMEOUT(probe.idle(), 60000);
    QVERIFY2(probe.violations().isEmpty(), qPrintable(probe.violations().mid(0, 5).join('\n')));
    QVERIFY(maxRate > 0);

    const qint64 pid = f.stack.gesd().pid();
    const qint64 rssBefore = FaultCluster::rssKb(pid);
    CreateLoad flood({f.stack.externalUrl(), f.apiKey, f.service, "+4941"}, faultSize(150, 400));
    QElapsedTimer elapsed;
    elapsed.start();
    flood.start();
    QTest::qWait(faultSize(6000, 30000));
    flood.stop();
    const double offered = flood.answered() * 1000.0 / elapsed.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(flood.idle(), 60000);
    const qint64 rssAfter = FaultCluster::rssKb(pid);
    qInfo("maximum %.0f creates/s; flood offered %.0f requests/s (%.1fx): %s; RSS %lld KiB "
          "before, %lld KiB after",
          maxRate, offered, offered / maxRate, qPrintable(flood.summary()), rssBefore, rssAfter);
    QVERIFY2(offered >= 3 * maxRate, "the flood did not reach three times the maximum");
    QVERIFY2(flood.violations().isEmpty(), qPrintable(flood.violations().mid(0, 5).join('\n')));
    QVERIFY(flood.statuses().value(503) + flood.statuses().value(429) > 0);
    QCOMPARE(flood.statuses().value(0), 0);
    QVERIFY2(rssAfter < rssBefore + 200 * 1024, "RSS grew by more than 200 MiB");
    QCOMPARE(countInPostgres(f.stack.postgres(), flood.acknowledged()),
             int(flood.acknowledged().size()));
    QCOMPARE(f.createCallback("+4942000001").status, 200); // recovers at once
}

QTEST_MAIN(TestFaultsOverload)
#include "tst_faults_overload.moc"
