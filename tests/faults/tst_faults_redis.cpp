// Fault suite, Redis (docs/reliability.md "Faults"): the ORS Redis down (creates commit and
// are announced once when it returns), and the GES Redis emptied by FLUSHALL mid-dispatch
// (the working set is rebuilt from PostgreSQL; nothing lost, nothing dispatched twice).
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

class TestFaultsRedis : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void orsRedisDownCreatesAreAnnouncedOnceWhenBack();
    void flushallMidDispatchLosesAndRepeatsNothing();

private:
    QStringList createMany(int count, const QString &prefix, const QString &service,
                           const QDateTime &due = {}, int spreadMs = 0);
    int seenOf(const RoutingSimulator &ors, const QStringList &ids) const;
    E2eFixture f;
    std::unique_ptr<FaultCluster> m_cluster;
};

void TestFaultsRedis::initTestCase()
{
    f.stack.setEnv("HEALTH_CHECK_SECONDS", "1");
    f.stack.setEnv("HOUSEKEEPING_SECONDS", "1");
    QVERIFY(f.start());
    m_cluster = std::make_unique<FaultCluster>(f.stack);
    QVERIFY2(m_cluster->addNodes(1), qPrintable(m_cluster->errorString()));
    QCOMPARE(f.createBulkService(), 200);
}

// Creates through both nodes, each answered 200; returns the ids.
QStringList TestFaultsRedis::createMany(int count, const QString &prefix, const QString &service,
                                        const QDateTime &due, int spreadMs)
{
    QStringList ids;
    QNetworkAccessManager manager;
    for (int start = 0; start < count; start += 200) {
        QList<QNetworkReply *> replies;
        for (int i = start; i < std::min(count, start + 200); ++i) {
            QJsonObject body{{"serviceName", service},
                             {"phoneNumber", prefix + QStringLiteral("%1").arg(i, 7, 10, QLatin1Char('0'))}};
            if (due.isValid())
                body.insert("desiredTime",
                            ges::isotime::format(due.addMSecs(qint64(i) * spreadMs / count)));
            replies << f.postCreate(manager, body, {}, m_cluster->externalUrl(i % 2));
        }
        if (!QTest::qWaitFor([&] { return E2eFixture::allFinished(replies); }, 60000))
            return {};
        for (QNetworkReply *reply : replies) {
            const QByteArray answer = reply->readAll();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                qWarning() << "create answered" << answer.left(300);
                return {};
            }
            ids << QJsonDocument::fromJson(answer).object()["data"].toObject()["id"].toString();
        }
        qDeleteAll(replies);
    }
    return ids;
}

int TestFaultsRedis::seenOf(const RoutingSimulator &ors, const QStringList &ids) const
{
    return int(std::count_if(ids.begin(), ids.end(),
                             [&](const QString &id) { return ors.timesSeen(id) > 0; }));
}

void TestFaultsRedis::orsRedisDownCreatesAreAnnouncedOnceWhenBack()
{
    const int count = faultSize(40, 400);
    f.stack.orsRedis().stop();
    const QStringList ids = createMany(count, "+4933", f.service);
    QCOMPARE(int(ids.size()), count); // the record is what matters; ORS hears of it later
    QCOMPARE(countInPostgres(f.stack.postgres(), ids), count);
    QVERIFY(f.stack.orsRedis().restart());
    RoutingSimulator ors(f.stack.orsRedis().port(), f.stack.streamName(), f.stack.internalUrl(),
                         f.stack.routingToken());
    ors.start(false);
    QTRY_VERIFY_WITH_TIMEOUT(ors.isReading(), 10000);
    QElapsedTimer announced;
    announced.start();
    // The outbox takes a create unannounced for 60 s (Housekeeping::kUnannouncedSeconds).
    QTRY_COMPARE_WITH_TIMEOUT(seenOf(ors, ids), count, 150000);
    qInfo("%d creates made while the ORS Redis was down announced %lld ms after it returned",
          count, announced.elapsed());
    QTest::qWait(3000); // a second announcement would arrive by now
    QCOMPARE(ors.entries(), count);
    for (const QString &id : ids)
        QCOMPARE(ors.timesSeen(id), 1);
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM unannounced_callbacks"),
             QStringLiteral("0"));
}

void TestFaultsRedis::flushallMidDispatchLosesAndRepeatsNothing()
{
    const int count = faultSize(300, 3000);
    const int spreadMs = faultSize(10000, 30000);
    RoutingSimulator ors(f.stack.orsRedis().port(), f.stack.streamName(), f.stack.internalUrl(),
                         f.stack.routingToken());
    ors.start(false);
    QTRY_VERIFY_WITH_TIMEOUT(ors.isReading(), 5000);
    const QStringList waiting = createMany(20, "+4934", f.service);
    QCOMPARE(waiting.size(), 20);
    const QDateTime due = QDateTime::currentDateTimeUtc().addSecs(faultSize(8, 30));
    const QStringList scheduled = createMany(count, "+4935", "bulk", due, spreadMs);
    QCOMPARE(int(scheduled.size()), count);

    // Creates keep coming while Redis is emptied.
    CreateLoad load({f.stack.externalUrl(), f.apiKey, f.service, "+4936"}, 6);
    load.start();
    QTRY_VERIFY_WITH_TIMEOUT(seenOf(ors, scheduled) >= count / 3, 90000);
    QCOMPARE(f.stack.redis().cli({"FLUSHALL"}).trimmed(), QByteArray("OK"));
    QElapsedTimer rebuilt;
    rebuilt.start();
    QTRY_COMPARE_WITH_TIMEOUT(f.stack.redis().cli({"EXISTS", "ges:generation"}).trimmed(),
                              QByteArray("1"), 30000);
    qInfo("working set rebuilt within %lld ms of FLUSHALL", rebuilt.elapsed());
    QTRY_COMPARE_WITH_TIMEOUT(seenOf(ors, scheduled), count, spreadMs + 90000);
    load.stop();
    QTRY_VERIFY_WITH_TIMEOUT(load.idle(), 70000);
    qInfo("create load across FLUSHALL: %s", qPrintable(load.summary()));
    QVERIFY2(load.violations().isEmpty(), qPrintable(load.violations().mid(0, 5).join('\n')));
    QCOMPARE(countInPostgres(f.stack.postgres(), load.acknowledged()),
             int(load.acknowledged().size()));
    QTest::qWait(3000); // a second dispatch would arrive by now
    for (const QString &id : scheduled + waiting + load.acknowledged())
        QVERIFY2(ors.timesSeen(id) == 1, qPrintable(id + " announced " +
                                                     QString::number(ors.timesSeen(id)) + " times"));
    QCOMPARE(f.stack.postgres().psql(
                 "SELECT count(*) || '/' || count(DISTINCT e.callback_id) FROM callback_events e "
                 "JOIN callbacks c ON c.id = e.callback_id "
                 "WHERE c.service_name = 'bulk' AND e.state = 'QUEUED'"),
             QStringLiteral("%1/%1").arg(count));
    // Retrieve by id still works, from the rebuilt working set.
    for (const QString &id : {waiting.first(), waiting.last(), scheduled.first(), scheduled.last()})
        QCOMPARE(f.external("/engagement/v3/callbacks/retrieve", {{"id", id}}).status, 200);
}

QTEST_MAIN(TestFaultsRedis)
#include "tst_faults_redis.moc"
