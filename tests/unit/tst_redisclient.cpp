// RedisClient against a real redis-server: commands, password, loss and return of the
// server, a hung server (watchdog), peers that close during the handshake, pipelining,
// and TLS (a TLS-only redis-server verified against a throwaway CA).
#include "ChildProcess.h"
#include "RedisServer.h"
#include "TestCertificates.h"
#include "security/TlsFiles.h"
#include "store/RedisClient.h"
#include "store/SentinelResolver.h"

#include <QElapsedTimer>
#include <QFile>
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
    void pipelinedRepliesArriveInOrder();
    void tlsRoundTripWithVerifiedServer();
    void tlsWithTheWrongCaNeverBecomesReady();
    void tlsAgainstAPlainServerFailsCleanly();
    void tlsSentinelNamesTheTlsPrimary();

private:
    static QSslConfiguration trusting(const QString &caFile)
    {
        QString error;
        const auto config = TlsFiles::clientConfiguration(caFile, &error);
        if (!config)
            qFatal("%s", qPrintable(error));
        return *config;
    }

    test::RedisServer m_redis;
    test::TestCertificates m_certs;
    test::RedisServer m_tlsRedis;
};

void TestRedisClient::initTestCase()
{
    m_redis.setPassword("s3cret-pass");
    QVERIFY2(m_redis.start(), qPrintable(m_redis.errorString()));
    QVERIFY2(m_certs.create(), qPrintable(m_certs.errorString()));
    m_tlsRedis.setPassword("tls-pass");
    m_tlsRedis.setTls(m_certs.certFile(), m_certs.keyFile(), m_certs.caFile());
    QVERIFY2(m_tlsRedis.start(), qPrintable(m_tlsRedis.errorString()));
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

void TestRedisClient::pipelinedRepliesArriveInOrder()
{
    // Many commands in flight on one connection, replies matched to callbacks in order,
    // values large enough to span many reads.
    RedisClient client("test", "127.0.0.1", m_redis.port(), "s3cret-pass");
    client.start();
    QTRY_VERIFY(client.isReady());
    const QByteArray big(256 * 1024, 'b');
    QCOMPARE(call(client, {"SET", "big", big}).text, QByteArray("OK"));
    QCOMPARE(call(client, {"DEL", "counter"}).type, RedisReply::Type::Integer);
    QList<qint64> seen;
    int bigSeen = 0;
    for (int i = 0; i < 2000; ++i) {
        client.command({"INCR", "counter"}, [&](const RedisReply &r) { seen.append(r.integer); });
        if (i % 100 == 0)
            client.command({"GET", "big"}, [&](const RedisReply &r) { bigSeen += r.text == big; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 2000, 20000);
    for (int i = 0; i < seen.size(); ++i)
        QCOMPARE(seen.at(i), qint64(i + 1));
    QTRY_COMPARE(bigSeen, 20);
}

void TestRedisClient::tlsRoundTripWithVerifiedServer()
{
    // No plain port is open: anything that works here went over TLS.
    for (const char *host : {"127.0.0.1", "localhost"}) { // the certificate names both
        RedisClient client("test", host, m_tlsRedis.port(), "tls-pass");
        client.setTls(trusting(m_certs.caFile()));
        QSignalSpy ready(&client, &RedisClient::ready);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        const QByteArray value(100 * 1024, 't'); // many TLS records each way
        QCOMPARE(call(client, {"SET", "tls-key", value}).text, QByteArray("OK"));
        QCOMPARE(call(client, {"GET", "tls-key"}).text, value);
        QCOMPARE(call(client, {"CLIENT", "INFO"}).isError(), false);
    }
    QCOMPARE(m_tlsRedis.cli({"STRLEN", "tls-key"}).trimmed(), QByteArray("102400"));
}

void TestRedisClient::tlsWithTheWrongCaNeverBecomesReady()
{
    test::TestCertificates other; // an unrelated CA
    QVERIFY2(other.create(), qPrintable(other.errorString()));
    RedisClient client("test", "127.0.0.1", m_tlsRedis.port(), "tls-pass");
    client.setTls(trusting(other.caFile()));
    QSignalSpy lost(&client, &RedisClient::lost);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 2, 10000); // keeps trying, with backoff
    QVERIFY(!client.isReady());
    QVERIFY2(client.lastError().startsWith("TLS certificate verification failed"),
             qPrintable(client.lastError()));
    QCOMPARE(call(client, {"PING"}).isError(), true);
}

void TestRedisClient::tlsAgainstAPlainServerFailsCleanly()
{
    RedisClient client("test", "127.0.0.1", m_redis.port(), "s3cret-pass");
    client.setTls(trusting(m_certs.caFile()));
    client.setReplyTimeoutMs(800);
    QSignalSpy lost(&client, &RedisClient::lost);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 2, 10000);
    QVERIFY(!client.isReady());
    QVERIFY2(client.lastError().startsWith("TLS handshake not done"),
             qPrintable(client.lastError()));
    // And the other way round: plain against the TLS-only port.
    RedisClient plain("test", "127.0.0.1", m_tlsRedis.port(), "tls-pass");
    QSignalSpy plainLost(&plain, &RedisClient::lost);
    plain.start();
    QTRY_VERIFY_WITH_TIMEOUT(plainLost.size() >= 1, 15000);
    QVERIFY(!plain.isReady());
}

void TestRedisClient::tlsSentinelNamesTheTlsPrimary()
{
    // REDIS_SENTINELS with REDIS_SECURE: the sentinel itself is asked over TLS (its
    // tls-port, no plain port), then the primary it names is connected over TLS.
    QTemporaryDir dir;
    const quint16 port = test::freePort();
    QFile conf(dir.filePath("sentinel.conf"));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral("port 0\ntls-port %1\nbind 127.0.0.1\ndir %2\n"
                              "tls-cert-file %3\ntls-key-file %4\ntls-ca-cert-file %5\n"
                              "tls-auth-clients no\ntls-replication yes\n"
                              "sentinel monitor tlsprimary 127.0.0.1 %6 1\n"
                              "sentinel auth-pass tlsprimary tls-pass\n")
                   .arg(port)
                   .arg(dir.path(), m_certs.certFile(), m_certs.keyFile(), m_certs.caFile())
                   .arg(m_tlsRedis.port())
                   .toUtf8());
    conf.close();
    test::ChildProcess sentinel;
    sentinel.setOutputFile(dir.filePath("sentinel.log"));
    QVERIFY(sentinel.start(QStringLiteral("redis-sentinel"), {conf.fileName()}));
    RedisClient client("test", QString(), 0, "tls-pass");
    client.setTls(trusting(m_certs.caFile()));
    auto *resolver = new SentinelResolver({{"127.0.0.1", port}}, "tlsprimary", QString());
    resolver->setTls(trusting(m_certs.caFile()));
    client.useSentinels(resolver);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(client.isReady(), 15000); // the sentinel may start slowly
    QCOMPARE(call(client, {"SET", "via-sentinel", "1"}).text, QByteArray("OK"));
    QCOMPARE(m_tlsRedis.cli({"GET", "via-sentinel"}).trimmed(), QByteArray("1"));
    client.close();
    // Without TLS towards the sentinel, it is never found.
    RedisClient plain("test", QString(), 0, "tls-pass");
    plain.setTls(trusting(m_certs.caFile()));
    plain.useSentinels(new SentinelResolver({{"127.0.0.1", port}}, "tlsprimary", QString()));
    QSignalSpy lost(&plain, &RedisClient::lost);
    plain.start();
    QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 1, 15000);
    QVERIFY2(plain.lastError().contains("no sentinel knows master"),
             qPrintable(plain.lastError()));
    QVERIFY(!plain.isReady());
}

QTEST_GUILESS_MAIN(TestRedisClient)
#include "tst_redisclient.moc"
