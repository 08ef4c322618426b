// Fault suite, many nodes (docs/reliability.md "Faults"): a node killed -9 behind haproxy
// under create load loses no acknowledged create; scheduled callbacks due while a node is
// killed -9 are each dispatched exactly once.
#include "../e2e/E2eFixture.h"
#include "CreateLoad.h"
#include "FaultChecks.h"
#include "FaultCluster.h"
#include "FaultSize.h"
#include "RoutingSimulator.h"
#include "shared/IsoTime.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace ges::test;

class TestFaultsCluster : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedNodeUnderCreateLoadLosesNothing();
    void scheduledCallbacksSurviveAKilledNode();

private:
    E2eFixture f;
    std::unique_ptr<FaultCluster> m_cluster;
};

void TestFaultsCluster::initTestCase()
{
    f.stack.setEnv("HOUSEKEEPING_SECONDS", "1");
    QVERIFY(f.start());
    m_cluster = std::make_unique<FaultCluster>(f.stack);
    QVERIFY2(m_cluster->addNodes(2), qPrintable(m_cluster->errorString()));
    QVERIFY2(m_cluster->startHaproxy(), qPrintable(m_cluster->errorString()));
}

void TestFaultsCluster::killedNodeUnderCreateLoadLosesNothing()
{
    CreateLoad load({m_cluster->balancedUrl(), f.apiKey, f.service, "+4931"},
                    faultSize(12, 24));
    load.start();
    QTRY_VERIFY_WITH_TIMEOUT(load.acknowledged().size() >= faultSize(150, 1500), 60000);
    const int before = int(load.acknowledged().size());
    // SIGKILL from inside the event loop, while requests are on the wire: no drain, requests
    // cut mid-way.
    QTimer::singleShot(7, this, [this] { m_cluster->node(2).kill(); });
    QTRY_VERIFY_WITH_TIMEOUT(load.acknowledged().size() >= before + faultSize(150, 3000), 120000);
    load.stop();
    QTRY_VERIFY_WITH_TIMEOUT(load.idle(), 70000);
    qInfo("kill -9 behind haproxy: %s", qPrintable(load.summary()));
    QVERIFY2(load.violations().isEmpty(), qPrintable(load.violations().mid(0, 5).join('\n')));
    const QStringList ids = load.acknowledged();
    QCOMPARE(countInPostgres(f.stack.postgres(), ids), int(ids.size()));
    // Every node took traffic before the kill (round robin).
    for (int i = 0; i < 3; ++i)
        QVERIFY2(m_cluster->nodeLog(i).contains("callback created"), qPrintable(QString::number(i)));
}

void TestFaultsCluster::scheduledCallbacksSurviveAKilledNode()
{
    const int count = faultSize(1000, 10000);
    const int spreadMs = faultSize(20000, 60000);
    QCOMPARE(f.createBulkService(), 200);
    RoutingSimulator ors(f.stack.orsRedis().port(), f.stack.streamName(), f.stack.internalUrl(),
                         f.stack.routingToken());
    ors.start(false);
    QTRY_VERIFY_WITH_TIMEOUT(ors.isReading(), 5000);
    // A fresh third node to kill (the first test killed node 2).
    QVERIFY2(m_cluster->addNodes(1), qPrintable(m_cluster->errorString()));
    const int victim = m_cluster->nodeCount() - 1;
    // Created through the two nodes that stay up; due over `spreadMs` once they all exist.
    const QDateTime due = QDateTime::currentDateTimeUtc().addSecs(faultSize(25, 90));
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const QJsonObject body{
            {"serviceName", "bulk"},
            {"phoneNumber", QStringLiteral("+4932%1").arg(i, 7, 10, QLatin1Char('0'))},
            {"desiredTime", ges::isotime::format(due.addMSecs(qint64(i) * spreadMs / count))}};
        replies << f.postCreate(manager, body, {}, m_cluster->externalUrl(i % 2));
        if (replies.size() == 200 || i == count - 1) { // bounded memory for 10k
            QTRY_VERIFY_WITH_TIMEOUT(E2eFixture::allFinished(replies), 60000);
            for (QNetworkReply *reply : replies) {
                const QByteArray answer = reply->readAll();
                QVERIFY2(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200,
                         answer.constData());
                ids << QJsonDocument::fromJson(answer).object()["data"].toObject()["id"].toString();
            }
            qDeleteAll(replies);
            replies.clear();
        }
    }
    qInfo("created %d scheduled callbacks, %lld ms before the first is due", count,
          QDateTime::currentDateTimeUtc().msecsTo(due));
    const auto seen = [&] {
        return int(std::count_if(ids.begin(), ids.end(),
                                 [&](const QString &id) { return ors.timesSeen(id) > 0; }));
    };
    // Kill the third node (it claims batches too) once about a third has been dispatched.
    QTRY_VERIFY_WITH_TIMEOUT(seen() >= count / 3, 120000);
    m_cluster->node(victim).kill();
    // A batch it had claimed comes back when its 30 s lease runs out.
    QTRY_COMPARE_WITH_TIMEOUT(seen(), count, spreadMs + 120000);
    QTest::qWait(3000); // a late duplicate would arrive by now
    int duplicates = 0, entries = 0;
    for (const QString &id : ids) {
        duplicates += ors.timesSeen(id) > 1;
        entries += ors.timesSeen(id);
    }
    qInfo("dispatched %d, duplicates %d, stream entries %d; killed node's log has %lld "
          "dispatch lines",
          seen(), duplicates, entries,
          qint64(m_cluster->nodeLog(victim).count("scheduled callbacks queued")));
    QCOMPARE(duplicates, 0);
    QCOMPARE(entries, count);
    // PostgreSQL: each one QUEUED exactly once, announced, none left behind.
    QCOMPARE(f.stack.postgres().psql(
                 "SELECT count(*) || '/' || count(DISTINCT e.callback_id) FROM callback_events e "
                 "JOIN callbacks c ON c.id = e.callback_id "
                 "WHERE c.service_name = 'bulk' AND e.state = 'QUEUED'"),
             QStringLiteral("%1/%1").arg(count));
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM callbacks WHERE service_name = 'bulk' "
                                     "AND (state <> 'QUEUED' OR id IN (SELECT callback_id FROM "
                                     "unannounced_callbacks))"),
             QStringLiteral("0"));
}

QTEST_MAIN(TestFaultsCluster)
#include "tst_faults_cluster.moc"
