// Bounded work under a stalled dependency: with PostgreSQL frozen (SIGSTOP), requests
// beyond HTTP_MAX_IN_FLIGHT are refused at once with 503 + Retry-After, the event loop
// keeps answering health checks, and the held requests complete once PostgreSQL resumes.
#include "E2eFixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace ges::test;

class TestOverload : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void stalledDatabaseBoundsRequestsInFlight();
    void cleanupTestCase();

private:
    E2eFixture f;
    bool m_stopped = false;
};

void TestOverload::initTestCase()
{
    f.stack.setEnv("HTTP_MAX_IN_FLIGHT", "2");
    QVERIFY(f.start());
}

void TestOverload::stalledDatabaseBoundsRequestsInFlight()
{
    QVERIFY(f.createCallback("+4930900000").status == 200); // warm: connections open
    f.stack.postgres().freeze(true);
    m_stopped = true;

    QNetworkAccessManager manager;
    QList<QNetworkReply *> held;
    for (int i = 0; i < 3; ++i) { // the third one crosses the bound of 2
        held << f.postCreate(manager, "+493090000" + QByteArray::number(i + 1));
        QTest::qWait(100);
    }
    QTRY_VERIFY_WITH_TIMEOUT(held[2]->isFinished(), 5000);
    QCOMPARE(held[2]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    QCOMPARE(held[2]->rawHeader("Retry-After"), QByteArray("1"));
    QVERIFY(!held[0]->isFinished() && !held[1]->isFinished());

    // The event loop is free: the internal port answers while SQL is stuck.
    QCOMPARE(HttpClient::get(f.stack.internalUrl("/ges/v1/health")).status, 200);
    QCOMPARE(HttpClient::get(f.stack.internalUrl("/metrics")).status, 200);

    f.stack.postgres().freeze(false);
    m_stopped = false;
    for (int i = 0; i < 2; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(held[i]->isFinished(), 15000);
        QCOMPARE(held[i]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }
    QCOMPARE(
        f.stack.postgres().psql(
            "SELECT count(*) FROM callbacks WHERE phone_number IN ('+4930900001', '+4930900002')"),
        QStringLiteral("2"));
    QCOMPARE(f.createCallback("+4930900009").status, 200); // the bound frees up again
}

void TestOverload::cleanupTestCase()
{
    if (m_stopped)
        f.stack.postgres().freeze(false);
}

QTEST_GUILESS_MAIN(TestOverload)
#include "tst_overload.moc"
