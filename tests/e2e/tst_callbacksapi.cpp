// The external callbacks API end to end: real gesd, Redis, ORS Redis and PostgreSQL.
#include "E2eFixture.h"
#include "shared/IsoTime.h"
#include "store/CallbackPacking.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

using namespace ges::test;

class TestCallbacksApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createIsCommittedCachedAndAnnounced();
    void correlationIdIsEchoedAndLogged();
    void retrieveByIdAndByPhone();
    void cancelCompletesAndRefusesTwice();
    void servedCallbackKeepsOnlyARetiredMark();
    void aCacheWriteRedisRefusedIsWrittenAgain();
    void aRefusedCacheWriteIsNotRetriedAfterTheCallbackExpired();
    void tenantsAreIsolated();
    void badRequestsGetClearErrors_data();
    void badRequestsGetClearErrors();
    void oversizedBodyIs413();
    void hugeBodyIsRefusedBeforeItIsRead();
    void clientDisconnectDoesNotCrashAndCreateStillCommits();
    void concurrentCreatesAllCommit();

private:
    E2eFixture f;
};

void TestCallbacksApi::initTestCase()
{
    QVERIFY(f.start());
}

void TestCallbacksApi::createIsCommittedCachedAndAnnounced()
{
    const auto response = f.external("/engagement/v3/callbacks/create",
                                     {{"serviceName", f.service},
                                      {"phoneNumber", "+49 30 1111111"},
                                      {"userData", QJsonObject{{"orderId", "A-1"}}}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value("status").toObject().value("code").toInt(), 0);
    const QString corrId = response.json().value("status").toObject().value("corrId").toString();
    QCOMPARE(QString::fromLatin1(response.header("X-Correlation-Id")), corrId);
    const QJsonObject data = response.data().toObject();
    const QString id = data.value("id").toString();
    QCOMPARE(id.size(), 36);
    QCOMPARE(data.value("callbackState").toString(), QStringLiteral("QUEUED"));
    QVERIFY(data.value("positionInQueue").toInt() >= 1);
    QCOMPARE(data.value("estimatedWaitTime").toInt(), -1);

    // PostgreSQL: answered only after the commit, so the row is there now.
    QCOMPARE(
        f.stack.postgres().psql(
            "SELECT phone_number || ' ' || state || ' ' || tenant FROM callbacks WHERE id = '" +
            id + "'"),
        QStringLiteral("+49301111111 QUEUED acme"));
    // Its history starts in the row: who created it, as what; no event row yet.
    QVERIFY(f.stack.postgres()
                .psql("SELECT created_by || ' ' || created_as::text FROM callbacks WHERE id = '" +
                      id + "'")
                .startsWith("api:"));
    QVERIFY(f.stack.postgres()
                .psql("SELECT created_by || ' ' || created_as::text FROM callbacks WHERE id = '" +
                      id + "'")
                .endsWith(" Q"));
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM callback_events WHERE callback_id = '" +
                                     id + "'"),
             QStringLiteral("0"));
    // Redis working set.
    // Packed (docs/performance.md): the version first, the tenant and number by position.
    const auto cached =
        ges::callbackpacking::unpack(id, f.stack.redis().cli({"GET", "ges:cb:" + id}).trimmed());
    QVERIFY(cached);
    QCOMPARE(cached->phoneNumber, QStringLiteral("+49301111111"));
    QCOMPARE(cached->tenant, QStringLiteral("acme"));
    QCOMPARE(cached->version, 1);
    QVERIFY(f.stack.redis().cli({"TTL", "ges:cb:" + id}).trimmed().toLongLong() > 13 * 86400);
    // ORS stream, on the other Redis.
    QTRY_VERIFY_WITH_TIMEOUT(
        f.stack.orsRedis().cli({"XRANGE", f.stack.streamName(), "-", "+"}).contains(id.toUtf8()),
        5000);
    const QByteArray entries = f.stack.orsRedis().cli({"XRANGE", f.stack.streamName(), "-", "+"});
    // The entry's fields, in order (docs/routing.md); redis-cli prints one element a line.
    const QList<QByteArray> lines = entries.split('\n');
    const qsizetype at = lines.indexOf(id.toUtf8()) - 1;
    QVERIFY(at >= 0 && at + 16 <= lines.size());
    const QList<QByteArray> names{"id",          "tenant",      "serviceName", "virtualQueue",
                                  "phoneNumber", "desiredTime", "priority",    "callback"};
    for (qsizetype i = 0; i < names.size(); ++i)
        QCOMPARE(lines[at + 2 * i], names[i]);
    QCOMPARE(lines[at + 3], QByteArray("acme"));
    QCOMPARE(lines[at + 5], QByteArray("support"));
    QCOMPARE(lines[at + 7], QByteArray("support_VQ"));
    QCOMPARE(lines[at + 9], QByteArray("+49301111111"));
    QVERIFY(ges::isotime::parse(QString::fromLatin1(lines[at + 11])));
    QCOMPARE(lines[at + 13], QByteArray("0"));
    const QJsonObject announced = QJsonDocument::fromJson(lines[at + 15]).object();
    QCOMPARE(announced.value("id").toString(), id);
    QCOMPARE(announced.value("tenant").toString(), QStringLiteral("acme"));
    QCOMPARE(announced.value("desiredTime").toString(), QString::fromLatin1(lines[at + 11]));
    // Announced: out of the outbox (tst_operations sees it there while ORS is down).
    QTRY_COMPARE_WITH_TIMEOUT(
        f.stack.postgres().psql("SELECT count(*) FROM unannounced_callbacks WHERE callback_id = '" +
                                id + "'"),
        QStringLiteral("0"), 5000);
}

void TestCallbacksApi::correlationIdIsEchoedAndLogged()
{
    const auto mine = HttpClient::postJson(
        f.stack.externalUrl("/engagement/v3/callbacks/create"),
        {{"serviceName", f.service}, {"phoneNumber", "+4930121212"}},
        {{"X-API-Key", f.apiKey.toUtf8()}, {"X-Correlation-Id", "trace-4711"}});
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.header("X-Correlation-Id"), QByteArray("trace-4711"));
    QCOMPARE(mine.json().value("status").toObject().value("corrId").toString(),
             QStringLiteral("trace-4711"));
    // Every line of that request carries it: the domain's and the access log's.
    QTRY_VERIFY_WITH_TIMEOUT(f.stack.gesdLog().contains("callback created"), 3000);
    int lines = 0;
    for (const QString &line : f.stack.gesdLog().split('\n'))
        if (line.contains("corrId=trace-4711"))
            ++lines;
    QVERIFY2(lines >= 2, qPrintable(QString::number(lines)));

    const auto odd =
        HttpClient::postJson(f.stack.externalUrl("/engagement/v3/callbacks/create"),
                             {{"serviceName", f.service}, {"phoneNumber", "+4930121213"}},
                             {{"X-API-Key", f.apiKey.toUtf8()}, {"X-Correlation-Id", "a b=c"}});
    QCOMPARE(odd.status, 200);
    QCOMPARE(odd.header("X-Correlation-Id").size(), 36); // replaced by a fresh UUID
}

void TestCallbacksApi::retrieveByIdAndByPhone()
{
    const QString id = f.createCallback("+4930222222").data().toObject().value("id").toString();
    QVERIFY(!id.isEmpty());
    auto byId = f.external("/engagement/v3/callbacks/retrieve", {{"id", id}});
    QCOMPARE(byId.status, 200);
    QCOMPARE(byId.data().toObject().value("phoneNumber").toString(), QStringLiteral("+4930222222"));
    QCOMPARE(byId.data().toObject().value("callbackState").toString(), QStringLiteral("QUEUED"));
    QVERIFY(byId.data().toObject().contains("positionInQueue"));

    // Served from PostgreSQL when Redis has lost it.
    f.stack.redis().cli({"DEL", "ges:cb:" + id});
    byId = f.external("/engagement/v3/callbacks/retrieve", {{"id", id}});
    QCOMPARE(byId.status, 200);
    QCOMPARE(byId.data().toObject().value("id").toString(), id);

    const auto byPhone =
        f.external("/engagement/v3/callbacks/retrieve", {{"phoneNumber", "+49 30 222 222"}});
    QCOMPARE(byPhone.status, 200);
    const QJsonArray list = byPhone.data().toObject().value("callbacks").toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value("id").toString(), id);

    const auto unknown = f.external("/engagement/v3/callbacks/retrieve",
                                    {{"id", "00000000-0000-4000-8000-000000000000"}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("NOT_FOUND"));
}

void TestCallbacksApi::cancelCompletesAndRefusesTwice()
{
    const QString id = f.createCallback("+4930333333").data().toObject().value("id").toString();
    const auto cancel = f.external("/engagement/v3/callbacks/cancel", {{"id", id}});
    QCOMPARE(cancel.status, 200);
    QCOMPARE(cancel.data().toObject().value("callbackState").toString(),
             QStringLiteral("COMPLETED"));
    QCOMPARE(cancel.data().toObject().value("callbackReason").toString(),
             QStringLiteral("CANCELLED"));
    QCOMPARE(f.stack.postgres().psql("SELECT state || ' ' || reason FROM callbacks WHERE id = '" +
                                     id + "'"),
             QStringLiteral("COMPLETED CANCELLED"));
    const auto again = f.external("/engagement/v3/callbacks/cancel", {{"id", id}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("INVALID_STATE"));
    const auto retrieved = f.external("/engagement/v3/callbacks/retrieve", {{"id", id}});
    QCOMPARE(retrieved.data().toObject().value("callbackReason").toString(),
             QStringLiteral("CANCELLED"));
    QVERIFY(!retrieved.data().toObject().contains("positionInQueue"));
}

// Once a callback stops waiting, Redis keeps only its version (docs/performance.md): the
// later changes write nothing there, reads come from PostgreSQL, and a late write of an
// older version cannot bring a whole copy back.
void TestCallbacksApi::servedCallbackKeepsOnlyARetiredMark()
{
    const auto routing = [this](const QString &id, const QJsonObject &body) {
        return HttpClient::postJson(
            f.stack.internalUrl("/ges/v1/routing/callbacks/" + id + "/state"), body,
            {{"Authorization", "Bearer " + f.stack.routingToken().toUtf8()}});
    };
    const auto cached = [this](const QString &id) {
        return f.stack.redis().cli({"GET", "ges:cb:" + id}).trimmed();
    };
    const QString queue = "ges:q:{acme}:" + f.service;
    const QString id = f.createCallback("+4930444444").data().toObject().value("id").toString();
    QVERIFY(!f.stack.redis().cli({"ZSCORE", queue, id}).trimmed().isEmpty());

    QCOMPARE(routing(id, {{"callbackState", "ROUTING"}}).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!ges::callbackpacking::unpack(id, cached(id)), 5000);
    const auto mark = ges::callbackpacking::head(cached(id));
    QVERIFY(mark);
    QCOMPARE(mark->version, 2);
    QCOMPARE(ges::toString(mark->state), QStringLiteral("ROUTING"));
    QVERIFY(f.stack.redis().cli({"ZSCORE", queue, id}).trimmed().isEmpty());
    const qint64 ttl = f.stack.redis().cli({"TTL", "ges:cb:" + id}).trimmed().toLongLong();
    QVERIFY2(ttl > 3000 && ttl <= 3600, QByteArray::number(ttl));

    // PROCESSING: the mark is left as it was; the answer comes from PostgreSQL.
    QCOMPARE(routing(id, {{"callbackState", "PROCESSING"}}).status, 200);
    auto retrieved = f.external("/engagement/v3/callbacks/retrieve", {{"id", id}});
    QCOMPARE(retrieved.data().toObject().value("callbackState").toString(),
             QStringLiteral("PROCESSING"));
    QCOMPARE(retrieved.data().toObject().value("positionInQueue").toInt(-1), 0);
    QCOMPARE(ges::callbackpacking::head(cached(id))->version, 2);
    QCOMPARE(routing(id, {{"callbackState", "COMPLETED"}, {"callbackReason", "CONNECTED"}}).status,
             200);
    retrieved = f.external("/engagement/v3/callbacks/retrieve", {{"id", id}});
    QCOMPARE(retrieved.data().toObject().value("callbackState").toString(),
             QStringLiteral("COMPLETED"));
    QCOMPARE(ges::callbackpacking::head(cached(id))->version, 2);

    // The fence: a mark newer than the write keeps the whole copy out.
    const QString other = f.createCallback("+4930444445").data().toObject().value("id").toString();
    f.stack.redis().cli({"SET", "ges:cb:" + other, "[9,3,0]"});
    QCOMPARE(routing(other, {{"callbackState", "ROUTING"}}).status, 200);
    QCOMPARE(f.external("/engagement/v3/callbacks/cancel", {{"id", other}}).status, 200);
    QCOMPARE(cached(other), QByteArray("[9,3,0]"));
    f.stack.redis().cli({"ZREM", queue, other}); // what the writer of version 9 did
}

// Once a callback is served its later changes write nothing to Redis, so the write that
// takes it off its queue must not be lost: one Redis refuses (out of memory) is written
// again once Redis takes writes again.
void TestCallbacksApi::aCacheWriteRedisRefusedIsWrittenAgain()
{
    const QString queue = "ges:q:{acme}:" + f.service;
    const QString id = f.createCallback("+4930444446").data().toObject().value("id").toString();
    QVERIFY(!f.stack.redis().cli({"ZSCORE", queue, id}).trimmed().isEmpty());
    QCOMPARE(f.stack.redis().cli({"CONFIG", "SET", "maxmemory", "1"}).trimmed(), QByteArray("OK"));
    const auto routed =
        HttpClient::postJson(f.stack.internalUrl("/ges/v1/routing/callbacks/" + id + "/state"),
                             {{"callbackState", "ROUTING"}},
                             {{"Authorization", "Bearer " + f.stack.routingToken().toUtf8()}});
    QCOMPARE(routed.status, 200); // PostgreSQL has it: that is what counts
    QTest::qWait(1000);
    QVERIFY(!f.stack.redis().cli({"ZSCORE", queue, id}).trimmed().isEmpty()); // refused
    QCOMPARE(f.stack.redis().cli({"CONFIG", "SET", "maxmemory", "0"}).trimmed(), QByteArray("OK"));
    QTRY_VERIFY_WITH_TIMEOUT(f.stack.redis().cli({"ZSCORE", queue, id}).trimmed().isEmpty(), 10000);
    const auto mark =
        ges::callbackpacking::head(f.stack.redis().cli({"GET", "ges:cb:" + id}).trimmed());
    QVERIFY(mark);
    QCOMPARE(ges::toString(mark->state), QStringLiteral("ROUTING"));
}

void TestCallbacksApi::aRefusedCacheWriteIsNotRetriedAfterTheCallbackExpired()
{
    // A refused cache write is written again (above), but not once the callback has
    // expired: the purge may have removed it from Redis meanwhile, and the late write would
    // put it back in its queue. A callback booked an hour ahead is queued early by the
    // routing side (that writes its copy) while Redis refuses writes.
    const QString queue = "ges:q:{acme}:" + f.service;
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
    const QString id = f.external("/engagement/v3/callbacks/create",
                                  {{"serviceName", f.service},
                                   {"phoneNumber", "+4930444447"},
                                   {"desiredTime", ges::isotime::format(later)}})
                           .data()
                           .toObject()
                           .value("id")
                           .toString();
    QVERIFY(!id.isEmpty());
    const QString expire =
        QStringLiteral("UPDATE callbacks SET expires_at = now() - interval '1 minute' WHERE id = "
                       "'%1'");
    f.stack.postgres().psql(expire.arg(id));
    QCOMPARE(f.stack.redis().cli({"CONFIG", "SET", "maxmemory", "1"}).trimmed(), QByteArray("OK"));
    const auto queued =
        HttpClient::postJson(f.stack.internalUrl("/ges/v1/routing/callbacks/" + id + "/state"),
                             {{"callbackState", "QUEUED"}},
                             {{"Authorization", "Bearer " + f.stack.routingToken().toUtf8()}});
    QCOMPARE(queued.status, 200); // PostgreSQL has it; the cache write was refused
    // What the purge does (DEL and ZREM are allowed at the memory limit); then Redis takes
    // writes again, for longer than one retry period.
    f.stack.redis().cli({"DEL", "ges:cb:" + id});
    f.stack.redis().cli({"ZREM", queue, id});
    QCOMPARE(f.stack.redis().cli({"CONFIG", "SET", "maxmemory", "0"}).trimmed(), QByteArray("OK"));
    QTest::qWait(3000);
    QVERIFY(f.stack.redis().cli({"ZSCORE", queue, id}).trimmed().isEmpty());
    QCOMPARE(f.stack.redis().cli({"EXISTS", "ges:cb:" + id}).trimmed(), QByteArray("0"));
}

void TestCallbacksApi::tenantsAreIsolated()
{
    const QString id = f.createCallback("+4930444444").data().toObject().value("id").toString();
    QVERIFY(f.stack.createService(f.token, "globex", f.service));
    const QString otherKey = f.stack.createApiKey(f.token, "globex");
    QVERIFY(!otherKey.isEmpty());
    QCOMPARE(f.external("/engagement/v3/callbacks/retrieve", {{"id", id}}, otherKey).status, 404);
    QCOMPARE(f.external("/engagement/v3/callbacks/cancel", {{"id", id}}, otherKey).status, 404);
    const auto byPhone =
        f.external("/engagement/v3/callbacks/retrieve", {{"phoneNumber", "+4930444444"}}, otherKey);
    QCOMPARE(byPhone.data().toObject().value("callbacks").toArray().size(), 0);
    QCOMPARE(f.stack.postgres().psql("SELECT state FROM callbacks WHERE id = '" + id + "'"),
             QStringLiteral("QUEUED"));
}

void TestCallbacksApi::badRequestsGetClearErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("extraHeader"); // "Name: value"
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    const QByteArray ok = R"({"serviceName":"support","phoneNumber":"+4930555555"})";
    const QString create = "/engagement/v3/callbacks/create";
    QTest::newRow("no key") << QByteArray("POST") << create << ok << QByteArray("application/json")
                            << QByteArray() << false << 401 << "API_KEY_MISSING";
    QTest::newRow("wrong key") << QByteArray("POST") << create << ok
                               << QByteArray("application/json")
                               << QByteArray("X-API-Key: ges_wrongwrongwrongwrong") << false << 401
                               << "API_KEY_INVALID";
    QTest::newRow("ccid header") << QByteArray("POST") << create << ok
                                 << QByteArray("application/json")
                                 << QByteArray("ccid: other-tenant") << true << 400
                                 << "CCID_HEADER_NOT_ALLOWED";
    QTest::newRow("ContactCenterID header")
        << QByteArray("POST") << create << ok << QByteArray("application/json")
        << QByteArray("ContactCenterID: x") << true << 400 << "CCID_HEADER_NOT_ALLOWED";
    QTest::newRow("unknown path") << QByteArray("POST")
                                  << QString("/engagement/v3/callbacks/explode") << ok
                                  << QByteArray("application/json") << QByteArray() << true << 404
                                  << "NOT_FOUND";
    QTest::newRow("admin path on external port")
        << QByteArray("POST") << QString("/ges/v1/admin/api-keys") << ok
        << QByteArray("application/json") << QByteArray() << true << 404 << "NOT_FOUND";
    QTest::newRow("path trick") << QByteArray("POST")
                                << QString("/engagement/v3/callbacks/../callbacks/create") << ok
                                << QByteArray("application/json") << QByteArray() << true << 404
                                << "NOT_FOUND";
    QTest::newRow("wrong method") << QByteArray("GET") << create << QByteArray() << QByteArray()
                                  << QByteArray() << true << 405 << "METHOD_NOT_ALLOWED";
    QTest::newRow("not json type") << QByteArray("POST") << create << ok << QByteArray("text/plain")
                                   << QByteArray() << true << 415 << "UNSUPPORTED_MEDIA_TYPE";
    QTest::newRow("broken json") << QByteArray("POST") << create << QByteArray("{\"serviceName\":")
                                 << QByteArray("application/json") << QByteArray() << true << 400
                                 << "INVALID_JSON";
    QTest::newRow("json array") << QByteArray("POST") << create << QByteArray("[1,2]")
                                << QByteArray("application/json") << QByteArray() << true << 400
                                << "INVALID_JSON";
    QTest::newRow("empty body") << QByteArray("POST") << create << QByteArray()
                                << QByteArray("application/json") << QByteArray() << true << 400
                                << "INVALID_JSON";
    QTest::newRow("missing phone")
        << QByteArray("POST") << create << QByteArray(R"({"serviceName":"support"})")
        << QByteArray("application/json") << QByteArray() << true << 400 << "MISSING_FIELD";
    QTest::newRow("bad phone") << QByteArray("POST") << create
                               << QByteArray(R"({"serviceName":"support","phoneNumber":"call me"})")
                               << QByteArray("application/json") << QByteArray() << true << 400
                               << "INVALID_FIELD";
    QTest::newRow("sql in service")
        << QByteArray("POST") << create
        << QByteArray(
               R"({"serviceName":"x'; DROP TABLE callbacks; --","phoneNumber":"+4930555555"})")
        << QByteArray("application/json") << QByteArray() << true << 404 << "SERVICE_NOT_FOUND";
    QTest::newRow("unknown service")
        << QByteArray("POST") << create
        << QByteArray(R"({"serviceName":"sales","phoneNumber":"+4930555555"})")
        << QByteArray("application/json") << QByteArray() << true << 404 << "SERVICE_NOT_FOUND";
    QTest::newRow("retrieve without id")
        << QByteArray("POST") << QString("/engagement/v3/callbacks/retrieve") << QByteArray("{}")
        << QByteArray("application/json") << QByteArray() << true << 400 << "MISSING_FIELD";
    QTest::newRow("cancel bad id")
        << QByteArray("POST") << QString("/engagement/v3/callbacks/cancel")
        << QByteArray(R"({"id":"../../etc"})") << QByteArray("application/json") << QByteArray()
        << true << 404 << "NOT_FOUND";
}

void TestCallbacksApi::badRequestsGetClearErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, extraHeader);
    QFETCH(bool, withKey);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    const QString before = f.stack.postgres().psql("SELECT count(*) FROM callbacks");
    HttpClient::Headers headers;
    if (withKey)
        headers.append({"X-API-Key", f.apiKey.toUtf8()});
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    if (!extraHeader.isEmpty()) {
        const qsizetype colon = extraHeader.indexOf(':');
        headers.append({extraHeader.left(colon), extraHeader.mid(colon + 1).trimmed()});
    }
    HttpResponse response;
    if (path.contains("..")) { // QNetworkAccessManager would resolve the dots itself
        QByteArray request = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: x\r\n";
        for (const auto &[key, value] : headers)
            request += key + ": " + value + "\r\n";
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        response = HttpClient::raw(f.externalPort(), request);
    } else {
        response = HttpClient::send(method, f.stack.externalUrl(path), body, headers);
    }
    QCOMPARE(response.status, status);
    QCOMPARE(response.errorCode(), errorCode);
    QVERIFY(!response.json().value("status").toObject().value("message").toString().isEmpty());
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM callbacks"), before); // nothing written
    QVERIFY(f.stack.gesd().isRunning());
}

void TestCallbacksApi::oversizedBodyIs413()
{
    QJsonObject big{{"serviceName", f.service},
                    {"phoneNumber", "+4930666666"},
                    {"userData", QJsonObject{{"blob", QString(70 * 1024, 'x')}}}};
    const auto response = f.external("/engagement/v3/callbacks/create", big);
    QCOMPARE(response.status, 413);
    QCOMPARE(response.errorCode(), QStringLiteral("PAYLOAD_TOO_LARGE"));
    QCOMPARE(f.stack.postgres().psql(
                 "SELECT count(*) FROM callbacks WHERE phone_number = '+4930666666'"),
             QStringLiteral("0"));
}

namespace {
qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
} // namespace

void TestCallbacksApi::hugeBodyIsRefusedBeforeItIsRead()
{
    const qint64 before = residentKiB(f.stack.gesd().pid());
    const QByteArray body(10 * 1024 * 1024, 'x');
    const QByteArray request = f.rawCreate(body);
    const quint16 port = f.externalPort();
    const auto response = HttpClient::raw(port, request);
    QCOMPARE(response.status, 413);
    QCOMPARE(response.errorCode(), QStringLiteral("PAYLOAD_TOO_LARGE"));
    // The same with the headers cut in two TCP segments.
    QTcpSocket split;
    split.connectToHost("127.0.0.1", port);
    QVERIFY(split.waitForConnected(3000));
    split.write(request.left(30));
    QVERIFY(split.waitForBytesWritten(3000));
    QTest::qWait(200);
    split.write(request.mid(30));
    QTRY_VERIFY_WITH_TIMEOUT(split.bytesAvailable() > 0 || split.waitForReadyRead(100), 10000);
    QVERIFY(split.readAll().startsWith("HTTP/1.1 413"));
    // Drained, not buffered: the daemon did not grow by anything like the body's 10 MiB.
    QVERIFY2(
        residentKiB(f.stack.gesd().pid()) - before < 8 * 1024,
        qPrintable(
            QStringLiteral("RSS grew by %1 KiB").arg(residentKiB(f.stack.gesd().pid()) - before)));
    QCOMPARE(f.createCallback("+4930666667").status, 200);
}

void TestCallbacksApi::clientDisconnectDoesNotCrashAndCreateStillCommits()
{
    const QByteArray body = R"({"serviceName":"support","phoneNumber":"+4930888888"})";
    const QByteArray request = f.rawCreate(body);
    const quint16 port = f.externalPort();
    // 1. Gone while the request waits for the database (frozen): the clients leave, then
    //    PostgreSQL resumes, the creates commit and their answers find nobody.
    f.stack.postgres().freeze(true);
    QList<QTcpSocket *> clients;
    for (int i = 0; i < 5; ++i) {
        auto *socket = new QTcpSocket(this);
        socket->connectToHost("127.0.0.1", port);
        QVERIFY(socket->waitForConnected(3000));
        socket->write(request);
        QVERIFY(socket->waitForBytesWritten(3000));
        clients << socket;
    }
    QTest::qWait(300); // let the daemon read them and start waiting on SQL
    for (QTcpSocket *socket : clients) {
        QCOMPARE(socket->bytesAvailable(), qint64(0)); // no answer yet
        socket->abort();
        socket->deleteLater();
    }
    f.stack.postgres().freeze(false);
    QTRY_COMPARE_WITH_TIMEOUT(
        f.stack.postgres().psql(
            "SELECT count(*) FROM callbacks WHERE phone_number = '+4930888888'"),
        QStringLiteral("5"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(f.stack.gesdLog().contains("clientGone=true"), 10000);

    // 2. Gone at once, in the middle of being read or handled.
    for (int i = 0; i < 20; ++i) {
        QTcpSocket socket;
        socket.connectToHost("127.0.0.1", port);
        QVERIFY(socket.waitForConnected(3000));
        socket.write(request);
        socket.waitForBytesWritten(3000);
        socket.abort();
    }
    QVERIFY(f.stack.gesd().isRunning());
    QCOMPARE(HttpClient::get(f.stack.internalUrl("/ges/v1/health")).status, 200);
    QCOMPARE(f.createCallback("+4930888889").status, 200);
    // Whatever was committed was committed whole: every row has its creator and, QUEUED
    // and not yet announced, is in the outbox or was announced.
    QCOMPARE(
        f.stack.postgres().psql("SELECT count(*) FROM callbacks c WHERE phone_number = "
                                "'+4930888888' AND (created_by IS NULL OR created_as IS NULL)"),
        QStringLiteral("0"));
}

void TestCallbacksApi::concurrentCreatesAllCommit()
{
    // 200 creates in flight at once: each answered 200 is in PostgreSQL.
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 200; ++i)
        replies << f.postCreate(manager, "+4931" + QByteArray::number(1000000 + i));
    QStringList ids;
    for (QNetworkReply *reply : replies) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        ids << QJsonDocument::fromJson(reply->readAll())
                   .object()
                   .value("data")
                   .toObject()
                   .value("id")
                   .toString();
        reply->deleteLater();
    }
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM callbacks WHERE id IN ('" +
                                     ids.join("','") + "')"),
             QStringLiteral("200"));
}

QTEST_GUILESS_MAIN(TestCallbacksApi)
#include "tst_callbacksapi.moc"
