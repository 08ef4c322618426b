// Click-to-call-in end to end: the external create, the routing side's match and the admin
// list against the real gesd, Redis and PostgreSQL, with one and with two gesd nodes.
//
// Time is moved by rewriting expires_at in PostgreSQL (test-only manipulation): waiting
// for a real expiry would make the test slow, and the daemon reads expiry only from there.
#include "E2eFixture.h"
#include "shared/ApiPaths.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>

using namespace ges::test;
namespace paths = ges::paths;

namespace {
const QStringList kMainNumbers{"+4930555100", "+4930555101"};
const QString kShortNumber = QStringLiteral("+4930555200");
const QString kDenseNumber = QStringLiteral("+4930555300");
const QString kTinyNumber = QStringLiteral("+4930555400");

double metric(const QByteArray &scrape, const QString &series)
{
    for (const QByteArray &line : scrape.split('\n'))
        if (line.startsWith(series.toUtf8() + ' '))
            return line.mid(series.size() + 1).toDouble();
    return 0;
}

QJsonObject dataOf(QNetworkReply *reply)
{
    return QJsonDocument::fromJson(reply->readAll()).object().value("data").toObject();
}
} // namespace

class TestCallIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createHandsOutNumberCodeAndExpiry();
    void concurrentCreatesNeverShareALiveNumberAndCode();
    void matchByNumberAndCodeMarksUsedOnce();
    void concurrentMatchesOfOneRequestHaveOneWinner();
    void matchByCallerNumber();
    void expiredRequestCannotBeMatched();
    void aMissIsExplainedWithAnIndex();
    void exhaustedPoolIs503AndExpiredSlotsAreReused();
    void unknownGroupIs404();
    void badCreateBodiesAre400_data();
    void badCreateBodiesAre400();
    void badMatchBodiesAre400_data();
    void badMatchBodiesAre400();
    void matchNeedsTheRoutingToken();
    void anotherTenantsGroupIsNotUsable();
    void adminListShowsRecordsWithState();
    void housekeepingRetiresAndPurges();
    void gdprEraseRemovesTheCallersRequests();
    void twoNodesAllocatingAtOnceNeverCollide();

private:
    QString createGroup(const QString &tenant, const QString &name, const QStringList &numbers,
                        int codeLength, int expirySeconds);
    HttpResponse callIn(const QJsonObject &body, const QString &key = {});
    HttpResponse match(const QJsonObject &body, const QString &token = {});
    QNetworkReply *postCallIn(QNetworkAccessManager &manager, const QJsonObject &body,
                              const QString &baseUrl = {});
    QNetworkReply *postMatch(QNetworkAccessManager &manager, const QJsonObject &body);
    QJsonArray listed(const QString &query);
    void assertNoSharedLiveSlot();
    QString sql(const QString &statement) { return f.stack.postgres().psql(statement); }

    E2eFixture f;
    QString m_tinyGroupId;
};

QString TestCallIn::createGroup(const QString &tenant, const QString &name,
                                const QStringList &numbers, int codeLength, int expirySeconds)
{
    const auto created = f.admin("POST", paths::AdminCallInGroups,
                                 {{"tenant", tenant},
                                  {"name", name},
                                  {"phoneNumbers", QJsonArray::fromStringList(numbers)},
                                  {"accessCodeLength", codeLength},
                                  {"expirySeconds", expirySeconds}});
    if (created.status != 200)
        qWarning("creating group %s: %s", qPrintable(name), created.body.constData());
    return created.data().toObject().value("id").toString();
}

HttpResponse TestCallIn::callIn(const QJsonObject &body, const QString &key)
{
    return f.external(paths::CallInCreate, body, key);
}

HttpResponse TestCallIn::match(const QJsonObject &body, const QString &token)
{
    return HttpClient::postJson(
        f.stack.internalUrl(paths::RoutingCallInMatch), body,
        {{"Authorization",
          "Bearer " + (token.isEmpty() ? f.stack.routingToken() : token).toUtf8()}});
}

QNetworkReply *TestCallIn::postCallIn(QNetworkAccessManager &manager, const QJsonObject &body,
                                      const QString &baseUrl)
{
    QNetworkRequest request(QUrl((baseUrl.isEmpty() ? f.stack.externalUrl() : baseUrl) +
                                 QLatin1String(paths::CallInCreate)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setRawHeader("X-API-Key", f.apiKey.toUtf8());
    return manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QNetworkReply *TestCallIn::postMatch(QNetworkAccessManager &manager, const QJsonObject &body)
{
    QNetworkRequest request(QUrl(f.stack.internalUrl(paths::RoutingCallInMatch)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setRawHeader("Authorization", "Bearer " + f.stack.routingToken().toUtf8());
    return manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonArray TestCallIn::listed(const QString &query)
{
    const auto response =
        f.admin("GET", QLatin1String(paths::AdminCallInRequests) + QLatin1Char('?') + query);
    if (response.status != 200)
        qWarning("admin list: %s", response.body.constData());
    return response.data().toObject().value("requests").toArray();
}

// The database's own view: no (number, code) held by two LIVE, unexpired rows.
void TestCallIn::assertNoSharedLiveSlot()
{
    QCOMPARE(sql("SELECT count(*) FROM (SELECT to_phone_number, access_code FROM "
                 "call_in_requests WHERE state = 'LIVE' AND expires_at > now() "
                 "GROUP BY 1, 2 HAVING count(*) > 1) shared"),
             QStringLiteral("0"));
}

void TestCallIn::initTestCase()
{
    // Housekeeping every second, so its retire-and-purge step can be watched.
    f.stack.setEnv("HOUSEKEEPING_SECONDS", "1");
    QVERIFY(f.start());
    QVERIFY(!createGroup(f.tenant, "main", kMainNumbers, 4, 600).isEmpty());
    QVERIFY(!createGroup(f.tenant, "short", {kShortNumber}, 6, 30).isEmpty());
    QVERIFY(!createGroup(f.tenant, "dense", {kDenseNumber}, 4, 600).isEmpty());
    m_tinyGroupId = createGroup(f.tenant, "tiny", {kTinyNumber}, 4, 600);
    QVERIFY(!m_tinyGroupId.isEmpty());
    QVERIFY(!createGroup("globex", "theirs", {"+4930555500"}, 4, 600).isEmpty());
}

void TestCallIn::createHandsOutNumberCodeAndExpiry()
{
    const QString series = QStringLiteral("ges_call_in_requests{tenant=\"acme\"}");
    const double before = metric(HttpClient::get(f.stack.internalUrl("/metrics")).body, series);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto response = callIn({{"groupName", "main"},
                                  {"phoneNumber", "+49 30 1234567"},
                                  {"callbackServiceId", f.service},
                                  {"userData", QJsonObject{{"orderId", "A-7"}, {"bad key", 1}}}});
    QCOMPARE(response.status, 200);
    const QJsonObject data = response.data().toObject();
    QCOMPARE(data.value("id").toString().size(), 36);
    QVERIFY2(kMainNumbers.contains(data.value("toPhoneNumber").toString()), response.body);
    QVERIFY(QRegularExpression("^[0-9]{4}$").match(data.value("accessCode").toString()).hasMatch());
    QCOMPARE(data.value("groupName").toString(), QStringLiteral("main"));
    QCOMPARE(data.value("fromPhoneNumber").toString(), QStringLiteral("+49301234567"));
    QCOMPARE(data.value("callbackServiceId").toString(), f.service);
    const qint64 expiration = qint64(data.value("expirationTime").toDouble());
    QVERIFY2(qAbs(expiration - (now + 600000)) <= 2000, qPrintable(QString::number(expiration)));

    const QString row = sql("SELECT state || ' ' || tenant || ' ' || to_phone_number || ' ' || "
                            "access_code || ' ' || (user_data->>'orderId') || ' ' || "
                            "(user_data ? 'bad key')::text FROM call_in_requests WHERE id = '" +
                            data.value("id").toString() + "'");
    QCOMPARE(row,
             QStringLiteral("LIVE acme %1 %2 A-7 false")
                 .arg(data.value("toPhoneNumber").toString(), data.value("accessCode").toString()));
    const double after = metric(HttpClient::get(f.stack.internalUrl("/metrics")).body, series);
    QCOMPARE(after, before + 1);
}

void TestCallIn::concurrentCreatesNeverShareALiveNumberAndCode()
{
    constexpr int kRequests = 200;
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < kRequests; ++i)
        replies << postCallIn(manager, {{"groupName", "main"}});
    QTRY_VERIFY_WITH_TIMEOUT(E2eFixture::allFinished(replies), 60000);
    QSet<QString> taken;
    QSet<QString> numbers;
    for (QNetworkReply *reply : replies) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject data = dataOf(reply);
        taken.insert(data.value("toPhoneNumber").toString() + '/' +
                     data.value("accessCode").toString());
        numbers.insert(data.value("toPhoneNumber").toString());
        reply->deleteLater();
    }
    QCOMPARE(taken.size(), kRequests);
    // Spread over the pool: 200 uniform picks of 2 numbers all landing on one is 2^-199.
    QCOMPARE(numbers.size(), kMainNumbers.size());
    assertNoSharedLiveSlot();
}

void TestCallIn::matchByNumberAndCodeMarksUsedOnce()
{
    const QJsonObject created = callIn({{"groupName", "main"},
                                        {"callbackServiceId", f.service},
                                        {"userData", QJsonObject{{"orderId", "M-1"}}}})
                                    .data()
                                    .toObject();
    const QJsonObject key{{"toPhoneNumber", created.value("toPhoneNumber")},
                          {"accessCode", created.value("accessCode")}};
    const auto matched = match(key);
    QCOMPARE(matched.status, 200);
    const QJsonObject data = matched.data().toObject();
    QCOMPARE(data.value("id"), created.value("id"));
    QCOMPARE(data.value("state").toString(), QStringLiteral("USED"));
    QCOMPARE(data.value("matchedBy").toString(), QStringLiteral("ACCESS_CODE"));
    QCOMPARE(data.value("tenant").toString(), f.tenant);
    QCOMPARE(data.value("callbackServiceId").toString(), f.service);
    QCOMPARE(data.value("userData").toObject().value("orderId").toString(), QStringLiteral("M-1"));
    QVERIFY(!data.value("usedAt").toString().isEmpty());
    QCOMPARE(sql("SELECT state || ' ' || matched_by FROM call_in_requests WHERE id = '" +
                 created.value("id").toString() + "'"),
             QStringLiteral("USED ACCESS_CODE"));

    const auto again = match(key);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("CALL_IN_ALREADY_USED"));
    // A code nobody holds on that number.
    const QString other = created.value("accessCode").toString() == "0000" ? "0001" : "0000";
    sql("DELETE FROM call_in_requests WHERE access_code = '" + other + "'");
    const auto unknown =
        match({{"toPhoneNumber", created.value("toPhoneNumber")}, {"accessCode", other}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("NOT_FOUND"));
}

void TestCallIn::concurrentMatchesOfOneRequestHaveOneWinner()
{
    const QJsonObject created = callIn({{"groupName", "main"}}).data().toObject();
    const QJsonObject key{{"toPhoneNumber", created.value("toPhoneNumber")},
                          {"accessCode", created.value("accessCode")}};
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 12; ++i)
        replies << postMatch(manager, key);
    QTRY_VERIFY_WITH_TIMEOUT(E2eFixture::allFinished(replies), 30000);
    int won = 0;
    int refused = 0;
    for (QNetworkReply *reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        won += status == 200;
        refused += status == 409;
        reply->deleteLater();
    }
    QCOMPARE(won, 1);
    QCOMPARE(refused, 11);
}

void TestCallIn::matchByCallerNumber()
{
    const QString caller = QStringLiteral("+4917012345678");
    callIn({{"groupName", "main"}, {"fromPhoneNumber", caller}});
    const QJsonObject newest =
        callIn({{"groupName", "main"}, {"fromPhoneNumber", caller}}).data().toObject();
    // Another dialled number than the request's: no match.
    const QString elsewhere = QStringLiteral("+4930999999");
    const auto wrongLine = match({{"fromPhoneNumber", caller}, {"toPhoneNumber", elsewhere}});
    QCOMPARE(wrongLine.status, 404);

    const auto matched = match({{"fromPhoneNumber", "0049 170 12345678"},
                                {"toPhoneNumber", newest.value("toPhoneNumber")}});
    QCOMPARE(matched.status, 200);
    QCOMPARE(matched.data().toObject().value("id"), newest.value("id"));
    QCOMPARE(matched.data().toObject().value("matchedBy").toString(),
             QStringLiteral("CALLER_NUMBER"));
    QCOMPARE(matched.data().toObject().value("fromPhoneNumber").toString(), caller);
    // The older request of the same caller is still live, and matched next.
    const auto older = match({{"fromPhoneNumber", caller}});
    QCOMPARE(older.status, 200);
    QVERIFY(older.data().toObject().value("id") != newest.value("id"));
}

void TestCallIn::expiredRequestCannotBeMatched()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject created = callIn({{"groupName", "short"}}).data().toObject();
    QCOMPARE(created.value("toPhoneNumber").toString(), kShortNumber);
    QCOMPARE(created.value("accessCode").toString().size(), 6);
    QVERIFY(qAbs(qint64(created.value("expirationTime").toDouble()) - (now + 30000)) <= 2000);
    const QString id = created.value("id").toString();
    // Test-only: move the request's expiry into the past instead of waiting 30 s.
    sql("UPDATE call_in_requests SET expires_at = now() - interval '1 second' WHERE id = '" + id +
        "'");
    const QJsonArray before = listed("tenant=acme&group=short&state=EXPIRED");
    QVERIFY(std::any_of(before.begin(), before.end(), [&](const QJsonValue &r) {
        return r.toObject().value("id").toString() == id;
    }));
    const auto matched = match({{"toPhoneNumber", created.value("toPhoneNumber")},
                                {"accessCode", created.value("accessCode")}});
    QCOMPARE(matched.status, 404);
    QCOMPARE(matched.errorCode(), QStringLiteral("CALL_IN_EXPIRED"));
    // Retired by the failed match.
    QCOMPARE(sql("SELECT state FROM call_in_requests WHERE id = '" + id + "'"),
             QStringLiteral("EXPIRED"));
    QCOMPARE(match({{"toPhoneNumber", created.value("toPhoneNumber")},
                    {"accessCode", created.value("accessCode")}})
                 .errorCode(),
             QStringLiteral("CALL_IN_EXPIRED"));
}

void TestCallIn::aMissIsExplainedWithAnIndex()
{
    // Explaining a miss reads requests in any state (kept 14 days): it must use migration
    // 0009's full indexes, not scan. The statements as CallInRequestRecords::explainMiss
    // runs them; sequential scans off so a small test table does not decide the plan.
    const QString prefix =
        QStringLiteral("SET enable_seqscan = off; EXPLAIN SELECT state, expires_at <= now() "
                       "FROM call_in_requests WHERE ");
    const QString suffix = QStringLiteral(" ORDER BY created_at DESC LIMIT 1");
    const QString byCode =
        sql(prefix + "to_phone_number = '+4930999' AND access_code = '123456'" + suffix);
    QVERIFY2(byCode.contains("call_in_requests_code_newest"), qPrintable(byCode));
    const QString byCaller = sql(prefix +
                                 "from_phone_number = '+4930888' AND (coalesce('', '') = '' "
                                 "OR to_phone_number = '')" +
                                 suffix);
    QVERIFY2(byCaller.contains("call_in_requests_caller_newest"), qPrintable(byCaller));
    // And the answers still tell a used request from an unknown one.
    const QJsonObject created =
        callIn({{"groupName", "short"}, {"fromPhoneNumber", "+4917099988877"}}).data().toObject();
    QCOMPARE(match({{"fromPhoneNumber", "+4917099988877"}}).status, 200);
    QCOMPARE(match({{"fromPhoneNumber", "+4917099988877"}}).errorCode(),
             QStringLiteral("CALL_IN_ALREADY_USED"));
    const QString otherCode =
        created.value("accessCode").toString() == u"000000" ? "000001" : "000000";
    QCOMPARE(match({{"toPhoneNumber", created.value("toPhoneNumber")}, {"accessCode", otherCode}})
                 .errorCode(),
             QStringLiteral("NOT_FOUND"));
}

void TestCallIn::exhaustedPoolIs503AndExpiredSlotsAreReused()
{
    // Test-only: hold every code of the one-number group "tiny" with live requests.
    sql(QStringLiteral(
            "INSERT INTO call_in_requests (id, tenant, group_id, group_name, to_phone_number, "
            "access_code, created_at, expires_at) SELECT gen_random_uuid(), 'acme', '%1', "
            "'tiny', '%2', lpad(g::text, 4, '0'), now(), now() + interval '1 hour' "
            "FROM generate_series(0, 9999) g")
            .arg(m_tinyGroupId, kTinyNumber));
    const auto full = callIn({{"groupName", "tiny"}});
    QCOMPARE(full.status, 503);
    QCOMPARE(full.errorCode(), QStringLiteral("CALL_IN_POOL_EXHAUSTED"));
    QVERIFY(full.header("Retry-After").toInt() > 0);

    // All of them expired but not yet retired: a create retires the holder of the slot it
    // picks in its own transaction and takes the slot.
    sql("UPDATE call_in_requests SET expires_at = now() - interval '1 second' "
        "WHERE to_phone_number = '" +
        kTinyNumber + "'");
    const auto reused = callIn({{"groupName", "tiny"}});
    QCOMPARE(reused.status, 200);
    const QString code = reused.data().toObject().value("accessCode").toString();
    QCOMPARE(sql("SELECT string_agg(state, ',' ORDER BY created_at) FROM call_in_requests "
                 "WHERE to_phone_number = '" +
                 kTinyNumber + "' AND access_code = '" + code + "'"),
             QStringLiteral("EXPIRED,LIVE"));
    sql("DELETE FROM call_in_requests WHERE to_phone_number = '" + kTinyNumber + "'");
}

void TestCallIn::unknownGroupIs404()
{
    const auto response = callIn({{"groupName", "no-such-group"}});
    QCOMPARE(response.status, 404);
    QCOMPARE(response.errorCode(), QStringLiteral("GROUP_NOT_FOUND"));
}

void TestCallIn::badCreateBodiesAre400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("field");
    QTest::newRow("not JSON") << QByteArray("{groupName") << "INVALID_JSON"
                              << "";
    QTest::newRow("not an object") << QByteArray("[]") << "INVALID_JSON"
                                   << "";
    QTest::newRow("no group") << QByteArray("{}") << "MISSING_FIELD"
                              << "groupName";
    QTest::newRow("group not a string") << QByteArray(R"({"groupName": 5})") << "INVALID_FIELD"
                                        << "groupName";
    QTest::newRow("bad caller number")
        << QByteArray(R"({"groupName": "main", "fromPhoneNumber": "call me"})") << "INVALID_FIELD"
        << "fromPhoneNumber";
    QTest::newRow("bad phoneNumber alias")
        << QByteArray(R"({"groupName": "main", "phoneNumber": "12"})") << "INVALID_FIELD"
        << "phoneNumber";
    QTest::newRow("userData not an object")
        << QByteArray(R"({"groupName": "main", "userData": [1]})") << "INVALID_FIELD"
        << "userData";
    QTest::newRow("callbackServiceId not a string")
        << QByteArray(R"({"groupName": "main", "callbackServiceId": {}})") << "INVALID_FIELD"
        << "callbackServiceId";
}

void TestCallIn::badCreateBodiesAre400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    QFETCH(QString, field);
    const auto response =
        HttpClient::send("POST", f.stack.externalUrl(paths::CallInCreate), body,
                         {{"X-API-Key", f.apiKey.toUtf8()}, {"Content-Type", "application/json"}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.errorCode(), errorCode);
    if (!field.isEmpty())
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

void TestCallIn::badMatchBodiesAre400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("not JSON") << QByteArray("nope") << "INVALID_JSON";
    QTest::newRow("empty") << QByteArray("{}") << "MISSING_FIELD";
    QTest::newRow("code without number")
        << QByteArray(R"({"accessCode": "1234"})") << "MISSING_FIELD";
    QTest::newRow("code as a number")
        << QByteArray(R"({"toPhoneNumber": "+4930555100", "accessCode": 1234})") << "INVALID_FIELD";
    QTest::newRow("code with letters")
        << QByteArray(R"({"toPhoneNumber": "+4930555100", "accessCode": "12a4"})")
        << "INVALID_FIELD";
    QTest::newRow("bad caller") << QByteArray(R"({"fromPhoneNumber": "x"})") << "INVALID_FIELD";
}

void TestCallIn::badMatchBodiesAre400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    const auto response =
        HttpClient::send("POST", f.stack.internalUrl(paths::RoutingCallInMatch), body,
                         {{"Authorization", "Bearer " + f.stack.routingToken().toUtf8()},
                          {"Content-Type", "application/json"}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.errorCode(), errorCode);
}

void TestCallIn::matchNeedsTheRoutingToken()
{
    const QJsonObject created = callIn({{"groupName", "main"}}).data().toObject();
    const QJsonObject key{{"toPhoneNumber", created.value("toPhoneNumber")},
                          {"accessCode", created.value("accessCode")}};
    QCOMPARE(HttpClient::postJson(f.stack.internalUrl(paths::RoutingCallInMatch), key).status, 401);
    QVERIFY(match(key, "not-the-token").status == 401 || match(key, "not-the-token").status == 403);
    // An administrator's session is not the routing side either.
    QVERIFY(match(key, f.token).status >= 401);
    QCOMPARE(sql("SELECT state FROM call_in_requests WHERE id = '" +
                 created.value("id").toString() + "'"),
             QStringLiteral("LIVE"));
    // Not served on the external port at all.
    QCOMPARE(HttpClient::postJson(f.stack.externalUrl(paths::RoutingCallInMatch), key).status, 404);
}

void TestCallIn::anotherTenantsGroupIsNotUsable()
{
    const auto refused = callIn({{"groupName", "theirs"}});
    QCOMPARE(refused.status, 404);
    QCOMPARE(refused.errorCode(), QStringLiteral("GROUP_NOT_FOUND"));
    const QString globexKey = f.stack.createApiKey(f.token, "globex");
    QVERIFY(!globexKey.isEmpty());
    const auto theirs = callIn({{"groupName", "theirs"}}, globexKey);
    QCOMPARE(theirs.status, 200);
    QCOMPARE(sql("SELECT tenant FROM call_in_requests WHERE id = '" +
                 theirs.data().toObject().value("id").toString() + "'"),
             QStringLiteral("globex"));
    // And acme's list does not show it.
    const QJsonArray acme = listed("tenant=acme&group=theirs");
    QCOMPARE(acme.size(), 0);
}

void TestCallIn::adminListShowsRecordsWithState()
{
    const QJsonObject used = callIn({{"groupName", "main"}}).data().toObject();
    QCOMPARE(match({{"toPhoneNumber", used.value("toPhoneNumber")},
                    {"accessCode", used.value("accessCode")}})
                 .status,
             200);
    const QJsonObject live = callIn({{"groupName", "main"}}).data().toObject();
    const auto contains = [](const QJsonArray &list, const QJsonValue &id, const QString &state) {
        return std::any_of(list.begin(), list.end(), [&](const QJsonValue &r) {
            return r.toObject().value("id") == id && r.toObject().value("state") == state;
        });
    };
    const QJsonArray usedList = listed("tenant=acme&group=main&state=USED");
    QVERIFY(contains(usedList, used.value("id"), "USED"));
    QVERIFY(!contains(usedList, live.value("id"), "LIVE"));
    const QJsonArray liveList = listed("tenant=acme&state=live");
    QVERIFY(contains(liveList, live.value("id"), "LIVE"));
    QVERIFY(std::all_of(liveList.begin(), liveList.end(), [](const QJsonValue &r) {
        return r.toObject().value("state").toString() == QStringLiteral("LIVE");
    }));
    const QJsonObject first = liveList.first().toObject();
    for (const char *field : {"id", "tenant", "groupName", "toPhoneNumber", "accessCode",
                              "expirationTime", "createdAt", "expiresAt", "userData"})
        QVERIFY2(first.contains(QLatin1String(field)), field);

    // Keyset paging: newest first, pages do not overlap.
    const auto page1 =
        f.admin("GET", QLatin1String(paths::AdminCallInRequests) + "?tenant=acme&limit=2");
    QCOMPARE(page1.status, 200);
    const QJsonArray rows1 = page1.data().toObject().value("requests").toArray();
    QCOMPARE(rows1.size(), 2);
    QCOMPARE(rows1.first().toObject().value("id"), live.value("id"));
    const QString cursor = page1.data().toObject().value("nextCursor").toString();
    QVERIFY(!cursor.isEmpty());
    const auto page2 = f.admin("GET", QLatin1String(paths::AdminCallInRequests) +
                                          "?tenant=acme&limit=2&cursor=" + cursor);
    const QJsonArray rows2 = page2.data().toObject().value("requests").toArray();
    QCOMPARE(rows2.size(), 2);
    for (const QJsonValue &r : rows2)
        QVERIFY(r.toObject().value("id") != rows1.at(0).toObject().value("id") &&
                r.toObject().value("id") != rows1.at(1).toObject().value("id"));

    const auto badState =
        f.admin("GET", QLatin1String(paths::AdminCallInRequests) + "?tenant=acme&state=DONE");
    QCOMPARE(badState.status, 400);
    QCOMPARE(badState.errorCode(), QStringLiteral("INVALID_FIELD"));
    const auto badCursor =
        f.admin("GET", QLatin1String(paths::AdminCallInRequests) + "?tenant=acme&cursor=x");
    QCOMPARE(badCursor.status, 400);
}

void TestCallIn::housekeepingRetiresAndPurges()
{
    const QString stale = callIn({{"groupName", "main"}}).data().toObject().value("id").toString();
    const QString ancient =
        callIn({{"groupName", "main"}}).data().toObject().value("id").toString();
    // Test-only: one expired a minute ago, one expired 15 days ago (past the 14-day TTL).
    sql("UPDATE call_in_requests SET expires_at = now() - interval '1 minute' WHERE id = '" +
        stale + "'");
    sql("UPDATE call_in_requests SET state = 'USED', expires_at = now() - interval '15 days' "
        "WHERE id = '" +
        ancient + "'");
    QTRY_COMPARE_WITH_TIMEOUT(sql("SELECT state FROM call_in_requests WHERE id = '" + stale + "'"),
                              QStringLiteral("EXPIRED"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(
        sql("SELECT count(*) FROM call_in_requests WHERE id = '" + ancient + "'"),
        QStringLiteral("0"), 20000);
}

void TestCallIn::gdprEraseRemovesTheCallersRequests()
{
    const QString caller = QStringLiteral("+4917099988877");
    const QString id = callIn({{"groupName", "main"}, {"fromPhoneNumber", caller}})
                           .data()
                           .toObject()
                           .value("id")
                           .toString();
    const QString kept = callIn({{"groupName", "main"}}).data().toObject().value("id").toString();
    QVERIFY(!id.isEmpty() && !kept.isEmpty());
    QCOMPARE(f.admin("POST", paths::AdminGdprErase, {{"phoneNumber", caller}, {"tenant", f.tenant}})
                 .status,
             200);
    QCOMPARE(
        sql("SELECT count(*) FROM call_in_requests WHERE from_phone_number = '" + caller + "'"),
        QStringLiteral("0"));
    QCOMPARE(sql("SELECT count(*) FROM call_in_requests WHERE id = '" + kept + "'"),
             QStringLiteral("1"));
}

void TestCallIn::twoNodesAllocatingAtOnceNeverCollide()
{
    QVERIFY2(f.stack.startSecondGesd(), qPrintable(f.stack.errorString()));
    // One number, 4 digits: 10,000 slots, so 400 random picks collide several times
    // (birthday bound), across nodes as well as within one.
    constexpr int kRequests = 400;
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < kRequests; ++i)
        replies << postCallIn(manager, {{"groupName", "dense"}},
                              i % 2 ? f.stack.secondExternalUrl() : f.stack.externalUrl());
    QTRY_VERIFY_WITH_TIMEOUT(E2eFixture::allFinished(replies), 90000);
    QSet<QString> codes;
    for (QNetworkReply *reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status == 200, qPrintable(QString::number(status)));
        const QJsonObject data = dataOf(reply);
        QCOMPARE(data.value("toPhoneNumber").toString(), kDenseNumber);
        codes.insert(data.value("accessCode").toString());
        reply->deleteLater();
    }
    QCOMPARE(codes.size(), kRequests);
    QCOMPARE(sql("SELECT count(DISTINCT access_code) FROM call_in_requests "
                 "WHERE to_phone_number = '" +
                 kDenseNumber + "' AND state = 'LIVE'"),
             QString::number(kRequests));
    assertNoSharedLiveSlot();
}

QTEST_MAIN(TestCallIn)
#include "tst_callin.moc"
