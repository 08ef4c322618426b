// The Developer tab's admin API end to end: API keys (create with expiry and scopes,
// list, revoke, validate, last use), the API request log, and GWS credentials (the client
// secret is stored only encrypted and never comes back out).
#include "E2eFixture.h"
#include "security/PasswordHasher.h"
#include "security/SecretBox.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace ges;
using namespace ges::test;

class TestAdminDeveloper : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createTakesExpiryAndScopes();
    void createRefusesBadExpiryAndScopes_data();
    void createRefusesBadExpiryAndScopes();
    void listShowsOwnTenantsWithoutSecrets();
    void revokeStopsTheKeyAtOnce();
    void revokedMarkerBeatsAStaleCacheEntry();
    void lastUseIsRecorded();
    void validateAnswersAboutThatKeyOnly();
    void validateRefusesOtherTenantsKeys();
    void requestLogRecordsExternalCalls();
    void requestLogFiltersAndPages();
    void requestLogValidatesItsQuery_data();
    void requestLogValidatesItsQuery();
    void requestLogStaysBounded();
    void gwsCredentialsNeedASecretFirst();
    void gwsCredentialsKeepTheSecretSealed();
    void gwsCredentialsUpdateDeleteAndTest();
    void noSecretInTheLog();

private:
    HttpResponse admin(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                       const QString &token = {});
    QJsonObject createKey(const QJsonObject &body);
    QJsonArray listKeys(const QString &query, const QString &token = {});
    void addUser(const QString &name, const QString &role, const QString &tenant);
    static QString hashHex(const QString &key);

    E2eFixture f;
    QString m_devToken; // Developer of tenant "acme" only
    QString m_otherKey; // a key of tenant "globex"
    const QString m_secret = QStringLiteral("gws-client-secret-7d1c0f5e9a");
};

HttpResponse TestAdminDeveloper::admin(const QByteArray &method, const QString &path,
                                       const QJsonObject &body, const QString &token)
{
    return f.admin(method, path, body, token);
}

QJsonObject TestAdminDeveloper::createKey(const QJsonObject &body)
{
    const auto response = admin("POST", "/ges/v1/admin/api-keys", body);
    if (response.status != 200)
        qWarning("create key: %d %s", response.status, response.body.constData());
    return response.data().toObject();
}

QJsonArray TestAdminDeveloper::listKeys(const QString &query, const QString &token)
{
    const auto response = admin("GET", "/ges/v1/admin/api-keys" + query, {}, token);
    if (response.status != 200)
        qWarning("list keys: %d %s", response.status, response.body.constData());
    return response.data().toObject().value("apiKeys").toArray();
}

void TestAdminDeveloper::addUser(const QString &name, const QString &role, const QString &tenant)
{
    f.stack.postgres().psql(
        QStringLiteral("INSERT INTO users (name, password_hash, roles, tenants) "
                       "VALUES ('%1', '%2', ARRAY['%3'], ARRAY['%4'])")
            .arg(name, PasswordHasher::hash(name + "-pw", 1000), role, tenant));
}

QString TestAdminDeveloper::hashHex(const QString &key)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void TestAdminDeveloper::initTestCase()
{
    QVERIFY(f.start());
    addUser("dev-acme", "Developer", "acme");
    m_devToken = f.stack.login("dev-acme", "dev-acme-pw");
    QVERIFY(!m_devToken.isEmpty());
    m_otherKey = createKey({{"tenant", "globex"}, {"name", "globex key"}}).value("key").toString();
    QVERIFY(!m_otherKey.isEmpty());
}

void TestAdminDeveloper::createTakesExpiryAndScopes()
{
    const QString expiry = QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODateWithMs);
    const QJsonObject key = createKey({{"tenant", "acme"},
                                       {"name", "scoped"},
                                       {"expiresAt", expiry},
                                       {"scopes", QJsonArray{"callbacks:write", "ewt:read"}}});
    QVERIFY(key.value("key").toString().startsWith("ges_"));
    QCOMPARE(key.value("expiresAt").toString().left(19), expiry.left(19));
    QCOMPARE(key.value("scopes").toArray(), (QJsonArray{"callbacks:write", "ewt:read"}));
    QCOMPARE(key.value("createdBy").toString(), "user:" + f.stack.adminUser());
    const QString id = key.value("id").toString();
    QCOMPARE(f.stack.postgres().psql(
                 QStringLiteral("SELECT array_to_string(scopes, ' '), expires_at IS NOT NULL "
                                "FROM api_keys WHERE id = '%1'")
                     .arg(id)),
             QStringLiteral("callbacks:write ewt:read|t"));
    const QString audit = f.stack.postgres().psql(
        QStringLiteral("SELECT actor || ' ' || details::text FROM audit_log "
                       "WHERE action = 'apikey.create' AND target = '%1'")
            .arg(id));
    QVERIFY(audit.contains("user:" + f.stack.adminUser()));
    QVERIFY(audit.contains(key.value("prefix").toString()));
    QVERIFY(!audit.contains(key.value("key").toString()));
    // Without expiry and scopes: never expires, the whole API.
    const QJsonObject plain = createKey({{"tenant", "acme"}, {"name", "plain"}});
    QVERIFY(plain.value("expiresAt").isNull());
    QCOMPARE(plain.value("scopes").toArray().size(), 0);
}

void TestAdminDeveloper::createRefusesBadExpiryAndScopes_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QString>("field");
    QTest::newRow("past expiry") << QJsonObject{{"expiresAt", "2020-01-01T00:00:00Z"}}
                                 << "expiresAt";
    QTest::newRow("no offset") << QJsonObject{{"expiresAt", "2099-01-01T00:00:00"}} << "expiresAt";
    QTest::newRow("expiry not text") << QJsonObject{{"expiresAt", 12}} << "expiresAt";
    QTest::newRow("unknown scope") << QJsonObject{{"scopes", QJsonArray{"admin:all"}}} << "scopes";
    QTest::newRow("scopes not a list") << QJsonObject{{"scopes", "ewt:read"}} << "scopes";
}

void TestAdminDeveloper::createRefusesBadExpiryAndScopes()
{
    QFETCH(QJsonObject, extra);
    QFETCH(QString, field);
    QJsonObject body{{"tenant", "acme"}, {"name", "bad"}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const auto response = admin("POST", "/ges/v1/admin/api-keys", body);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.errorCode(), QStringLiteral("INVALID_FIELD"));
    const QJsonArray details =
        response.json().value("status").toObject().value("details").toArray();
    QCOMPARE(details.first().toObject().value("field").toString(), field);
}

void TestAdminDeveloper::listShowsOwnTenantsWithoutSecrets()
{
    const QJsonObject created = createKey({{"tenant", "acme"}, {"name", "listed"}});
    const QJsonArray mine = listKeys({}, m_devToken);
    QVERIFY(!mine.isEmpty());
    bool found = false;
    for (const QJsonValue &v : mine) {
        const QJsonObject key = v.toObject();
        QCOMPARE(key.value("tenant").toString(), QStringLiteral("acme")); // never globex
        QVERIFY(!key.contains("key"));
        QVERIFY(!key.contains("keyHash"));
        for (const char *field : {"id", "prefix", "name", "createdAt", "createdBy", "lastUsedAt",
                                  "expiresAt", "scopes", "revokedAt"})
            QVERIFY2(key.contains(field), field);
        found = found || key.value("id") == created.value("id");
    }
    QVERIFY(found);
    QVERIFY(!QJsonDocument(mine).toJson().contains(created.value("key").toString().toUtf8()));
    const auto other = admin("GET", "/ges/v1/admin/api-keys?tenant=globex", {}, m_devToken);
    QCOMPARE(other.status, 403);
    QCOMPARE(listKeys("?tenant=globex").size(), 1); // the administrator ("*") sees it
}

void TestAdminDeveloper::revokeStopsTheKeyAtOnce()
{
    const QJsonObject created = createKey({{"tenant", "acme"}, {"name", "to revoke"}});
    const QString key = created.value("key").toString();
    const QString id = created.value("id").toString();
    QCOMPARE(f.createCallback("+4930200100", key).status, 200); // now cached in Redis
    QVERIFY(!f.stack.redis().cli({"GET", "ges:apikey:" + hashHex(key)}).trimmed().isEmpty());

    const auto revoked = admin("DELETE", "/ges/v1/admin/api-keys/" + id, {}, m_devToken);
    QCOMPARE(revoked.status, 200);
    const QString revokedAt = revoked.data().toObject().value("revokedAt").toString();
    QVERIFY(!revokedAt.isEmpty());
    const auto refused = f.createCallback("+4930200101", key);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), QStringLiteral("API_KEY_INVALID"));

    // Idempotent: the same answer, the first revocation time, one audit entry.
    const auto again = admin("DELETE", "/ges/v1/admin/api-keys/" + id, {}, m_devToken);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.data().toObject().value("revokedAt").toString(), revokedAt);
    QCOMPARE(f.stack.postgres().psql(
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'apikey.revoke' "
                                "AND target = '%1' AND actor = 'user:dev-acme'")
                     .arg(id)),
             QStringLiteral("1"));

    // Listed only when asked for.
    const auto ids = [](const QJsonArray &keys) {
        QSet<QString> set;
        for (const QJsonValue &v : keys)
            set.insert(v.toObject().value("id").toString());
        return set;
    };
    QVERIFY(!ids(listKeys("?tenant=acme")).contains(id));
    QVERIFY(ids(listKeys("?tenant=acme&includeRevoked=true")).contains(id));

    QCOMPARE(
        admin("DELETE", "/ges/v1/admin/api-keys/00000000-0000-0000-0000-000000000000").errorCode(),
        QStringLiteral("API_KEY_NOT_FOUND"));
    QCOMPARE(admin("DELETE", "/ges/v1/admin/api-keys/not-a-uuid").status, 404);
    const QString globexId =
        f.stack.postgres().psql("SELECT id FROM api_keys WHERE tenant = 'globex' LIMIT 1");
    QCOMPARE(admin("DELETE", "/ges/v1/admin/api-keys/" + globexId, {}, m_devToken).status, 403);
}

void TestAdminDeveloper::revokedMarkerBeatsAStaleCacheEntry()
{
    // Another node's lookup that read the database just before the revocation may write
    // its cache entry just after it: the key must stay refused all the same.
    const QJsonObject created = createKey({{"tenant", "acme"}, {"name", "raced"}});
    const QString key = created.value("key").toString();
    QCOMPARE(admin("DELETE", "/ges/v1/admin/api-keys/" + created.value("id").toString()).status,
             200);
    const QString stale = QString::fromUtf8(
        QJsonDocument(QJsonObject{{"tenant", "acme"}, {"prefix", created.value("prefix")}})
            .toJson(QJsonDocument::Compact));
    f.stack.redis().cli({"SET", "ges:apikey:" + hashHex(key), stale, "EX", "60"});
    QCOMPARE(f.createCallback("+4930200102", key).status, 401);
}

void TestAdminDeveloper::lastUseIsRecorded()
{
    const QJsonObject created = createKey({{"tenant", "acme"}, {"name", "used"}});
    const QString id = created.value("id").toString();
    const auto lastUsed = [&] {
        for (const QJsonValue &v : listKeys("?tenant=acme"))
            if (v.toObject().value("id").toString() == id)
                return v.toObject().value("lastUsedAt");
        return QJsonValue(QJsonValue::Undefined);
    };
    QVERIFY(lastUsed().isNull());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QCOMPARE(f.createCallback("+4930200103", created.value("key").toString()).status, 200);
    // Recorded by a write that the request does not wait for.
    QTRY_VERIFY_WITH_TIMEOUT(lastUsed().isString(), 10000);
    QVERIFY(QDateTime::fromString(lastUsed().toString(), Qt::ISODateWithMs) >= before);
}

void TestAdminDeveloper::validateAnswersAboutThatKeyOnly()
{
    const QString expiry = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODateWithMs);
    const QJsonObject created = createKey({{"tenant", "acme"},
                                           {"name", "checked"},
                                           {"expiresAt", expiry},
                                           {"scopes", QJsonArray{"callbacks:read"}}});
    const QString key = created.value("key").toString();
    const auto validate = [&](const QJsonValue &value) {
        return admin("POST", "/ges/v1/admin/api-keys/validate", {{"key", value}}, m_devToken);
    };
    const QJsonObject valid = validate(key).data().toObject();
    QCOMPARE(valid.value("valid").toBool(), true);
    QVERIFY(!valid.contains("reason"));
    QCOMPARE(valid.value("tenant").toString(), QStringLiteral("acme"));
    QCOMPARE(valid.value("name").toString(), QStringLiteral("checked"));
    QCOMPARE(valid.value("prefix"), created.value("prefix"));
    QCOMPARE(valid.value("scopes").toArray(), QJsonArray{"callbacks:read"});
    QCOMPARE(valid.value("expiresAt"), created.value("expiresAt"));
    QCOMPARE(valid.value("createdAt"), created.value("createdAt"));
    QVERIFY(!valid.contains("id") && !valid.contains("key"));

    f.stack.postgres().psql(
        QStringLiteral("UPDATE api_keys SET expires_at = now() - interval '1 minute' "
                       "WHERE id = '%1'")
            .arg(created.value("id").toString()));
    const QJsonObject expired = validate(key).data().toObject();
    QCOMPARE(expired.value("valid").toBool(), false);
    QCOMPARE(expired.value("reason").toString(), QStringLiteral("expired"));

    const QJsonObject other = createKey({{"tenant", "acme"}, {"name", "revoked"}});
    QCOMPARE(admin("DELETE", "/ges/v1/admin/api-keys/" + other.value("id").toString()).status, 200);
    const QJsonObject revoked = validate(other.value("key")).data().toObject();
    QCOMPARE(revoked.value("reason").toString(), QStringLiteral("revoked"));
    QCOMPARE(revoked.value("tenant").toString(), QStringLiteral("acme"));

    const auto unknown = validate("ges_" + QString(43, u'A'));
    QCOMPARE(unknown.status, 200);
    QCOMPARE(unknown.data().toObject(),
             (QJsonObject{{"valid", false}, {"reason", "unknown"}})); // nothing about others
    for (const QString &bad :
         {QStringLiteral("hello"), QStringLiteral("ges_with spaces in it"), QString(300, u'x')}) {
        const auto malformed = validate(bad);
        QCOMPARE(malformed.status, 200);
        QCOMPARE(malformed.data().toObject(),
                 (QJsonObject{{"valid", false}, {"reason", "malformed"}}));
    }
    QCOMPARE(admin("POST", "/ges/v1/admin/api-keys/validate", {}, m_devToken).errorCode(),
             QStringLiteral("MISSING_FIELD"));
    QCOMPARE(validate(42).errorCode(), QStringLiteral("INVALID_FIELD"));
}

void TestAdminDeveloper::validateRefusesOtherTenantsKeys()
{
    const auto response =
        admin("POST", "/ges/v1/admin/api-keys/validate", {{"key", m_otherKey}}, m_devToken);
    QCOMPARE(response.status, 403);
    QVERIFY(!response.body.contains("globex"));
    const auto asAdmin = admin("POST", "/ges/v1/admin/api-keys/validate", {{"key", m_otherKey}});
    QCOMPARE(asAdmin.data().toObject().value("tenant").toString(), QStringLiteral("globex"));
}

void TestAdminDeveloper::requestLogRecordsExternalCalls()
{
    const QString corrId = QStringLiteral("reqlog-test-1");
    const auto ok = HttpClient::postJson(
        f.stack.externalUrl("/engagement/v3/callbacks/create"),
        {{"serviceName", f.service}, {"phoneNumber", "+4930300100"}},
        {{"X-API-Key", f.apiKey.toUtf8()}, {"X-Correlation-Id", corrId.toUtf8()}});
    QCOMPARE(ok.status, 200);
    const auto bad =
        f.external("/engagement/v3/callbacks/create",
                   {{"serviceName", "no-such-service"}, {"phoneNumber", "+4930300101"}});
    QVERIFY(bad.status >= 400);

    const auto response = admin("GET", "/ges/v1/admin/request-log?tenant=acme", {}, m_devToken);
    QCOMPARE(response.status, 200);
    const QJsonArray entries = response.data().toObject().value("entries").toArray();
    QVERIFY(entries.size() >= 2);
    const QJsonObject newest = entries.at(0).toObject();
    const QJsonObject second = entries.at(1).toObject();
    QCOMPARE(newest.value("status").toInt(), bad.status);
    QCOMPARE(newest.value("errorCode").toString(), bad.errorCode());
    QCOMPARE(newest.value("message").toString(),
             bad.json().value("status").toObject().value("message").toString());
    QCOMPARE(second.value("status").toInt(), 200);
    QCOMPARE(second.value("corrId").toString(), corrId);
    QCOMPARE(second.value("method").toString(), QStringLiteral("POST"));
    QCOMPARE(second.value("path").toString(), QStringLiteral("/engagement/v3/callbacks/create"));
    QCOMPARE(second.value("keyPrefix").toString(), f.apiKey.left(10));
    QCOMPARE(second.value("clientAddress").toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(second.value("latencyMs").toDouble() > 0);
    QVERIFY(!second.value("time").toString().isEmpty());
    QVERIFY(!second.contains("errorCode"));
    // Never a body (the phone number), never the key.
    QVERIFY(!response.body.contains("4930300100"));
    QVERIFY(!response.body.contains(f.apiKey.toUtf8()));
    // One tenant: the tenant may be left out; another tenant's log is refused.
    QCOMPARE(admin("GET", "/ges/v1/admin/request-log", {}, m_devToken).data(), response.data());
    QCOMPARE(admin("GET", "/ges/v1/admin/request-log?tenant=globex", {}, m_devToken).status, 403);
    QCOMPARE(admin("GET", "/ges/v1/admin/request-log").errorCode(),
             QStringLiteral("MISSING_FIELD")); // "*": which tenant?
}

void TestAdminDeveloper::requestLogFiltersAndPages()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(f.external("/engagement/v3/callbacks/retrieve", {{"id", "nope"}}).status / 100, 4);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(
            f.createCallback(QStringLiteral("+49303002%1").arg(i, 2, 10, QLatin1Char('0'))).status,
            200);
    const auto page = [&](const QString &query) {
        return admin("GET", "/ges/v1/admin/request-log?tenant=acme&" + query, {}, m_devToken)
            .data()
            .toObject();
    };
    const QJsonArray clientErrors = page("status=4xx").value("entries").toArray();
    QVERIFY(clientErrors.size() >= 5);
    for (const QJsonValue &e : clientErrors)
        QCOMPARE(e.toObject().value("status").toInt() / 100, 4);
    const QJsonArray retrieves = page("path=RETRIEVE").value("entries").toArray();
    QVERIFY(retrieves.size() >= 5);
    for (const QJsonValue &e : retrieves)
        QVERIFY(e.toObject().value("path").toString().endsWith("/retrieve"));
    QCOMPARE(page("status=200&path=retrieve").value("entries").toArray().size(), 0);

    // Paging through everything one by one: newest first, nothing skipped or repeated.
    const QJsonArray all = page("limit=500").value("entries").toArray();
    QJsonArray paged;
    QString cursor;
    do {
        const QJsonObject one = page("limit=2" + (cursor.isEmpty() ? "" : "&before=" + cursor));
        for (const QJsonValue &e : one.value("entries").toArray())
            paged.append(e);
        cursor = one.value("nextCursor").toString();
    } while (!cursor.isEmpty() && paged.size() <= all.size());
    QCOMPARE(paged, all);
}

void TestAdminDeveloper::requestLogValidatesItsQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("status") << "status=abc"
                            << "status";
    QTest::newRow("status 6xx") << "status=6xx"
                                << "status";
    QTest::newRow("limit 0") << "limit=0"
                             << "limit";
    QTest::newRow("limit 501") << "limit=501"
                               << "limit";
    QTest::newRow("before") << "before=abc"
                            << "before";
}

void TestAdminDeveloper::requestLogValidatesItsQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const auto response = admin("GET", "/ges/v1/admin/request-log?tenant=acme&" + query);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json()
                 .value("status")
                 .toObject()
                 .value("details")
                 .toArray()
                 .first()
                 .toObject()
                 .value("field")
                 .toString(),
             field);
}

void TestAdminDeveloper::requestLogStaysBounded()
{
    // 1,500 old entries written straight into the stream, then one real request: its
    // XADD trims the stream back to about 1,000.
    const QString stream = QStringLiteral("ges:reqlog:{acme}");
    f.stack.redis().cli({"EVAL",
                         "for i = 1, 1500 do redis.call('XADD', KEYS[1], '*', 'time', '0', "
                         "'method', 'GET', 'path', '/filler', 'status', '200') end",
                         "1", stream});
    QVERIFY(f.stack.redis().cli({"XLEN", stream}).trimmed().toInt() > 1500);
    QCOMPARE(f.createCallback("+4930400100").status, 200);
    // The entry is written after the answer is sent: wait for it rather than race it.
    int length = 0;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (length = f.stack.redis().cli({"XLEN", stream}).trimmed().toInt()) >= 1000 &&
            length < 1200,
        QByteArray::number(length), 10000);
    const QJsonObject newest = admin("GET", "/ges/v1/admin/request-log?tenant=acme&limit=1")
                                   .data()
                                   .toObject()
                                   .value("entries")
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(newest.value("path").toString(), QStringLiteral("/engagement/v3/callbacks/create"));
}

void TestAdminDeveloper::gwsCredentialsNeedASecretFirst()
{
    const QJsonObject urls{{"auth", "https://gws-auth.example.com/auth/v3"}};
    const auto noSecret = admin("PUT", "/ges/v1/admin/gws-credentials/acme",
                                {{"clientId", "ges-client"}, {"urls", urls}});
    QCOMPARE(noSecret.status, 400);
    QCOMPARE(noSecret.errorCode(), QStringLiteral("MISSING_FIELD"));
    const auto badUrl = admin("PUT", "/ges/v1/admin/gws-credentials/acme",
                              {{"clientId", "ges-client"},
                               {"clientSecret", m_secret},
                               {"urls", QJsonObject{{"auth", "ftp://x"}}}});
    QCOMPARE(badUrl.status, 400);
    QCOMPARE(badUrl.errorCode(), QStringLiteral("INVALID_FIELD"));
    QVERIFY(!badUrl.body.contains(m_secret.toUtf8()));
    const auto unknownUrl =
        admin("PUT", "/ges/v1/admin/gws-credentials/acme",
              {{"clientId", "c"},
               {"clientSecret", m_secret},
               {"urls", QJsonObject{{"auth", urls["auth"]}, {"foo", "https://x.example"}}}});
    QCOMPARE(unknownUrl.status, 400);
    // No GWS_ALLOWED_HOSTS nor GWS_* here: public hosts only, never internal addresses.
    for (const char *internal : {"http://169.254.169.254/latest", "http://127.0.0.1:8080/auth",
                                 "http://10.1.2.3/auth", "http://localhost/auth",
                                 "http://[::1]/auth", "http://gws-auth/auth"}) {
        const auto refused = admin(
            "PUT", "/ges/v1/admin/gws-credentials/acme",
            {{"clientId", "c"}, {"clientSecret", m_secret}, {"urls", QJsonObject{{"auth", internal}}}});
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.body.contains("urls.auth") && refused.body.contains("GWS_ALLOWED_HOSTS"),
                 refused.body.constData());
    }
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM gws_credentials"), QStringLiteral("0"));
}

void TestAdminDeveloper::gwsCredentialsKeepTheSecretSealed()
{
    const QJsonObject urls{{"auth", "https://gws-auth.example.com/auth/v3"},
                           {"env", "https://gws-env.example.com/environment/v3"},
                           {"stats", "https://gws-stats.example.com/statistics/v3"}};
    const auto registered =
        admin("PUT", "/ges/v1/admin/gws-credentials/acme",
              {{"clientId", "ges-client"}, {"clientSecret", m_secret}, {"urls", urls}});
    QCOMPARE(registered.status, 200);
    QVERIFY(!registered.body.contains(m_secret.toUtf8()));
    const QJsonObject data = registered.data().toObject();
    QCOMPARE(data.value("hasSecret").toBool(), true);
    QCOMPARE(data.value("urls").toObject(), urls);
    QCOMPARE(data.value("updatedBy").toString(), "user:" + f.stack.adminUser());

    const auto listed = admin("GET", "/ges/v1/admin/gws-credentials?tenant=acme");
    QCOMPARE(listed.status, 200);
    QVERIFY(!listed.body.contains(m_secret.toUtf8()));
    const QJsonArray credentials = listed.data().toObject().value("credentials").toArray();
    QCOMPARE(credentials.size(), 1);
    QCOMPARE(credentials.first().toObject().value("clientId").toString(),
             QStringLiteral("ges-client"));

    // Stored only sealed: not in clear anywhere in the table or the audit log...
    const QString everything = f.stack.postgres().psql(
        "SELECT (SELECT string_agg(t::text || encode(secret_encrypted, 'escape'), '') "
        "FROM gws_credentials t) || (SELECT string_agg(a::text, '') FROM audit_log a)");
    QVERIFY(!everything.isEmpty());
    QVERIFY(!everything.contains(m_secret));
    // ...as nonce || ciphertext || tag under ENCRYPTION-KEY, bound to the tenant.
    const QByteArray sealed = QByteArray::fromHex(
        f.stack.postgres()
            .psql(
                "SELECT encode(secret_encrypted, 'hex') FROM gws_credentials WHERE tenant = 'acme'")
            .toLatin1());
    QCOMPARE(sealed.size(), 12 + m_secret.size() + 16);
    const SecretBox box(
        QByteArray::fromBase64(f.stack.secrets().value("ENCRYPTION-KEY").toLatin1()));
    QCOMPARE(box.open(sealed, "acme").value_or("<failed>"), m_secret.toUtf8());
    QVERIFY(!box.open(sealed, "globex"));
    QCOMPARE(f.stack.postgres().psql(
                 "SELECT action FROM audit_log WHERE action LIKE 'gws.%' AND tenant = 'acme'"),
             QStringLiteral("gws.register"));
}

void TestAdminDeveloper::gwsCredentialsUpdateDeleteAndTest()
{
    const QString sealedBefore = f.stack.postgres().psql(
        "SELECT encode(secret_encrypted, 'hex') FROM gws_credentials WHERE tenant = 'acme'");
    QVERIFY(!sealedBefore.isEmpty());
    const auto kept = admin(
        "PUT", "/ges/v1/admin/gws-credentials/acme",
        {{"clientId", "ges-client-2"},
         {"urls", QJsonObject{{"auth", "https://gws-auth.example.com/auth/v3"}}}});
    QCOMPARE(kept.status, 200);
    // The stored secret never follows the credentials to another authentication host.
    const QJsonObject urls{{"auth", "https://gws-auth2.example.com/auth/v3"}};
    const auto moved = admin("PUT", "/ges/v1/admin/gws-credentials/acme",
                             {{"clientId", "ges-client-2"}, {"urls", urls}});
    QCOMPARE(moved.status, 400);
    QCOMPARE(moved.errorCode(), QStringLiteral("MISSING_FIELD"));
    QVERIFY(moved.body.contains("required when urls.auth changes"));
    QCOMPARE(kept.data().toObject().value("clientId").toString(), QStringLiteral("ges-client-2"));
    QCOMPARE(
        f.stack.postgres().psql(
            "SELECT encode(secret_encrypted, 'hex') FROM gws_credentials WHERE tenant = 'acme'"),
        sealedBefore);
    const auto changed =
        admin("PUT", "/ges/v1/admin/gws-credentials/acme",
              {{"clientId", "ges-client-2"}, {"clientSecret", m_secret + "-new"}, {"urls", urls}});
    QCOMPARE(changed.status, 200);
    QVERIFY(f.stack.postgres().psql("SELECT encode(secret_encrypted, 'hex') FROM gws_credentials "
                                    "WHERE tenant = 'acme'") != sealedBefore);
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM audit_log WHERE action = 'gws.update' "
                                     "AND details->>'clientSecret' IS NULL"),
             QStringLiteral("2"));

    // The auth URL leads nowhere: the test completes (200) with a negative verdict at the
    // first stage (tst_statistics tests it against a fake GWS).
    const auto test = admin("POST", "/ges/v1/admin/gws-credentials/acme/test");
    QCOMPARE(test.status, 200);
    QCOMPARE(test.data().toObject().value("ok").toBool(), false);
    QCOMPARE(test.data().toObject().value("stage").toString(), QStringLiteral("auth"));

    // A Developer has no business here (the role check answers before any handler).
    QCOMPARE(admin("GET", "/ges/v1/admin/gws-credentials", {}, m_devToken).status, 403);

    QCOMPARE(admin("DELETE", "/ges/v1/admin/gws-credentials/acme").status, 200);
    const auto gone = admin("DELETE", "/ges/v1/admin/gws-credentials/acme");
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), QStringLiteral("GWS_CREDENTIALS_NOT_FOUND"));
    QCOMPARE(admin("GET", "/ges/v1/admin/gws-credentials")
                 .data()
                 .toObject()
                 .value("credentials")
                 .toArray()
                 .size(),
             0);
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM audit_log WHERE action = 'gws.delete'"),
             QStringLiteral("1"));
}

void TestAdminDeveloper::noSecretInTheLog()
{
    const QString log = f.stack.gesdLog();
    QVERIFY(log.contains("GWS credentials registered")); // the log is there and was written
    QVERIFY(!log.contains(m_secret));
    QVERIFY(!log.contains(m_otherKey));
    QVERIFY(!log.contains(f.apiKey));
}

QTEST_GUILESS_MAIN(TestAdminDeveloper)
#include "tst_admindeveloper.moc"
