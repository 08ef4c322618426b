// Dispatch of scheduled callbacks across nodes: exactly once, surviving an emptied Redis;
// and the purge of expired records.
#include "E2eFixture.h"
#include "RoutingSimulator.h"
#include "shared/IsoTime.h"
#include "store/CallbackPacking.h"
#include "store/RedisKeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace ges::test;
namespace rediskeys = ges::rediskeys;

class TestDispatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoNodesDispatchEachCallbackExactlyOnce();
    void anEmptiedRedisIsRebuiltFromPostgres();
    void expiredCallbacksArePurged();

private:
    QString scheduleAt(const QDateTime &when, const QString &phone);
    E2eFixture f;
};

void TestDispatch::initTestCase()
{
    f.stack.setEnv("HOUSEKEEPING_SECONDS", "1");
    QVERIFY(f.start());
    QVERIFY2(f.stack.startSecondGesd(), qPrintable(f.stack.errorString()));
    QCOMPARE(f.createBulkService(), 200);
}

QString TestDispatch::scheduleAt(const QDateTime &when, const QString &phone)
{
    return f
        .external("/engagement/v3/callbacks/create", {{"serviceName", f.service},
                                                      {"phoneNumber", phone},
                                                      {"desiredTime", ges::isotime::format(when)}})
        .data()
        .toObject()
        .value("id")
        .toString();
}

void TestDispatch::twoNodesDispatchEachCallbackExactlyOnce()
{
    RoutingSimulator ors(f.stack.orsRedis().port(), f.stack.streamName(), f.stack.internalUrl(),
                         f.stack.routingToken());
    ors.start(false);
    QTRY_VERIFY_WITH_TIMEOUT(ors.isReading(), 5000);
    constexpr int kCallbacks = 2000;
    // All due in the same few seconds; created through both nodes.
    const QDateTime due = QDateTime::currentDateTimeUtc().addSecs(25);
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < kCallbacks; ++i) {
        const QString base = i % 2 ? f.stack.secondExternalUrl() : f.stack.externalUrl();
        const QJsonObject body{
            {"serviceName", "bulk"},
            {"phoneNumber", QStringLiteral("+49301%1").arg(i, 7, 10, QLatin1Char('0'))},
            {"desiredTime", ges::isotime::format(due.addMSecs(i))}};
        replies << f.postCreate(manager, body, {}, base);
    }
    QTRY_VERIFY_WITH_TIMEOUT(E2eFixture::allFinished(replies), 60000);
    int created = 0;
    for (QNetworkReply *reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        created += status == 200;
        if (status != 200) // say why, so a failure here can be told from a slow machine
            qWarning() << "create answered" << status << reply->readAll().left(300);
    }
    qDeleteAll(replies);
    QCOMPARE(created, kCallbacks);
    QVERIFY2(QDateTime::currentDateTimeUtc() < due, "creating took longer than planned");
    QCOMPARE(ors.entries(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(ors.distinctIds(), kCallbacks, 90000);
    QTest::qWait(3000); // a late duplicate would arrive by now
    QCOMPARE(ors.entries(), kCallbacks);
    const QString counts = f.stack.postgres().psql(
        "SELECT count(*) || '/' || count(DISTINCT e.callback_id) FROM callback_events e "
        "JOIN callbacks c ON c.id = e.callback_id "
        "WHERE c.service_name = 'bulk' AND e.state = 'QUEUED'");
    QCOMPARE(counts, QStringLiteral("%1/%1").arg(kCallbacks));
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM callbacks WHERE service_name = 'bulk' "
                                     "AND (state <> 'QUEUED' OR id IN (SELECT callback_id FROM "
                                     "unannounced_callbacks))"),
             QStringLiteral("0"));
    // Both nodes took part (claims are per batch, so this is near-certain, not guaranteed).
    qInfo("node 1 log has dispatch lines: %d",
          int(f.stack.gesdLog().count("scheduled callbacks queued")));
}

void TestDispatch::anEmptiedRedisIsRebuiltFromPostgres()
{
    RoutingSimulator ors(f.stack.orsRedis().port(), f.stack.streamName(), f.stack.internalUrl(),
                         f.stack.routingToken());
    ors.start(false);
    QTRY_VERIFY_WITH_TIMEOUT(ors.isReading(), 5000);
    const QString waiting =
        f.createCallback("+4930500001").data().toObject().value("id").toString();
    const auto position = [&] {
        return f.external("/engagement/v3/callbacks/retrieve", {{"id", waiting}})
            .data()
            .toObject()
            .value("positionInQueue")
            .toInt(-1);
    };
    const int before = position();
    QVERIFY(before >= 1);
    const QString scheduled = scheduleAt(QDateTime::currentDateTimeUtc().addSecs(6), "+4930500002");
    QVERIFY(!scheduled.isEmpty());
    // Until it is due, a scheduled callback is only in the schedule index.
    QCOMPARE(f.stack.redis().cli({"EXISTS", rediskeys::callback(scheduled)}).trimmed(),
             QByteArray("0"));
    QVERIFY(!f.stack.redis().cli({"ZSCORE", "ges:due", scheduled}).trimmed().isEmpty());

    QCOMPARE(f.stack.redis().cli({"FLUSHALL"}).trimmed(), QByteArray("OK"));
    QCOMPARE(f.stack.redis().cli({"EXISTS", "ges:due"}).trimmed(), QByteArray("0"));
    // Rebuilt: the queue position is back, and the scheduled callback is dispatched once.
    QTRY_COMPARE_WITH_TIMEOUT(f.stack.redis().cli({"EXISTS", "ges:generation"}).trimmed(),
                              QByteArray("1"), 15000);
    QCOMPARE(position(), before);
    QTRY_COMPARE_WITH_TIMEOUT(ors.timesSeen(scheduled), 1, 20000);
    QTest::qWait(2000);
    QCOMPARE(ors.timesSeen(scheduled), 1);
    // Due: now QUEUED, held whole and in its queue (CallbackCache::putFirst).
    const auto dispatched = ges::callbackpacking::unpack(
        scheduled, f.stack.redis().cli({"GET", rediskeys::callback(scheduled)}).trimmed());
    QVERIFY(dispatched);
    QCOMPARE(ges::toString(dispatched->state), QStringLiteral("QUEUED"));
    QVERIFY(!f.stack.redis()
                 .cli({"ZSCORE", rediskeys::queue(dispatched->tenant, f.service), scheduled})
                 .trimmed()
                 .isEmpty());
    // Rebuilt by whichever node took the lease.
    QFile second(f.stack.configFolder() + "/gesd-2.log");
    QVERIFY(second.open(QIODevice::ReadOnly));
    QVERIFY(f.stack.gesdLog().contains("working set rebuilt") ||
            second.readAll().contains("working set rebuilt"));
}

void TestDispatch::expiredCallbacksArePurged()
{
    const QString id = f.createCallback("+4930500003").data().toObject().value("id").toString();
    QVERIFY(!id.isEmpty());
    f.stack.postgres().psql(
        QStringLiteral(
            "UPDATE callbacks SET expires_at = now() - interval '1 second' WHERE id = '%1'")
            .arg(id));
    QTRY_COMPARE_WITH_TIMEOUT(
        f.stack.postgres().psql(
            QStringLiteral("SELECT count(*) FROM callbacks WHERE id = '%1'").arg(id)),
        QStringLiteral("0"), 15000);
    QCOMPARE(f.external("/engagement/v3/callbacks/retrieve", {{"id", id}}).status, 404);
}

QTEST_MAIN(TestDispatch)
#include "tst_dispatch.moc"
