// Push notifications end to end (docs/push.md): the real gesd (two nodes) against a fake
// FCM-style provider on loopback.
#include "E2eFixture.h"
#include "FakePushServer.h"
#include "store/PushOutboxRecords.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>

using namespace ges::test;

namespace {
const char kServerKey[] = "push-server-key-7f3a9c41d2";
const QString kCreate = QStringLiteral("/engagement/v3/callbacks/create");

// The sum of every series of `name` on /metrics whose labels contain `labelPart`.
double metric(const QString &url, const QString &name, const QString &labelPart = {})
{
    double sum = 0;
    const QString body = QString::fromUtf8(HttpClient::get(url).body);
    for (const QString &line : body.split(u'\n')) {
        if (!line.startsWith(name + u'{') && !line.startsWith(name + u' '))
            continue;
        if (!labelPart.isEmpty() && !line.contains(labelPart))
            continue;
        sum += line.section(u' ', -1).toDouble();
    }
    return sum;
}

QJsonObject withPush(const QString &service, const QString &phone, const QString &target)
{
    return {{"serviceName", service},
            {"phoneNumber", phone},
            {"notificationPreferences", QJsonObject{{"pushNotification", true}}},
            {"pushTargets", QJsonArray{QJsonObject{{"channel", "FCM"}, {"target", target}}}}};
}
} // namespace

class TestPush : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createRefusesBadPushFields_data();
    void createRefusesBadPushFields();
    void aQueuedPushCarriesTheCallbackAndTarget();
    void routingReportsArePushedUntilCompleted();
    void aCancelIsPushed();
    void nothingIsSentWithoutThePreference();
    void aFailingProviderIsRetriedWithBackoff();
    void aRefusedTokenIsNotRetried();
    void aRefusedServerKeyIsRetriedUntilAccepted();
    void pushesOfACallbackArriveInOrderDespiteRetries();
    void aStaleSettlementDoesNotOverwriteANewerClaim();
    void twoNodesSendEachPushOnce();
    void aboutToBeCalledIsPushedOnceWhenTheWaitDrops();
    void theServerKeyIsNeverLogged();
    void withoutPushUrlCreatesStillSucceed();

private:
    QString create(const QJsonObject &body, const QString &baseUrl = {});
    void route(const QString &id, const QJsonObject &report);
    QString metricsUrl() const { return f.stack.internalUrl("/metrics"); }

    E2eFixture f;
    FakePushServer push{QString::fromLatin1(kServerKey)};
};

void TestPush::initTestCase()
{
    QVERIFY(push.listen());
    QFile key(f.stack.configFolder() + "/PUSH-SERVER-KEY");
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(QByteArray(kServerKey) + '\n');
    key.close();
    f.stack.setEnv("PUSH_URL", push.url());
    f.stack.setEnv("PUSH_RETRY_SECONDS", "1");
    f.stack.setEnv("PUSH_EWT_CHECK_SECONDS", "1");
    QVERIFY(f.start());
}

QString TestPush::create(const QJsonObject &body, const QString &baseUrl)
{
    const HttpResponse r =
        HttpClient::postJson((baseUrl.isEmpty() ? f.stack.externalUrl() : baseUrl) + kCreate, body,
                             {{"X-API-Key", f.apiKey.toUtf8()}});
    if (r.status != 200)
        qWarning("create: %d %s", r.status, r.body.constData());
    return r.data().toObject().value("id").toString();
}

void TestPush::route(const QString &id, const QJsonObject &report)
{
    const HttpResponse r = HttpClient::postJson(
        f.stack.internalUrl("/ges/v1/routing/callbacks/" + id + "/state"), report,
        {{"Authorization", "Bearer " + f.stack.routingToken().toUtf8()}});
    QVERIFY2(r.status == 200, r.body.constData());
}

void TestPush::createRefusesBadPushFields_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("field");
    const QJsonObject on{{"pushNotification", true}};
    QTest::newRow("other channel")
        << QJsonObject{{"pushTargets",
                        QJsonArray{QJsonObject{{"channel", "APNS"}, {"target", "t"}}}}}
        << "INVALID_FIELD"
        << "pushTargets[0].channel";
    QTest::newRow("empty target")
        << QJsonObject{{"pushTargets", QJsonArray{QJsonObject{{"channel", "FCM"}, {"target", ""}}}}}
        << "INVALID_FIELD"
        << "pushTargets[0].target";
    QTest::newRow("target too long")
        << QJsonObject{{"pushTargets", QJsonArray{QJsonObject{{"channel", "FCM"},
                                                              {"target", QString(4097, u'a')}}}}}
        << "INVALID_FIELD"
        << "pushTargets[0].target";
    QJsonArray many;
    for (int i = 0; i < 11; ++i)
        many.append(QJsonObject{{"channel", "FCM"}, {"target", QString::number(i)}});
    QTest::newRow("too many targets") << QJsonObject{{"pushTargets", many}} << "INVALID_FIELD"
                                      << "pushTargets";
    QTest::newRow("old pair, other channel")
        << QJsonObject{{"pushChannel", "SMS"}, {"pushTarget", "t"}} << "INVALID_FIELD"
        << "pushChannel";
    QTest::newRow("preference without target")
        << QJsonObject{{"notificationPreferences", on}} << "MISSING_FIELD"
        << "pushTargets";
    QTest::newRow("preference not a boolean")
        << QJsonObject{{"notificationPreferences", QJsonObject{{"pushNotification", "yes"}}}}
        << "INVALID_FIELD"
        << "notificationPreferences.pushNotification";
}

void TestPush::createRefusesBadPushFields()
{
    QFETCH(QJsonObject, extra);
    QFETCH(QString, errorCode);
    QFETCH(QString, field);
    QJsonObject body{{"serviceName", f.service}, {"phoneNumber", "+4930100099"}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const HttpResponse r = f.external("/engagement/v3/callbacks/create", body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), errorCode);
    const QJsonArray details = r.json().value("status").toObject().value("details").toArray();
    QVERIFY2(!details.isEmpty(), r.body.constData());
    QCOMPARE(details.at(0).toObject().value("field").toString(), field);
}

void TestPush::aQueuedPushCarriesTheCallbackAndTarget()
{
    const QString id = create(withPush(f.service, "+4930200001", "device-token-1"));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(push.delivered(id, "QUEUED").size(), 1, 15000);
    const QJsonObject message = push.delivered(id, "QUEUED").at(0);
    QCOMPARE(message.value("to").toString(), QStringLiteral("device-token-1"));
    const QJsonObject data = message.value("data").toObject();
    QCOMPARE(data.value("callbackId").toString(), id);
    QCOMPARE(data.value("callbackState").toString(), QStringLiteral("QUEUED"));
    QCOMPARE(data.value("serviceName").toString(), f.service);
    QVERIFY(!data.contains("callbackReason"));
    const FakePushServer::Request last = push.requests().constLast();
    QCOMPARE(last.authorization, QByteArray("key=") + kServerKey);
    QVERIFY(last.contentType.startsWith("application/json"));

    // The older pushChannel/pushTarget pair is accepted too.
    QJsonObject old{{"serviceName", f.service},
                    {"phoneNumber", "+4930200002"},
                    {"notificationPreferences", QJsonObject{{"pushNotification", true}}},
                    {"pushChannel", "FCM"},
                    {"pushTarget", "device-token-2"}};
    const QString second = create(old);
    QTRY_COMPARE_WITH_TIMEOUT(push.delivered(second, "QUEUED").size(), 1, 15000);
    QCOMPARE(push.delivered(second).at(0).value("to").toString(), QStringLiteral("device-token-2"));
    QCOMPARE(metric(metricsUrl(), "ges_push_sent_total", "tenant=\"acme\"") >= 2, true);
}

void TestPush::routingReportsArePushedUntilCompleted()
{
    const QString id = create(withPush(f.service, "+4930200003", "device-token-3"));
    QTRY_COMPARE_WITH_TIMEOUT(push.delivered(id, "QUEUED").size(), 1, 15000);
    route(id, {{"callbackState", "ROUTING"}});
    route(id, {{"callbackState", "PROCESSING"}});
    route(id, {{"callbackState", "COMPLETED"}, {"callbackReason", "CONNECTED"}});
    // Pushes of one batch are sent side by side: wait for all three, in any order.
    QTRY_COMPARE_WITH_TIMEOUT(push.delivered(id).size(), 3, 15000);
    const QJsonObject done = push.delivered(id, "COMPLETED").at(0).value("data").toObject();
    QCOMPARE(done.value("callbackState").toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(done.value("callbackReason").toString(), QStringLiteral("CONNECTED"));
    QCOMPARE(push.delivered(id, "ROUTING").size(), 1);
    // PROCESSING is not pushed: the customer is on the phone by then.
    QCOMPARE(push.delivered(id, "PROCESSING").size(), 0);
}

void TestPush::aCancelIsPushed()
{
    const QString id = create(withPush(f.service, "+4930200004", "device-token-4"));
    QTRY_COMPARE_WITH_TIMEOUT(push.delivered(id, "QUEUED").size(), 1, 15000);
    QCOMPARE(f.external("/engagement/v3/callbacks/cancel", {{"id", id}}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(push.delivered(id, "COMPLETED").size(), 1, 15000);
    const QJsonObject data = push.delivered(id, "COMPLETED").at(0).value("data").toObject();
    QCOMPARE(data.value("callbackReason").toString(), QStringLiteral("CANCELLED"));
}

void TestPush::nothingIsSentWithoutThePreference()
{
    // Targets alone, or the preference false: no pushes (as in the original GES).
    QJsonObject targetsOnly = withPush(f.service, "+4930200005", "device-token-5");
    targetsOnly.remove("notificationPreferences");
    QJsonObject off = withPush(f.service, "+4930200006", "device-token-6");
    off.insert("notificationPreferences", QJsonObject{{"pushNotification", false}});
    const QString a = create(targetsOnly);
    const QString b = create(off);
    const QString c = create({{"serviceName", f.service}, {"phoneNumber", "+4930200007"}});
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
    QCOMPARE(f.external("/engagement/v3/callbacks/cancel", {{"id", a}}).status, 200);
    // A later push is a barrier: the outbox is sent in order of its rows.
    const QString barrier = create(withPush(f.service, "+4930200008", "device-token-8"));
    QTRY_COMPARE_WITH_TIMEOUT(push.delivered(barrier, "QUEUED").size(), 1, 15000);
    for (const QString &id : {a, b, c})
        QCOMPARE(push.delivered(id).size(), 0);
}

void TestPush::aFailingProviderIsRetriedWithBackoff()
{
    const double retries = metric(metricsUrl(), "ges_push_retries_total");
    const int requestsBefore = int(push.requests().size());
    push.failNext(2);
    const QString id = create(withPush(f.service, "+4930200009", "device-token-9"));
    QTRY_COMPARE_WITH_TIMEOUT(push.delivered(id, "QUEUED").size(), 1, 30000);
    QCOMPARE(metric(metricsUrl(), "ges_push_retries_total") - retries, 2.0);
    // Two 500s, then the delivery: three requests in all, all for this callback.
    QCOMPARE(int(push.requests().size()) - requestsBefore, 3);
    QCOMPARE(push.requests().at(requestsBefore).answeredStatus, 500);
    QVERIFY(f.stack.gesdLog().contains("push failed; retried later"));
}

void TestPush::aRefusedTokenIsNotRetried()
{
    const double failed = metric(metricsUrl(), "ges_push_failed_total", "InvalidRegistration");
    const double retries = metric(metricsUrl(), "ges_push_retries_total");
    push.setRejecting(true);
    const QString id = create(withPush(f.service, "+4930200010", "device-token-10"));
    QTRY_COMPARE_WITH_TIMEOUT(
        metric(metricsUrl(), "ges_push_failed_total", "InvalidRegistration") - failed, 1.0, 15000);
    push.setRejecting(false);
    // Legacy FCM's 200 with a per-token "NotRegistered" is final as well.
    const QString gone = create(withPush(f.service, "+4930200011", "unregistered"));
    QTRY_COMPARE_WITH_TIMEOUT(metric(metricsUrl(), "ges_push_failed_total", "NotRegistered"), 1.0,
                              15000);
    // A barrier after several retry periods: neither was tried again.
    QTest::qWait(3000);
    const QString barrier = create(withPush(f.service, "+4930200012", "device-token-12"));
    QTRY_COMPARE_WITH_TIMEOUT(push.delivered(barrier, "QUEUED").size(), 1, 15000);
    int tries = 0;
    for (const auto &r : push.requests()) {
        const QString cb = r.body.value("data").toObject().value("callbackId").toString();
        tries += cb == id || cb == gone;
    }
    QCOMPARE(tries, 2);
    QCOMPARE(metric(metricsUrl(), "ges_push_retries_total"), retries);
}

void TestPush::aRefusedServerKeyIsRetriedUntilAccepted()
{
    // 401 is our key being wrong (a rotation): the push waits for the key, it is not lost.
    const QString unauthorized = QStringLiteral("reason=\"unauthorized\"");
    const double retries = metric(metricsUrl(), "ges_push_retries_total", unauthorized);
    const double failed = metric(metricsUrl(), "ges_push_failed_total", "unauthorized");
    const QString warning = QStringLiteral("push provider refuses the server key");
    const qsizetype warningsBefore = f.stack.gesdLog().count(warning);
    push.refuseKeyNext(2);
    const QString id = create(withPush(f.service, "+4930200013", "device-token-13"));
    QTRY_COMPARE_WITH_TIMEOUT(push.delivered(id, "QUEUED").size(), 1, 30000);
    int refusedRequests = 0;
    for (const auto &r : push.requests())
        refusedRequests += r.answeredStatus == 401 &&
                           r.body.value("data").toObject().value("callbackId").toString() == id;
    QCOMPARE(refusedRequests, 2);
    QCOMPARE(metric(metricsUrl(), "ges_push_retries_total", unauthorized) - retries, 2.0);
    QCOMPARE(metric(metricsUrl(), "ges_push_failed_total", "unauthorized"), failed);
    // One warning for the burst of two refusals, not one per push.
    QTRY_VERIFY_WITH_TIMEOUT(f.stack.gesdLog().contains("accepts the server key again"), 5000);
    QCOMPARE(f.stack.gesdLog().count(warning) - warningsBefore, 1);
}

void TestPush::pushesOfACallbackArriveInOrderDespiteRetries()
{
    // QUEUED fails twice (retried after 1 s, then 2 s); COMPLETED is queued meanwhile and
    // must still arrive after it.
    const int before = int(push.requests().size());
    push.failNext(2);
    const QString id = create(withPush(f.service, "+4930200014", "device-token-14"));
    QTRY_VERIFY_WITH_TIMEOUT(push.requests().size() > before, 15000);
    QCOMPARE(push.requests().at(before).answeredStatus, 500);
    QCOMPARE(f.external("/engagement/v3/callbacks/cancel", {{"id", id}}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(push.delivered(id, "COMPLETED").size(), 1, 30000);
    QStringList order;
    for (const auto &r : push.requests()) {
        const QJsonObject data = r.body.value("data").toObject();
        if (data.value("callbackId").toString() == id)
            order << data.value("notificationType").toString() + u':' +
                         QString::number(r.answeredStatus);
    }
    QCOMPARE(order, QStringList({"QUEUED:500", "QUEUED:500", "QUEUED:200", "COMPLETED:200"}));
    // The sequence tells an app the order too.
    const qint64 queued = push.delivered(id, "QUEUED")
                              .at(0)
                              .value("data")
                              .toObject()
                              .value("sequence")
                              .toString()
                              .toLongLong();
    const qint64 completed = push.delivered(id, "COMPLETED")
                                 .at(0)
                                 .value("data")
                                 .toObject()
                                 .value("sequence")
                                 .toString()
                                 .toLongLong();
    QVERIFY2(queued > 0 && completed > queued,
             qPrintable(QStringLiteral("%1 %2").arg(queued).arg(completed)));
}

void TestPush::aStaleSettlementDoesNotOverwriteANewerClaim()
{
    // PushOutboxRecords against the stack's PostgreSQL. A row as node A claimed it
    // (attempts 1), then claimed again by node B after A's lease ran out (attempts 2);
    // next_attempt_at far ahead keeps the running senders off it.
    const QString id = create({{"serviceName", f.service}, {"phoneNumber", "+4930200015"}});
    QVERIFY(!id.isEmpty());
    const QString rowId = f.stack.postgres().psql(
        QStringLiteral("WITH r AS (INSERT INTO push_outbox (callback_id, tenant, service_name, "
                       "event, callback_state, channel, target, attempts, next_attempt_at) "
                       "VALUES ('%1', 'acme', 'support', 'QUEUED', 'QUEUED', 'FCM', "
                       "'settle-token', 2, now() + interval '1 hour') RETURNING id) "
                       "SELECT id FROM r")
            .arg(id));
    QVERIFY2(rowId.toLongLong() > 0, qPrintable(rowId));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", "push-settle");
        db.setHostName("127.0.0.1");
        db.setPort(f.stack.postgres().port());
        db.setUserName(f.stack.postgres().user());
        db.setPassword(f.stack.postgres().password());
        db.setDatabaseName(f.stack.postgres().database());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        const qint64 row = rowId.toLongLong();
        namespace records = ges::PushOutboxRecords;
        // Node A, late: none of its settlements touches B's claim.
        const auto sent = records::markSent(db, row, 1);
        QVERIFY(sent.ok());
        QVERIFY(!sent.value());
        QVERIFY(!records::markFailed(db, row, 1, "http_400").value());
        QVERIFY(!records::retryLater(db, row, 1, 5, "http_500").value());
        QCOMPARE(f.stack.postgres().psql("SELECT sent_at IS NULL AND failed_at IS NULL AND "
                                         "last_error IS NULL FROM push_outbox WHERE id = " +
                                         rowId),
                 QStringLiteral("t"));
        // Node B settles; a repeated settlement (or A's) changes nothing after that.
        QVERIFY(records::markFailed(db, row, 2, "InvalidRegistration").value());
        QVERIFY(!records::markSent(db, row, 2).value());
        db.close();
    }
    QSqlDatabase::removeDatabase("push-settle");
    const QString settled = QStringLiteral("SELECT sent_at IS NULL, last_error FROM push_outbox "
                                           "WHERE id = ") +
                            rowId;
    QCOMPARE(f.stack.postgres().psql(settled), QStringLiteral("t|InvalidRegistration"));
}

void TestPush::twoNodesSendEachPushOnce()
{
    QVERIFY2(f.stack.startSecondGesd(), qPrintable(f.stack.errorString()));
    QStringList ids;
    for (int i = 0; i < 20; ++i) {
        const QString base = i % 2 ? f.stack.secondExternalUrl() : f.stack.externalUrl();
        ids << create(withPush(f.service, QStringLiteral("+49303000%1").arg(i, 2, 10, QChar(u'0')),
                               QStringLiteral("node-token-%1").arg(i)),
                      base);
        QVERIFY(!ids.constLast().isEmpty());
    }
    for (const QString &id : ids)
        QCOMPARE(f.external("/engagement/v3/callbacks/cancel", {{"id", id}}).status, 200);
    auto allCompleted = [&] {
        return std::all_of(ids.begin(), ids.end(), [&](const QString &id) {
            return push.delivered(id, "COMPLETED").size() >= 1;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allCompleted(), 30000);
    for (const QString &id : ids) {
        QCOMPARE(push.delivered(id, "QUEUED").size(), 1);
        QCOMPARE(push.delivered(id, "COMPLETED").size(), 1);
    }
}

void TestPush::aboutToBeCalledIsPushedOnceWhenTheWaitDrops()
{
    const QString service = QStringLiteral("nearly");
    QCOMPARE(f.stack
                 .createService(f.token, {{"tenant", f.tenant},
                                          {"name", service},
                                          {"virtualQueue", "nearly_VQ"},
                                          {"pushEwtThreshold", 100}})
                 .status,
             200);
    QStringList ahead;
    for (int i = 0; i < 3; ++i)
        ahead << create(
            {{"serviceName", service}, {"phoneNumber", QStringLiteral("+493040000%1").arg(i)}});
    const QString id = create(withPush(service, "+4930400009", "device-token-near"));
    QTRY_COMPARE_WITH_TIMEOUT(push.delivered(id, "QUEUED").size(), 1, 15000);
    // One served: the rate is known; 3 ahead-or-at / (1 per >= 60 s) >= 180 s: not yet.
    route(ahead.at(0), {{"callbackState", "ROUTING"}});
    QTest::qWait(3000); // three rounds of the check (PUSH_EWT_CHECK_SECONDS=1)
    QCOMPARE(push.delivered(id, "ABOUT_TO_BE_CALLED").size(), 0);
    // The other two served: first in line, 1 / (3 per < 120 s) < 40 s, under 100 s.
    route(ahead.at(1), {{"callbackState", "ROUTING"}});
    route(ahead.at(2), {{"callbackState", "ROUTING"}});
    QTRY_COMPARE_WITH_TIMEOUT(push.delivered(id, "ABOUT_TO_BE_CALLED").size(), 1, 15000);
    const QJsonObject data =
        push.delivered(id, "ABOUT_TO_BE_CALLED").at(0).value("data").toObject();
    QCOMPARE(data.value("callbackState").toString(), QStringLiteral("QUEUED"));
    const int ewt = data.value("estimatedWaitTime").toString().toInt();
    QVERIFY2(ewt > 0 && ewt <= 100, qPrintable(data.value("estimatedWaitTime").toString()));
    QTest::qWait(3000); // more rounds: still once
    QCOMPARE(push.delivered(id, "ABOUT_TO_BE_CALLED").size(), 1);
}

void TestPush::theServerKeyIsNeverLogged()
{
    QVERIFY(f.stack.gesdLog().contains("push notifications enabled"));
    QVERIFY(f.stack.gesdLog().contains("push sent"));
    QVERIFY(!f.stack.gesdLog().contains(QLatin1String(kServerKey)));
    QFile second(f.stack.configFolder() + "/gesd-2.log");
    if (second.open(QIODevice::ReadOnly))
        QVERIFY(!second.readAll().contains(kServerKey));
    // Device tokens are not logged either.
    QVERIFY(!f.stack.gesdLog().contains("device-token-1"));
}

void TestPush::withoutPushUrlCreatesStillSucceed()
{
    E2eFixture plain;
    QVERIFY(plain.start());
    const HttpResponse r = plain.external("/engagement/v3/callbacks/create",
                                          withPush(plain.service, "+4930500001", "device-x"));
    QCOMPARE(r.status, 200);
    QVERIFY(plain.stack.gesdLog().contains("push notifications disabled"));
    QCOMPARE(metric(plain.stack.internalUrl("/metrics"), "ges_push_enabled"), 0.0);
    QCOMPARE(HttpClient::get(plain.stack.internalUrl("/ges/v1/health")).status, 200);
    const QString id = r.data().toObject().value("id").toString();
    QCOMPARE(plain.external("/engagement/v3/callbacks/retrieve", {{"id", id}}).status, 200);
}

QTEST_MAIN(TestPush)
#include "tst_push.moc"
