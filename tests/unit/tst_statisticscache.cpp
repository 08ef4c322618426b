// The statistics answer cache's bounds and keys, the Cache-Control parsing of the
// statistics endpoint, the GWS URL rule and the token lifetime rule (docs/statistics.md).
#include "api/StatisticsController.h"
#include "domain/StatisticsAnswerCache.h"
#include "integrations/GwsClient.h"
#include "integrations/GwsTokenCache.h"

#include <QJsonDocument>
#include <QTest>

using namespace ges;

class TestStatisticsCache : public QObject
{
    Q_OBJECT
private slots:
    void keyIgnoresKeyOrderAndSpacing();
    void keySeparatesTenants();
    void storedAnswerIsFoundAndReplaced();
    void entriesAreBounded();
    void bytesAreBounded();
    void maxAgeOf_data();
    void maxAgeOf();
    void gwsUrls_data();
    void gwsUrls();
    void tokensAreUsedUntilShortlyBeforeTheyExpire();
};

void TestStatisticsCache::keyIgnoresKeyOrderAndSpacing()
{
    const auto a = QJsonDocument::fromJson(R"({"statistics":[{"name":"x","objectId":"q"}]})");
    const auto b =
        QJsonDocument::fromJson(R"({ "statistics" : [ {"objectId":"q", "name":"x"} ] })");
    QCOMPARE(StatisticsAnswerCache::keyOf("acme", a.object()),
             StatisticsAnswerCache::keyOf("acme", b.object()));
}

void TestStatisticsCache::keySeparatesTenants()
{
    const QJsonObject request{{"statistics", "x"}};
    QVERIFY(StatisticsAnswerCache::keyOf("acme", request) !=
            StatisticsAnswerCache::keyOf("globex", request));
}

void TestStatisticsCache::storedAnswerIsFoundAndReplaced()
{
    StatisticsAnswerCache cache;
    const QByteArray key = StatisticsAnswerCache::keyOf("acme", {{"q", 1}});
    QVERIFY(!cache.find(key, 60));
    cache.store(key, {{"answer", 1}}, 12);
    QCOMPARE(cache.find(key, 60)->value("answer").toInt(), 1);
    cache.store(key, {{"answer", 2}}, 12); // replaced, not added
    QCOMPARE(cache.size(), 1);
    QCOMPARE(cache.bytes(), 12);
    QCOMPARE(cache.find(key, 60)->value("answer").toInt(), 2);
}

void TestStatisticsCache::entriesAreBounded()
{
    StatisticsAnswerCache cache(3, 1 << 20);
    for (int i = 0; i < 5; ++i)
        cache.store(QByteArray::number(i), {{"i", i}}, 10);
    QCOMPARE(cache.size(), 3);
    QVERIFY(!cache.find("0", 60)); // the oldest went first
    QVERIFY(!cache.find("1", 60));
    QVERIFY(cache.find("4", 60));
}

void TestStatisticsCache::bytesAreBounded()
{
    StatisticsAnswerCache cache(100, 1000);
    cache.store("big", {{"x", 1}}, 101); // over a tenth of the budget: never kept
    QVERIFY(!cache.find("big", 60));
    for (int i = 0; i < 20; ++i)
        cache.store(QByteArray::number(i), {{"i", i}}, 100);
    QVERIFY(cache.bytes() <= 1000);
    QCOMPARE(cache.size(), 10);
    QVERIFY(cache.find("19", 60));
}

void TestStatisticsCache::maxAgeOf_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");
    QTest::newRow("absent") << QByteArray() << 0;
    QTest::newRow("plain") << QByteArray("max-age=60") << 60;
    QTest::newRow("case") << QByteArray("no-cache, Max-Age=30") << 30;
    QTest::newRow("spaces around =") << QByteArray("max-age = 30") << 0;
    QTest::newRow("with spaces") << QByteArray("public,  max-age=30 ") << 30;
    QTest::newRow("not a number") << QByteArray("max-age=soon") << 0;
    QTest::newRow("negative") << QByteArray("max-age=-5") << 0;
    QTest::newRow("huge") << QByteArray("max-age=99999999999") << 86400;
}

void TestStatisticsCache::maxAgeOf()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    QCOMPARE(StatisticsController::maxAgeOf(header), seconds);
}

void TestStatisticsCache::gwsUrls_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("stats");
    QTest::addColumn<QString>("statistics");
    QTest::newRow("hosts") << "https://gws.example.com"
                           << "https://gws.example.com/auth/v3/oauth/token"
                           << "https://gws.example.com/"
                           << "https://gws.example.com/statistics/v3/operations/get-statistic-ex";
    QTest::newRow("base paths")
        << "http://127.0.0.1:8080/auth/v3"
        << "http://127.0.0.1:8080/auth/v3/oauth/token"
        << "http://127.0.0.1:8080/statistics/v3/"
        << "http://127.0.0.1:8080/statistics/v3/operations/get-statistic-ex";
    QTest::newRow("behind a prefix") << "https://x.example.com/gws"
                                     << "https://x.example.com/gws/auth/v3/oauth/token"
                                     << "https://x.example.com/gws/statistics/v3"
                                     << "https://x.example.com/gws/statistics/v3/operations/"
                                        "get-statistic-ex";
}

void TestStatisticsCache::gwsUrls()
{
    QFETCH(QString, auth);
    QFETCH(QString, token);
    QFETCH(QString, stats);
    QFETCH(QString, statistics);
    QCOMPARE(GwsClient::tokenUrl(QUrl(auth)).toString(), token);
    QCOMPARE(GwsClient::statisticsUrl(QUrl(stats)).toString(), statistics);
}

void TestStatisticsCache::tokensAreUsedUntilShortlyBeforeTheyExpire()
{
    QCOMPARE(GwsTokenCache::usableMs(3600), (3600 - 60) * 1000); // at most 60 s before
    QCOMPARE(GwsTokenCache::usableMs(100), 90 * 1000);           // 10% before
    QCOMPARE(GwsTokenCache::usableMs(2), 1800);
    QCOMPARE(GwsTokenCache::usableMs(0), 270 * 1000); // none given: 300 s assumed
}

QTEST_GUILESS_MAIN(TestStatisticsCache)
#include "tst_statisticscache.moc"
