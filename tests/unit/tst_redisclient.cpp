// RedisClient against a real redis-server: commands, password, loss and return of the
// server, a hung server (watchdog), and peers that close during the handshake.
#include "ChildProcess.h"
#include "RedisServer.h"
#include "store/RedisClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ges;

namespace {
RedisReply call(RedisClient &client, const QList<QByteArray> &args, int timeoutMs = 5000)
{
    RedisReply result = RedisReply::error("no reply");
    bool done = false;
    client.command(args, [&](const RedisReply &r) {
        result = r;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return result;
}
} // namespace

class TestRedisClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void commandsRoundTripAfterAuth();
    void wrongPasswordNeverBecomesReady();
    void serverLossFailsPendingAndRecovers();
    void hungServerIsResetByTheWatchdog();
    void peerClosingDuringHandshakeIsSurvived();
    void closeFailsEverythingAtOnce();

private:
    test::RedisServer m_redis;
};

void TestRedisClient::initTestCase()
{
    m_redis.setPassword("s3cret-pass");
    QVERIFY2(m_redis.start(), qPrintable(m_redis.errorString()));
}

void TestRedisClient::commandsRoundTripAfterAuth()
{
    RedisClient client("test", "127.0.0.1", m_redis.port(), "s3cret-pass");
    QSignalSpy ready(&client, &RedisClient::ready);
    // Before ready: refused at once (later, on the loop), not queued forever.
    QCOMPARE(call(client, {"PING"}).isError(), true);
    client.start();
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(call(client, {"SET", "k", QByteArray("v\0w", 3)}).text, QByteArray("OK"));
    const RedisReply value = call(client, {"GET", "k"});
    QCOMPARE(value.type, RedisReply::Type::String);
    QCOMPARE(value.text, QByteArray("v\0w", 3)); // binary safe
    QCOMPARE(call(client, {"GET", "missing"}).type, RedisReply::Type::Nil);
    QCOMPARE(call(client, {"INCRBY", "n", "41"}).integer, 41);
    const RedisReply list = call(client, {"MGET", "k", "missing"});
    QCOMPARE(list.type, RedisReply::Type::Array);
    QCOMPARE(list.elements.size(), 2);
    QCOMPARE(call(client, {"NOSUCHCOMMAND"}).isError(), true);
}

void TestRedisClient::wrongPasswordNeverBecomesReady()
{
    RedisClient client("test", "127.0.0.1", m_redis.port(), "wrong");
    QSignalSpy lost(&client, &RedisClient::lost);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 2, 5000); // keeps trying, with backoff
    QVERIFY(!client.isReady());
    QVERIFY(client.lastError().contains("WRONGPASS") || client.lastError().contains("invalid"));
}

void TestRedisClient::serverLossFailsPendingAndRecovers()
{
    RedisClient client("test", "127.0.0.1", m_redis.port(), "s3cret-pass");
    QSignalSpy ready(&client, &RedisClient::ready);
    client.start();
    QTRY_COMPARE(ready.size(), 1);
    bool blockedAnswered = false;
    client.command({"BLPOP", "never", "0"},
                   [&](const RedisReply &r) { blockedAnswered = r.isError(); });
    m_redis.stop();
    QTRY_VERIFY_WITH_TIMEOUT(blockedAnswered, 5000);
    QVERIFY(!client.isReady());
    QVERIFY(m_redis.restart());
    QTRY_VERIFY_WITH_TIMEOUT(client.isReady(), 10000);
    QCOMPARE(call(client, {"PING"}).text, QByteArray("PONG"));
}

void TestRedisClient::hungServerIsResetByTheWatchdog()
{
    RedisClient client("test", "127.0.0.1", m_redis.port(), "s3cret-pass");
    client.setReplyTimeoutMs(800);
    client.start();
    QTRY_VERIFY(client.isReady());
    m_redis.freeze(true);
    bool failed = false;
    client.command({"PING"}, [&](const RedisReply &r) { failed = r.isError(); });
    QTRY_VERIFY_WITH_TIMEOUT(failed, 5000);
    m_redis.freeze(false);
    QTRY_VERIFY_WITH_TIMEOUT(client.isReady(), 10000);
    QCOMPARE(call(client, {"PING"}).text, QByteArray("PONG"));
}

void TestRedisClient::peerClosingDuringHandshakeIsSurvived()
{
    // A peer that accepts and hangs up at once, again and again (a proxy whose backend
    // is down): each attempt ends cleanly, nothing is freed twice.
    QTcpServer slammer;
    QVERIFY(slammer.listen(QHostAddress::LocalHost));
    int accepted = 0;
    connect(&slammer, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = slammer.nextPendingConnection()) {
            ++accepted;
            s->abort();
            s->deleteLater();
        }
    });
    {
        RedisClient client("test", "127.0.0.1", slammer.serverPort(), "pw");
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(accepted >= 4, 10000);
        QVERIFY(!client.isReady());
    }
    // And one that answers the handshake with garbage, then closes.
    QTcpServer liar;
    QVERIFY(liar.listen(QHostAddress::LocalHost));
    int lied = 0;
    connect(&liar, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = liar.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s, &lied] {
                s->readAll();
                s->write("-ERR go away\r\n");
                s->flush();
                s->disconnectFromHost();
                ++lied;
            });
        }
    });
    RedisClient client("test", "127.0.0.1", liar.serverPort(), "pw");
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(lied >= 3, 10000);
    QVERIFY(!client.isReady());
    QCOMPARE(client.lastError(), QStringLiteral("ERR go away"));
}

void TestRedisClient::closeFailsEverythingAtOnce()
{
    RedisClient client("test", "127.0.0.1", m_redis.port(), "s3cret-pass");
    client.start();
    QTRY_VERIFY(client.isReady());
    int failed = 0;
    for (int i = 0; i < 3; ++i)
        client.command({"BLPOP", "never", "0"},
                       [&](const RedisReply &r) { failed += r.isError(); });
    client.close();
    QCOMPARE(failed, 3); // during close(), not later
    QCOMPARE(call(client, {"PING"}).isError(), true);
    QTest::qWait(300);
    QVERIFY(!client.isReady()); // and no reconnect follows
}

QTEST_GUILESS_MAIN(TestRedisClient)
#include "tst_redisclient.moc"
