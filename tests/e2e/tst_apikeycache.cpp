// API-key lookups kept in each node's memory (store/ApiKeyCache), against a real Redis
// whose tracking invalidates them, with two real gesd nodes: requests stop asking Redis,
// and a revocation, a FLUSHALL, a lost tracking connection or the key's expiry still take
// effect on every node at once.
#include "E2eFixture.h"
#include "security/ApiKeyCodec.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

using namespace ges::test;

class TestApiKeyCache : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void repeatedRequestsDoNotAskRedis();
    void aKeyRevokedOnOneNodeIsRefusedAtOnceOnTheOther();
    void anExpiringKeyStopsAtItsExpiry();
    void aLostTrackingConnectionDropsWhatWasKept();
    void flushallDropsWhatWasKept();

private:
    HttpResponse status(const QString &baseUrl, const QString &key);
    qint64 mgetCalls();
    QStringList trackingClientIds();
    bool waitForTracking(int nodes);
    bool keptBy(const QString &baseUrl, const QString &key);

    E2eFixture f;
};

HttpResponse TestApiKeyCache::status(const QString &baseUrl, const QString &key)
{
    return HttpClient::send("GET", baseUrl + "/engagement/v3/callbacks/queue-status/" + f.service,
                            {}, {{"X-API-Key", key.toUtf8()}});
}

qint64 TestApiKeyCache::mgetCalls()
{
    static const QRegularExpression calls(QStringLiteral("cmdstat_mget:calls=(\\d+)"));
    const auto match =
        calls.match(QString::fromUtf8(f.stack.redis().cli({"INFO", "commandstats"})));
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

QStringList TestApiKeyCache::trackingClientIds()
{
    // Broadcast tracking shows as flag B in CLIENT LIST.
    static const QRegularExpression client(QStringLiteral("^id=(\\d+) .* flags=(\\S+) "));
    QStringList ids;
    for (const QString &line : QString::fromUtf8(f.stack.redis().cli({"CLIENT", "LIST"}))
                                   .split(u'\n', Qt::SkipEmptyParts)) {
        const auto match = client.match(line);
        if (match.hasMatch() && match.captured(2).contains(u'B'))
            ids << match.captured(1);
    }
    return ids;
}

bool TestApiKeyCache::waitForTracking(int nodes)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        // Tracking on (flag B) and the invalidation channel subscribed, on every node.
        const QList<QByteArray> subscribers =
            f.stack.redis().cli({"PUBSUB", "NUMSUB", "__redis__:invalidate"}).split('\n');
        if (trackingClientIds().size() == nodes && subscribers.size() >= 2 &&
            subscribers[1].trimmed().toInt() == nodes)
            return true;
        QThread::msleep(20);
    }
    return false;
}

bool TestApiKeyCache::keptBy(const QString &baseUrl, const QString &key)
{
    // A new key takes a lookup or two: the first from the database writes the Redis entry,
    // whose own invalidation can make the next lookup's answer too old to keep.
    for (int i = 0; i < 5; ++i) {
        const qint64 before = mgetCalls();
        if (status(baseUrl, key).status != 200)
            return false;
        if (mgetCalls() == before)
            return true;
    }
    return false;
}

void TestApiKeyCache::initTestCase()
{
    QVERIFY(f.start());
    QVERIFY2(f.stack.startSecondGesd(), qPrintable(f.stack.errorString()));
    QVERIFY(waitForTracking(2));
    QCOMPARE(status(f.stack.externalUrl(), f.apiKey).status, 200);
    QCOMPARE(status(f.stack.secondExternalUrl(), f.apiKey).status, 200);
}

void TestApiKeyCache::repeatedRequestsDoNotAskRedis()
{
    const QString key = f.stack.createApiKey(f.token, f.tenant);
    for (const QString &base : {f.stack.externalUrl(), f.stack.secondExternalUrl()}) {
        QVERIFY(keptBy(base, key));
        const qint64 before = mgetCalls();
        for (int i = 0; i < 20; ++i)
            QCOMPARE(status(base, key).status, 200);
        QCOMPARE(mgetCalls(), before);
    }
}

void TestApiKeyCache::aKeyRevokedOnOneNodeIsRefusedAtOnceOnTheOther()
{
    const QJsonObject created =
        f.admin("POST", "/ges/v1/admin/api-keys", {{"tenant", f.tenant}, {"name", "revoked"}})
            .data()
            .toObject();
    const QString key = created.value("key").toString();
    QVERIFY(!key.isEmpty());
    QVERIFY(keptBy(f.stack.externalUrl(), key));
    QVERIFY(keptBy(f.stack.secondExternalUrl(), key));

    // Revoked through the first node; the very next request, on the second, is refused.
    QCOMPARE(f.admin("DELETE", "/ges/v1/admin/api-keys/" + created.value("id").toString()).status,
             200);
    const HttpResponse refused = status(f.stack.secondExternalUrl(), key);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), QStringLiteral("API_KEY_INVALID"));
    QCOMPARE(status(f.stack.externalUrl(), key).status, 401);
    // Other keys are kept as before.
    QCOMPARE(status(f.stack.secondExternalUrl(), f.apiKey).status, 200);
}

void TestApiKeyCache::anExpiringKeyStopsAtItsExpiry()
{
    // Long enough for the key to be created and kept on a loaded machine.
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(5);
    const QJsonObject created = f.admin("POST", "/ges/v1/admin/api-keys",
                                        {{"tenant", f.tenant},
                                         {"name", "short-lived"},
                                         {"expiresAt", expiry.toString(Qt::ISODateWithMs)}})
                                    .data()
                                    .toObject();
    const QString key = created.value("key").toString();
    QVERIFY(!key.isEmpty());
    QVERIFY(keptBy(f.stack.externalUrl(), key));
    // What the node keeps ends with the key: no expiry message from Redis is waited for.
    f.stack.redis().cli({"CONFIG", "SET", "hz", "1"}); // active expiry rarely runs
    while (QDateTime::currentDateTimeUtc() < expiry.addMSecs(100))
        QThread::msleep(50);
    QCOMPARE(status(f.stack.externalUrl(), key).status, 401);
    f.stack.redis().cli({"CONFIG", "SET", "hz", "10"});
}

void TestApiKeyCache::aLostTrackingConnectionDropsWhatWasKept()
{
    const QString key = f.stack.createApiKey(f.token, f.tenant);
    QVERIFY(keptBy(f.stack.externalUrl(), key));
    QVERIFY(keptBy(f.stack.secondExternalUrl(), key));
    const QStringList before = trackingClientIds();
    QCOMPARE(before.size(), 2);
    for (const QString &id : before)
        f.stack.redis().cli({"CLIENT", "KILL", "ID", id});
    QVERIFY(waitForTracking(2)); // both nodes track again, on new connections
    for (const QString &id : trackingClientIds())
        QVERIFY(!before.contains(id));

    // What was kept went with the connection: each node asks Redis again, then keeps it.
    for (const QString &base : {f.stack.externalUrl(), f.stack.secondExternalUrl()}) {
        const qint64 calls = mgetCalls();
        QCOMPARE(status(base, key).status, 200);
        QCOMPARE(mgetCalls(), calls + 1);
        QVERIFY(keptBy(base, key));
    }
}

void TestApiKeyCache::flushallDropsWhatWasKept()
{
    // Revoked behind Redis's back (only in PostgreSQL), then Redis emptied: the nodes must
    // not go on believing what they kept, so the database's answer counts.
    const QString key = f.stack.createApiKey(f.token, f.tenant);
    QVERIFY(keptBy(f.stack.externalUrl(), key));
    QVERIFY(keptBy(f.stack.secondExternalUrl(), key));
    f.stack.postgres().psql(
        QStringLiteral("UPDATE api_keys SET revoked_at = now() WHERE prefix = '%1'")
            .arg(ges::ApiKeyCodec::prefixOf(key)));
    QCOMPARE(status(f.stack.externalUrl(), key).status, 200); // still kept: nothing said
    f.stack.redis().cli({"FLUSHALL"});
    QCOMPARE(status(f.stack.externalUrl(), key).status, 401);
    QCOMPARE(status(f.stack.secondExternalUrl(), key).status, 401);
}

QTEST_GUILESS_MAIN(TestApiKeyCache)
#include "tst_apikeycache.moc"
