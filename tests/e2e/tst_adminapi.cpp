// The internal API end to end: login/logout sessions, API keys, services, the paged
// callback list and the routing side's state reports.
#include "E2eFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace ges::test;

class TestAdminApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loginRefusesWrongPasswordAndUnknownUser();
    void logoutEndsTheSession();
    void adminCallsNeedASession();
    void sessionSlidesInRedis();
    void apiKeysAreStoredOnlyAsHashes();
    void serviceValidationAndConflict();
    void servicesAreListedReadAndEdited();
    void callbackListPagesWithoutGapsOrRepeats();
    void callbackListFilters();
    void routingMovesThroughTheStateGraph();
    void routingNeedsTheRoutingToken();

private:
    HttpResponse admin(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                       const QString &token = {});
    E2eFixture f;
};

HttpResponse TestAdminApi::admin(const QByteArray &method, const QString &path,
                                 const QJsonObject &body, const QString &token)
{
    return f.admin(method, path, body, token);
}

void TestAdminApi::initTestCase()
{
    QVERIFY(f.start());
}

void TestAdminApi::loginRefusesWrongPasswordAndUnknownUser()
{
    for (const auto &[user, password] :
         {qMakePair(f.stack.adminUser(), QStringLiteral("wrong password")),
          qMakePair(QStringLiteral("nobody"), f.stack.adminPassword())}) {
        const auto response = HttpClient::postJson(f.stack.internalUrl("/ges/v1/auth/login"),
                                                   {{"username", user}, {"password", password}});
        QCOMPARE(response.status, 401);
        QCOMPARE(response.errorCode(), QStringLiteral("INVALID_CREDENTIALS"));
        QVERIFY(!response.json().contains("data"));
    }
    const auto ok = HttpClient::postJson(
        f.stack.internalUrl("/ges/v1/auth/login"),
        {{"username", f.stack.adminUser()}, {"password", f.stack.adminPassword()}});
    QCOMPARE(ok.status, 200);
    const QJsonObject data = ok.data().toObject();
    QCOMPARE(data.value("expiresInSeconds").toInt(), 1200);
    QCOMPARE(data.value("user").toObject().value("roles").toArray().first().toString(),
             QStringLiteral("Callback Administrator"));
    QVERIFY(data.value("token").toString().size() >= 32);
}

void TestAdminApi::logoutEndsTheSession()
{
    const QString token = f.stack.login();
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks", {}, token).status, 200);
    QCOMPARE(admin("POST", "/ges/v1/auth/logout", {}, token).status, 200);
    const auto after = admin("GET", "/ges/v1/admin/callbacks", {}, token);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.errorCode(), QStringLiteral("UNAUTHORIZED"));
}

void TestAdminApi::adminCallsNeedASession()
{
    const auto none = HttpClient::get(f.stack.internalUrl("/ges/v1/admin/callbacks"));
    QCOMPARE(none.status, 401);
    const auto forged = admin("POST", "/ges/v1/admin/api-keys", {{"tenant", "acme"}, {"name", "x"}},
                              "forged-token");
    QCOMPARE(forged.status, 401);
    QCOMPARE(forged.errorCode(), QStringLiteral("UNAUTHORIZED"));
}

void TestAdminApi::sessionSlidesInRedis()
{
    const QString token = f.stack.login();
    const QByteArray keys = f.stack.redis().cli({"--scan", "--pattern", "ges:session:*"});
    QVERIFY(!keys.contains(token.toUtf8())); // stored under the token's hash, not the token
    const QByteArray key = keys.split('\n').first().trimmed();
    f.stack.redis().cli({"EXPIRE", QString::fromUtf8(key), "30"});
    // Each key in the scan belongs to some session; make all short and let ours be used.
    for (const QByteArray &k : keys.split('\n'))
        if (!k.trimmed().isEmpty())
            f.stack.redis().cli({"EXPIRE", QString::fromUtf8(k.trimmed()), "30"});
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks", {}, token).status, 200);
    bool refreshed = false;
    for (const QByteArray &k : keys.split('\n'))
        if (!k.trimmed().isEmpty() &&
            f.stack.redis().cli({"TTL", QString::fromUtf8(k.trimmed())}).trimmed().toInt() > 1000)
            refreshed = true;
    QVERIFY(refreshed);
}

void TestAdminApi::apiKeysAreStoredOnlyAsHashes()
{
    const auto response =
        admin("POST", "/ges/v1/admin/api-keys", {{"tenant", "acme"}, {"name", "web widget"}});
    QCOMPARE(response.status, 200);
    const QJsonObject data = response.data().toObject();
    const QString key = data.value("key").toString();
    QVERIFY(key.startsWith("ges_"));
    QCOMPARE(data.value("prefix").toString(), key.left(10));
    QCOMPARE(data.value("tenant").toString(), QStringLiteral("acme"));
    const QString dump =
        f.stack.postgres().psql("SELECT id || prefix || encode(key_hash, 'hex') FROM api_keys");
    QVERIFY(!dump.contains(key));
    QVERIFY(dump.contains(data.value("prefix").toString()));
    QCOMPARE(f.createCallback("+4930100100", key).status, 200); // and it works
    const auto bad = admin("POST", "/ges/v1/admin/api-keys", {{"tenant", "a b"}, {"name", "x"}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("INVALID_FIELD"));
}

void TestAdminApi::serviceValidationAndConflict()
{
    const auto invalid = admin("POST", "/ges/v1/admin/services",
                               {{"tenant", "acme"},
                                {"name", "sales"},
                                {"virtualQueue", "VQ"},
                                {"timeZone", "Nowhere/Land"},
                                {"slotMinutes", 7}});
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.errorCode(), QStringLiteral("INVALID_FIELD"));
    const QJsonArray details = invalid.json().value("status").toObject().value("details").toArray();
    QCOMPARE(details.size(), 2);
    QVERIFY(!f.stack.createService(f.token, "acme", "support")); // exists already
    const auto conflict = admin("POST", "/ges/v1/admin/services",
                                {{"tenant", "acme"}, {"name", "support"}, {"virtualQueue", "VQ"}});
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.errorCode(), QStringLiteral("CONFLICT"));
    QCOMPARE(f.stack.postgres().psql(
                 "SELECT count(*) FROM services WHERE tenant = 'acme' AND name = 'support'"),
             QStringLiteral("1"));
}

void TestAdminApi::servicesAreListedReadAndEdited()
{
    const auto listed = admin("GET", "/ges/v1/admin/services?tenant=" + f.tenant);
    QCOMPARE(listed.status, 200);
    QJsonObject service;
    for (const QJsonValue &v : listed.data().toObject().value("services").toArray())
        if (v.toObject().value("name").toString() == f.service)
            service = v.toObject();
    QVERIFY(!service.isEmpty());
    const QString id = service.value("id").toString();
    QCOMPARE(admin("GET", "/ges/v1/admin/services/" + id).data().toObject().value("name"),
             service.value("name"));
    service.insert("slotCapacity", 7);
    service.insert("specialDays",
                   QJsonArray{QJsonObject{{"date", "2026-12-25"}, {"closed", true}}});
    const auto updated = admin("PUT", "/ges/v1/admin/services/" + id, service);
    QCOMPARE(updated.status, 200);
    const QJsonObject stored = admin("GET", "/ges/v1/admin/services/" + id).data().toObject();
    QCOMPARE(stored.value("slotCapacity").toInt(), 7);
    QCOMPARE(stored.value("specialDays").toArray().size(), 1);
    service.insert("slotMinutes", 7);
    QCOMPARE(admin("PUT", "/ges/v1/admin/services/" + id, service).errorCode(),
             QStringLiteral("INVALID_FIELD"));
    service.insert("slotMinutes", 15);
    service.insert("tenant", "other");
    QCOMPARE(admin("PUT", "/ges/v1/admin/services/" + id, service).status, 404);
    QCOMPARE(admin("GET", "/ges/v1/admin/services/00000000-0000-0000-0000-000000000000").status,
             404);
}

void TestAdminApi::callbackListPagesWithoutGapsOrRepeats()
{
    QSet<QString> created;
    for (int i = 0; i < 7; ++i)
        created << f.createCallback(QStringLiteral("+49302000%1").arg(i, 3, 10, QLatin1Char('0')))
                       .data()
                       .toObject()
                       .value("id")
                       .toString();
    const int total =
        f.stack.postgres().psql("SELECT count(*) FROM callbacks WHERE tenant = 'acme'").toInt();
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    QDateTime previous;
    do {
        const auto page = admin("GET", "/ges/v1/admin/callbacks?tenant=acme&limit=3" +
                                           (cursor.isEmpty() ? QString() : "&cursor=" + cursor));
        QCOMPARE(page.status, 200);
        const QJsonObject data = page.data().toObject();
        for (const QJsonValue &v : data.value("callbacks").toArray()) {
            const QJsonObject cb = v.toObject();
            QVERIFY2(!seen.contains(cb.value("id").toString()), "a row repeated across pages");
            seen << cb.value("id").toString();
            const QDateTime created =
                QDateTime::fromString(cb.value("createdAt").toString(), Qt::ISODateWithMs);
            QVERIFY(!previous.isValid() || created <= previous); // newest first
            previous = created;
            QCOMPARE(cb.value("tenant").toString(), QStringLiteral("acme"));
        }
        cursor = data.value("nextCursor").toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 100);
    QCOMPARE(seen.size(), total);
    QVERIFY(seen.contains(created));
    QCOMPARE(pages, (total + 2) / 3);
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks?cursor=garbage").status, 400);
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks?limit=0").status, 400);
}

void TestAdminApi::callbackListFilters()
{
    const QString id = f.createCallback("+4930300300").data().toObject().value("id").toString();
    f.external("/engagement/v3/callbacks/cancel", {{"id", id}});
    const auto completed =
        admin("GET", "/ges/v1/admin/callbacks?tenant=acme&state=COMPLETED&limit=500");
    QCOMPARE(completed.status, 200);
    const QJsonArray list = completed.data().toObject().value("callbacks").toArray();
    QVERIFY(!list.isEmpty());
    bool found = false;
    for (const QJsonValue &v : list) {
        QCOMPARE(v.toObject().value("callbackState").toString(), QStringLiteral("COMPLETED"));
        found = found || v.toObject().value("id").toString() == id;
    }
    QVERIFY(found);
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks?state=LOST").errorCode(),
             QStringLiteral("INVALID_FIELD"));
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks?service=nothing")
                 .data()
                 .toObject()
                 .value("callbacks")
                 .toArray()
                 .size(),
             0);
}

void TestAdminApi::routingMovesThroughTheStateGraph()
{
    const QString id = f.createCallback("+4930400400").data().toObject().value("id").toString();
    const QString path = "/ges/v1/routing/callbacks/" + id + "/state";
    auto report = [&](const QJsonObject &body) {
        return admin("POST", path, body, f.stack.routingToken());
    };
    QCOMPARE(report({{"callbackState", "ROUTING"}}).status, 200);
    QCOMPARE(report({{"callbackState", "PROCESSING"}}).status, 200);
    const auto backwards = report({{"callbackState", "QUEUED"}});
    QCOMPARE(backwards.status, 409);
    QCOMPARE(backwards.errorCode(), QStringLiteral("INVALID_STATE"));
    const auto cancel = f.external("/engagement/v3/callbacks/cancel", {{"id", id}});
    QCOMPARE(cancel.status, 409); // PROCESSING can no longer be cancelled
    QCOMPARE(report({{"callbackState", "COMPLETED"}}).errorCode(),
             QStringLiteral("INVALID_FIELD")); // reason needed
    const auto done = report({{"callbackState", "COMPLETED"}, {"callbackReason", "CONNECTED"}});
    QCOMPARE(done.status, 200);
    QCOMPARE(done.data().toObject().value("callbackReason").toString(),
             QStringLiteral("CONNECTED"));
    QCOMPARE(
        f.stack.postgres().psql("SELECT created_as::text || ',' || string_agg(e.state, ',' ORDER "
                                "BY e.id) FROM callbacks c "
                                "JOIN callback_events e ON e.callback_id = c.id WHERE c.id = '" +
                                id + "' GROUP BY created_as"),
        QStringLiteral("Q,ROUTING,PROCESSING,COMPLETED"));
    QCOMPARE(admin("POST", "/ges/v1/routing/callbacks/00000000-0000-4000-8000-000000000000/state",
                   {{"callbackState", "ROUTING"}}, f.stack.routingToken())
                 .status,
             404);
}

void TestAdminApi::routingNeedsTheRoutingToken()
{
    const QString id = f.createCallback("+4930500500").data().toObject().value("id").toString();
    const QString path = "/ges/v1/routing/callbacks/" + id + "/state";
    QCOMPARE(admin("POST", path, {{"callbackState", "ROUTING"}}, "wrong-token-wrong-token").status,
             401);
    QCOMPARE(admin("POST", path, {{"callbackState", "ROUTING"}}).status,
             401); // an admin session is not enough
    QCOMPARE(f.stack.postgres().psql("SELECT state FROM callbacks WHERE id = '" + id + "'"),
             QStringLiteral("QUEUED"));
}

QTEST_GUILESS_MAIN(TestAdminApi)
#include "tst_adminapi.moc"
