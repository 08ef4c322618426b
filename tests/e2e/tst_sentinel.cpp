// Redis Sentinel failover end to end (docs/reliability.md "Redis Sentinel"): GES's Redis
// is a primary and a replica watched by three real redis-sentinel processes; gesd knows
// only the sentinels. The primary is killed with SIGKILL; the sentinels promote the
// replica and gesd must follow: REDIS_STATUS 1 then 0, creates succeed again, and every
// callback answered 200 before the failover is still there.
#include "E2eFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <memory>

using namespace ges::test;

namespace {
const QString kMaster = QStringLiteral("gesprimary");

double metric(const QByteArray &scrape, const QString &series)
{
    for (const QByteArray &line : scrape.split('\n'))
        if (line.startsWith(series.toUtf8() + ' '))
            return line.mid(series.size() + 1).toDouble();
    return -1;
}

// One redis-sentinel on a free loopback port; its config file (which Sentinel rewrites)
// lives in a temp dir of its own.
struct Sentinel
{
    QTemporaryDir dir;
    ChildProcess process;
    quint16 port = 0;

    bool start(quint16 primaryPort, const QString &password)
    {
        port = freePort();
        QFile conf(dir.filePath("sentinel.conf"));
        if (!conf.open(QIODevice::WriteOnly))
            return false;
        conf.write(QStringLiteral("port %1\nbind 127.0.0.1\ndir %2\n"
                                  "sentinel monitor %3 127.0.0.1 %4 2\n"
                                  "sentinel auth-pass %3 %5\n"
                                  "sentinel down-after-milliseconds %3 1000\n"
                                  "sentinel failover-timeout %3 3000\n"
                                  "sentinel parallel-syncs %3 1\n")
                       .arg(port)
                       .arg(dir.path(), kMaster)
                       .arg(primaryPort)
                       .arg(password)
                       .toUtf8());
        conf.close();
        process.setOutputFile(dir.filePath("sentinel.log"));
        return process.start(QStringLiteral("redis-sentinel"), {conf.fileName()});
    }

    QByteArray cli(const QStringList &args) const
    {
        QProcess p;
        p.start(QStringLiteral("redis-cli"),
                QStringList{"-h", "127.0.0.1", "-p", QString::number(port)} + args);
        p.waitForFinished(10000);
        return p.readAllStandardOutput();
    }

    // A field of `SENTINEL master <name>` (a flat list of name/value lines).
    QByteArray masterField(const QByteArray &field) const
    {
        const QList<QByteArray> lines = cli({"SENTINEL", "master", kMaster}).split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); i += 2)
            if (lines.at(i).trimmed() == field)
                return lines.at(i + 1).trimmed();
        return {};
    }
};

// Connections from gesd on a Redis node: neither a replication link (flag S on the
// primary, M on the replica), nor a sentinel, nor this redis-cli.
int gesdClients(RedisServer &node)
{
    int count = 0;
    for (const QByteArray &line : node.cli({"CLIENT", "LIST"}).split('\n'))
        if (!line.trimmed().isEmpty() && !line.contains(" flags=S") && !line.contains(" flags=M") &&
            !line.contains(" name=sentinel") && !line.contains("cmd=client"))
            ++count;
    return count;
}
} // namespace

class TestSentinel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void followsTheSentinelsToThePrimary();
    void failoverLosesNothing();

private:
    QByteArray scrape() { return HttpClient::get(f.stack.internalUrl("/metrics")).body; }
    E2eFixture f;
    RedisServer m_replica;
    Sentinel m_sentinels[3];
    QStringList m_ids; // callbacks answered 200
};

void TestSentinel::initTestCase()
{
    QVERIFY2(f.stack.startServers(), qPrintable(f.stack.errorString()));
    RedisServer &primary = f.stack.redis();
    const QString password = f.stack.secrets().value("REDIS-CACHEKEY");
    m_replica.setPassword(password);
    m_replica.setExtraArgs({"--replicaof", "127.0.0.1", QString::number(primary.port()),
                            "--masterauth", password});
    QVERIFY2(m_replica.start(), qPrintable(m_replica.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_replica.cli({"INFO", "replication"}).contains("master_link_status:up"), 15000);
    // The first sentinel listed is down: gesd must go on to the next one.
    QStringList addresses{QStringLiteral("127.0.0.1:%1").arg(freePort())};
    for (Sentinel &s : m_sentinels) {
        QVERIFY(s.start(primary.port(), password));
        addresses << QStringLiteral("127.0.0.1:%1").arg(s.port);
    }
    // A failover needs the sentinels to know the replica and each other (hello messages).
    for (Sentinel &s : m_sentinels) {
        QTRY_COMPARE_WITH_TIMEOUT(s.masterField("num-other-sentinels"), QByteArray("2"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(s.masterField("num-slaves"), QByteArray("1"), 20000);
    }
    f.stack.setEnv("REDIS_SENTINELS", addresses.join(','));
    f.stack.setEnv("REDIS_SENTINEL_MASTER", kMaster);
    // Not used with sentinels: an address nothing answers on proves it.
    f.stack.setEnv("REDIS_HOST", "192.0.2.1");
    f.stack.setEnv("HEALTH_CHECK_SECONDS", "1");
    QVERIFY2(f.stack.startGesd(), qPrintable(f.stack.errorString()));
    f.token = f.stack.login();
    QVERIFY(!f.token.isEmpty());
    QVERIFY(f.stack.createService(f.token, f.tenant, f.service));
    f.apiKey = f.stack.createApiKey(f.token, f.tenant);
    QVERIFY(!f.apiKey.isEmpty());
}

void TestSentinel::followsTheSentinelsToThePrimary()
{
    QTRY_COMPARE_WITH_TIMEOUT(metric(scrape(), "REDIS_STATUS"), 0.0, 10000);
    QVERIFY(gesdClients(f.stack.redis()) >= 1);
    QVERIFY2(gesdClients(m_replica) == 0, m_replica.cli({"CLIENT", "LIST"}).constData());
    QVERIFY(f.stack.gesdLog().contains("primary named by the sentinels"));
}

void TestSentinel::failoverLosesNothing()
{
    for (int i = 0; i < 20; ++i) {
        const auto response = f.createCallback(QStringLiteral("+49307200%1").arg(i, 2, 10, QChar('0')));
        QCOMPARE(response.status, 200);
        m_ids << response.data().toObject().value("id").toString();
    }
    // Let the replica catch up with most of it; whatever it misses PostgreSQL still has.
    QTRY_VERIFY_WITH_TIMEOUT(m_replica.cli({"DBSIZE"}).trimmed().toInt() > 0, 5000);

    f.stack.redis().kill();
    QTRY_COMPARE_WITH_TIMEOUT(metric(scrape(), "REDIS_STATUS"), 1.0, 10000);
    const QByteArray promoted = QByteArray::number(m_replica.port());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_sentinels[0].cli({"SENTINEL", "get-master-addr-by-name", kMaster}).contains(promoted),
        30000);
    QTRY_COMPARE_WITH_TIMEOUT(metric(scrape(), "REDIS_STATUS"), 0.0, 30000);
    QVERIFY(m_replica.cli({"ROLE"}).startsWith("master"));
    QVERIFY(gesdClients(m_replica) >= 1);

    for (int i = 0; i < 5; ++i) {
        const auto response = f.createCallback(QStringLiteral("+49307300%1").arg(i, 2, 10, QChar('0')));
        QCOMPARE(response.status, 200);
        m_ids << response.data().toObject().value("id").toString();
    }
    for (const QString &id : std::as_const(m_ids)) {
        const auto byId = f.external("/engagement/v3/callbacks/retrieve", {{"id", id}});
        QVERIFY2(byId.status == 200, qPrintable(id + ": " + QString::number(byId.status)));
    }
    QCOMPARE(f.stack.postgres()
                 .psql("SELECT count(*) FROM callbacks WHERE id IN ('" + m_ids.join("','") + "')")
                 .toInt(),
             int(m_ids.size()));
    QVERIFY(gesdClients(m_replica) >= 1); // still on the new primary
}

QTEST_GUILESS_MAIN(TestSentinel)
#include "tst_sentinel.moc"
