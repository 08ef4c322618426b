// Scheduled and immediate creates against the rules of a service: office hours, capacity,
// idempotency, duplicates, rate limits; and availability, open-for, queue status and EWT.
#include "E2eFixture.h"
#include "RoutingSimulator.h"
#include "shared/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>

using namespace ges::test;

class TestScheduling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scheduledCreateIsScheduledAndDispatchedWhenDue();
    void unbookableTimesAreRefused_data();
    void unbookableTimesAreRefused();
    void immediateRefusedWhenClosedOrFull();
    void capacityHoldsUnderConcurrency();
    void cancellingAScheduledCallbackFreesItsPlace();
    void idempotencyKeyReplaysTheFirstResult();
    void duplicatePolicyLimitsActiveCallbacksPerNumber();
    void rateLimitPerNumberAnswers429WithRetryAfter();
    void userDataOverTheLimitIsRefused();
    void availabilityListsSlotsInTheAskedZone();
    void availabilityRejectsBadParameters_data();
    void availabilityRejectsBadParameters();
    void openForCountsToTheClose();
    void waitTimeIsUnknownUntilCallbacksAreServed();
    void routingSimulatorWalksTheWholeLifecycle();
    void unknownServiceIs404Everywhere();

private:
    QString createService(const QJsonObject &overrides);
    HttpResponse create(const QJsonObject &body, const HttpClient::Headers &extra = {});
    HttpResponse get(const QString &path);
    static QDateTime tomorrowAt(int hour, int minute = 0);

    E2eFixture f;
    int m_services = 0;
};

void TestScheduling::initTestCase()
{
    QVERIFY(f.start());
}

QString TestScheduling::createService(const QJsonObject &overrides)
{
    QJsonObject service = overrides;
    const QString name = QStringLiteral("svc%1").arg(++m_services);
    service.insert("tenant", f.tenant);
    service.insert("name", name);
    const auto response = f.stack.createService(f.token, service);
    if (response.status != 200)
        qWarning("%s", response.body.constData());
    return response.status == 200 ? name : QString();
}

HttpResponse TestScheduling::create(const QJsonObject &body, const HttpClient::Headers &extra)
{
    HttpClient::Headers headers{{"X-API-Key", f.apiKey.toUtf8()}};
    headers += extra;
    return HttpClient::postJson(f.stack.externalUrl("/engagement/v3/callbacks/create"), body,
                                headers);
}

HttpResponse TestScheduling::get(const QString &path)
{
    return HttpClient::get(f.stack.externalUrl(path), {{"X-API-Key", f.apiKey.toUtf8()}});
}

QDateTime TestScheduling::tomorrowAt(int hour, int minute)
{
    return QDateTime(QDate::currentDate().addDays(1), QTime(hour, minute), QTimeZone::utc());
}

void TestScheduling::scheduledCreateIsScheduledAndDispatchedWhenDue()
{
    RoutingSimulator ors(f.stack.orsRedis().port(), f.stack.streamName(), f.stack.internalUrl(),
                         f.stack.routingToken());
    ors.start(false);
    QTRY_VERIFY_WITH_TIMEOUT(ors.isReading(), 5000);
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(3);
    const auto created = create({{"serviceName", f.service},
                                 {"phoneNumber", "+4930100001"},
                                 {"desiredTime", ges::isotime::format(soon)}});
    QCOMPARE(created.status, 200);
    const QJsonObject data = created.data().toObject();
    QCOMPARE(data.value("callbackState").toString(), QStringLiteral("SCHEDULED"));
    QCOMPARE(data.value("desiredTime").toString(), ges::isotime::format(soon));
    const QString id = data.value("id").toString();
    auto state = [&] {
        return f.external("/engagement/v3/callbacks/retrieve", {{"id", id}})
            .data()
            .toObject()
            .value("callbackState")
            .toString();
    };
    QCOMPARE(state(), QStringLiteral("SCHEDULED"));
    QCOMPARE(ors.timesSeen(id), 0); // not announced before its time
    QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("QUEUED"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(ors.timesSeen(id), 1, 5000);
    QVERIFY(QDateTime::currentDateTimeUtc() >= soon);
    const QJsonObject queued =
        f.external("/engagement/v3/callbacks/retrieve", {{"id", id}}).data().toObject();
    QVERIFY(queued.value("positionInQueue").toInt() >= 1);
    QVERIFY(queued.contains("queuedAt"));
    // Our dispatch announced it: its outbox entry is gone.
    QTRY_COMPARE_WITH_TIMEOUT(
        f.stack.postgres().psql("SELECT count(*) FROM unannounced_callbacks WHERE callback_id = '" +
                                id + "'"),
        QStringLiteral("0"), 5000);

    // Queued early by the routing side's report: not announced now, but in the outbox,
    // which announces it later (docs/routing.md).
    const QString early = create({{"serviceName", f.service},
                                  {"phoneNumber", "+4930100002"},
                                  {"desiredTime", ges::isotime::format(soon.addSecs(3600))}})
                              .data()
                              .toObject()
                              .value("id")
                              .toString();
    QCOMPARE(
        HttpClient::postJson(f.stack.internalUrl("/ges/v1/routing/callbacks/" + early + "/state"),
                             {{"callbackState", "QUEUED"}},
                             {{"Authorization", "Bearer " + f.stack.routingToken().toUtf8()}})
            .status,
        200);
    QCOMPARE(f.stack.postgres().psql(
                 "SELECT count(*) FROM unannounced_callbacks WHERE callback_id = '" + early + "'"),
             QStringLiteral("1"));
    QCOMPARE(ors.timesSeen(early), 0);
}

void TestScheduling::unbookableTimesAreRefused_data()
{
    QTest::addColumn<QString>("desiredTime");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<bool>("weekdaysOnly");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTest::newRow("past") << ges::isotime::format(now.addSecs(-3600)) << "IN_THE_PAST" << false;
    QTest::newRow("beyond horizon")
        << ges::isotime::format(now.addDays(15)) << "TOO_FAR_AHEAD" << false;
    // The weekday service is open MON-FRI 08:00-18:00 Europe/Berlin: Sunday is closed.
    QDate sunday = QDate::currentDate().addDays(1);
    while (sunday.dayOfWeek() != Qt::Sunday)
        sunday = sunday.addDays(1);
    QTest::newRow("sunday") << ges::isotime::format(
                                   QDateTime(sunday, QTime(10, 0), QTimeZone("Europe/Berlin")))
                            << "OUTSIDE_OFFICE_HOURS" << true;
    QTest::newRow("before opening")
        << ges::isotime::format(
               QDateTime(sunday.addDays(1), QTime(7, 59), QTimeZone("Europe/Berlin")))
        << "OUTSIDE_OFFICE_HOURS" << true;
}

void TestScheduling::unbookableTimesAreRefused()
{
    QFETCH(QString, desiredTime);
    QFETCH(QString, errorCode);
    QFETCH(bool, weekdaysOnly);
    QString service = f.service;
    if (weekdaysOnly) {
        static QString weekdays;
        if (weekdays.isEmpty())
            weekdays = createService(
                {{"timeZone", "Europe/Berlin"},
                 {"officeHours",
                  QJsonArray{QJsonObject{{"days", QJsonArray{"MON", "TUE", "WED", "THU", "FRI"}},
                                         {"open", "08:00"},
                                         {"close", "18:00"}}}}});
        service = weekdays;
        QVERIFY(!service.isEmpty());
    }
    const auto response = create(
        {{"serviceName", service}, {"phoneNumber", "+4930100002"}, {"desiredTime", desiredTime}});
    QCOMPARE(response.status, 422);
    QCOMPARE(response.errorCode(), errorCode);
}

void TestScheduling::immediateRefusedWhenClosedOrFull()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString closed = createService(
        {{"specialDays", QJsonArray{QJsonObject{{"date", today}, {"closed", true}}}}});
    QVERIFY(!closed.isEmpty());
    const auto refused = create({{"serviceName", closed}, {"phoneNumber", "+4930100003"}});
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("QUEUE_CLOSED"));
    // Closed today, yet tomorrow can still be booked.
    QCOMPARE(create({{"serviceName", closed},
                     {"phoneNumber", "+4930100003"},
                     {"desiredTime", ges::isotime::format(tomorrowAt(9))}})
                 .status,
             200);

    const QString small = createService({{"maxWaiting", 2}});
    QCOMPARE(create({{"serviceName", small}, {"phoneNumber", "+4930100004"}}).status, 200);
    QCOMPARE(create({{"serviceName", small}, {"phoneNumber", "+4930100005"}}).status, 200);
    const auto full = create({{"serviceName", small}, {"phoneNumber", "+4930100006"}});
    QCOMPARE(full.status, 422);
    QCOMPARE(full.errorCode(), QStringLiteral("QUEUE_FULL"));
    const auto status = get("/engagement/v3/callbacks/queue-status/" + small).data().toObject();
    QCOMPARE(status.value("waiting").toInt(), 2);
    QCOMPARE(status.value("offerImmediateCallback").toBool(), false);
    QCOMPARE(status.value("offerScheduledCallback").toBool(), true);
}

void TestScheduling::capacityHoldsUnderConcurrency()
{
    const QString service = createService({{"slotCapacity", 100}, {"slotMinutes", 60}});
    const QDateTime slot = tomorrowAt(11);
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 500; ++i) {
        const QJsonObject body{
            {"serviceName", service},
            {"phoneNumber", QStringLiteral("+49302%1").arg(i, 6, 10, QLatin1Char('0'))},
            {"desiredTime", ges::isotime::format(slot.addSecs(i % 3600))}};
        replies << f.postCreate(manager, body);
    }
    QTRY_VERIFY_WITH_TIMEOUT(E2eFixture::allFinished(replies), 120000);
    int ok = 0, full = 0;
    for (QNetworkReply *reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 200)
            ++ok;
        else if (status == 429 && body.contains("SLOT_FULL"))
            ++full;
        else
            qWarning("unexpected: %d %s", status, body.constData());
    }
    QCOMPARE(ok, 100);
    QCOMPARE(full, 400);
    QCOMPARE(f.stack.postgres().psql(
                 QStringLiteral("SELECT count(*) FROM callbacks WHERE service_name = '%1'")
                     .arg(service)),
             QStringLiteral("100"));
    // The full slot is reported busy, with the next hour offered instead.
    const auto rejected = create({{"serviceName", service},
                                  {"phoneNumber", "+4930100007"},
                                  {"desiredTime", ges::isotime::format(slot)}});
    QCOMPARE(rejected.status, 429);
    const QJsonObject alternatives = rejected.data().toObject().value("slots").toObject();
    QVERIFY(alternatives.contains(ges::isotime::format(slot.addSecs(3600))));
    QCOMPARE(alternatives.value(ges::isotime::format(slot.addSecs(3600))).toInt(), 100);
    const auto busy = get(QStringLiteral("/engagement/v3/callbacks/availability/%1?start=%2"
                                         "&reportBusy=true&maxTimeSlots=1")
                              .arg(service, ges::isotime::format(slot)))
                          .data()
                          .toObject()
                          .value("slots")
                          .toArray();
    QCOMPARE(busy.size(), 1);
    QCOMPARE(busy.first().toObject().value("capacity").toInt(), 0);
    QCOMPARE(busy.first().toObject().value("total").toInt(), 100);
    qDeleteAll(replies);
}

void TestScheduling::cancellingAScheduledCallbackFreesItsPlace()
{
    const QString service = createService({{"slotCapacity", 1}});
    const QString when = ges::isotime::format(tomorrowAt(14));
    const auto first =
        create({{"serviceName", service}, {"phoneNumber", "+4930100010"}, {"desiredTime", when}});
    QCOMPARE(first.status, 200);
    QCOMPARE(
        create({{"serviceName", service}, {"phoneNumber", "+4930100011"}, {"desiredTime", when}})
            .errorCode(),
        QStringLiteral("SLOT_FULL"));
    const auto cancel = f.external("/engagement/v3/callbacks/cancel",
                                   {{"id", first.data().toObject().value("id").toString()}});
    QCOMPARE(cancel.status, 200);
    QCOMPARE(
        create({{"serviceName", service}, {"phoneNumber", "+4930100011"}, {"desiredTime", when}})
            .status,
        200);
}

void TestScheduling::idempotencyKeyReplaysTheFirstResult()
{
    const QJsonObject body{{"serviceName", f.service}, {"phoneNumber", "+4930100020"}};
    const auto first = create(body, {{"Idempotency-Key", "order-4711"}});
    QCOMPARE(first.status, 200);
    const auto replay = create(body, {{"Idempotency-Key", "order-4711"}});
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.data().toObject().value("id"), first.data().toObject().value("id"));
    QCOMPARE(f.stack.postgres().psql(
                 "SELECT count(*) FROM callbacks WHERE phone_number = '+4930100020'"),
             QStringLiteral("1"));
    const auto reused = create({{"serviceName", f.service}, {"phoneNumber", "+4930100021"}},
                               {{"Idempotency-Key", "order-4711"}});
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.errorCode(), QStringLiteral("IDEMPOTENCY_KEY_REUSED"));
    // Concurrent replays: one callback, every answer naming it.
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 20; ++i) {
        replies << f.postCreate(
            manager, {{"serviceName", "support"}, {"phoneNumber", "+4930100022"}}, "burst-1");
    }
    QTRY_VERIFY_WITH_TIMEOUT(E2eFixture::allFinished(replies), 30000);
    QSet<QString> ids;
    for (QNetworkReply *reply : replies) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        ids << QJsonDocument::fromJson(reply->readAll())["data"]["id"].toString();
    }
    QCOMPARE(ids.size(), 1);
    QCOMPARE(f.stack.postgres().psql(
                 "SELECT count(*) FROM callbacks WHERE phone_number = '+4930100022'"),
             QStringLiteral("1"));
    qDeleteAll(replies);
}

void TestScheduling::duplicatePolicyLimitsActiveCallbacksPerNumber()
{
    const QString one = createService({{"duplicatePolicy", "AT_MOST_1"}});
    const QJsonObject body{{"serviceName", one}, {"phoneNumber", "+4930100030"}};
    const auto first = create(body);
    QCOMPARE(first.status, 200);
    const auto second = create(body);
    QCOMPARE(second.status, 409);
    QCOMPARE(second.errorCode(), QStringLiteral("DUPLICATE_CALLBACK"));
    QCOMPARE(create({{"serviceName", one}, {"phoneNumber", "+4930100031"}}).status, 200);
    f.external("/engagement/v3/callbacks/cancel",
               {{"id", first.data().toObject().value("id").toString()}});
    QCOMPARE(create(body).status, 200); // the cancelled one no longer counts

    const QString two = createService({{"duplicatePolicy", "AT_MOST_2"}});
    const QJsonObject again{{"serviceName", two}, {"phoneNumber", "+4930100032"}};
    QCOMPARE(create(again).status, 200);
    QCOMPARE(create(again).status, 200);
    QCOMPARE(create(again).errorCode(), QStringLiteral("DUPLICATE_CALLBACK"));
}

void TestScheduling::rateLimitPerNumberAnswers429WithRetryAfter()
{
    const QString service = createService({{"rateLimitPerNumberPerHour", 2}});
    const QJsonObject body{{"serviceName", service}, {"phoneNumber", "+4930100040"}};
    QCOMPARE(create(body).status, 200);
    QCOMPARE(create(body).status, 200);
    const auto limited = create(body);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("RATE_LIMITED"));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 3600, limited.header("Retry-After").constData());
    QCOMPARE(create({{"serviceName", service}, {"phoneNumber", "+4930100041"}}).status, 200);

    const QString perKey = createService({{"rateLimitPerKeyPerMinute", 1}});
    QCOMPARE(create({{"serviceName", perKey}, {"phoneNumber", "+4930100042"}}).status, 200);
    QCOMPARE(create({{"serviceName", perKey}, {"phoneNumber", "+4930100043"}}).errorCode(),
             QStringLiteral("RATE_LIMITED"));
}

void TestScheduling::userDataOverTheLimitIsRefused()
{
    const QString service = createService({{"maxUserDataBytes", 32}});
    const auto big = create({{"serviceName", service},
                             {"phoneNumber", "+4930100050"},
                             {"userData", QJsonObject{{"note", QString(64, u'x')}}}});
    QCOMPARE(big.status, 400);
    QCOMPARE(big.errorCode(), QStringLiteral("INVALID_FIELD"));
    QCOMPARE(create({{"serviceName", service},
                     {"phoneNumber", "+4930100050"},
                     {"userData", QJsonObject{{"note", "short"}}}})
                 .status,
             200);
}

void TestScheduling::availabilityListsSlotsInTheAskedZone()
{
    const QString service = createService(
        {{"timeZone", "Europe/Berlin"},
         {"slotMinutes", 30},
         {"slotCapacity", 5},
         {"officeHours", QJsonArray{QJsonObject{
                             {"days", QJsonArray{"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"}},
                             {"open", "08:00"},
                             {"close", "10:00"}}}}});
    const QDate day = QDate::currentDate().addDays(2);
    const QTimeZone berlin("Europe/Berlin");
    const QString start = ges::isotime::format(QDateTime(day, QTime(0, 0), berlin));
    const auto response = get(
        QStringLiteral("/engagement/v3/callbacks/availability/%1?start=%2").arg(service, start));
    QCOMPARE(response.status, 200);
    const QJsonObject data = response.data().toObject();
    QCOMPARE(data.value("durationMin").toInt(), 30);
    QCOMPARE(data.value("timezone").toString(), QStringLiteral("Europe/Berlin"));
    const QJsonArray list = data.value("slots").toArray();
    QCOMPARE(list.size(), 4);
    const QDateTime first(day, QTime(8, 0), berlin);
    QCOMPARE(list.at(0).toObject().value("utcTime").toString(), ges::isotime::format(first));
    QCOMPARE(list.at(0).toObject().value("localTime").toString(),
             first.toString(Qt::ISODateWithMs));
    QCOMPARE(list.at(3).toObject().value("utcTime").toString(),
             ges::isotime::format(first.addSecs(90 * 60)));
    QCOMPARE(list.at(0).toObject().value("capacity").toInt(), 5);
    // In another zone, and capped.
    const auto tokyo = get(QStringLiteral("/engagement/v3/callbacks/availability/%1?start=%2"
                                          "&timezone=Asia/Tokyo&maxTimeSlots=2&numberOfDays=2")
                               .arg(service, start))
                           .data()
                           .toObject();
    QCOMPARE(tokyo.value("slots").toArray().size(), 2);
    QCOMPARE(tokyo.value("slots").toArray().at(0).toObject().value("localTime").toString(),
             first.toTimeZone(QTimeZone("Asia/Tokyo")).toString(Qt::ISODateWithMs));
    // A booking shows up as one place less.
    QCOMPARE(create({{"serviceName", service},
                     {"phoneNumber", "+4930100060"},
                     {"desiredTime", ges::isotime::format(first.addSecs(600))}})
                 .status,
             200);
    const auto after =
        get(QStringLiteral("/engagement/v3/callbacks/availability/%1?start=%2").arg(service, start))
            .data()
            .toObject()
            .value("slots")
            .toArray();
    QCOMPARE(after.at(0).toObject().value("capacity").toInt(), 4);
    QCOMPARE(after.at(1).toObject().value("capacity").toInt(), 5);
}

void TestScheduling::availabilityRejectsBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("bad start") << "start=tomorrow";
    QTest::newRow("no offset") << "start=2026-11-24T10:00:00";
    QTest::newRow("bad zone") << "timezone=Mars/Olympus";
    QTest::newRow("too many days") << "numberOfDays=15";
    QTest::newRow("end before start") << "start=2030-01-02T00:00:00Z&end=2030-01-01T00:00:00Z";
    QTest::newRow("range over 14 days") << "startMS=1700000000000&endMS=1702000000000";
    QTest::newRow("bad maxTimeSlots") << "maxTimeSlots=-1";
    QTest::newRow("bad reportBusy") << "reportBusy=maybe";
}

void TestScheduling::availabilityRejectsBadParameters()
{
    QFETCH(QString, query);
    const auto response = get("/engagement/v3/callbacks/availability/support?" + query);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.errorCode(), QStringLiteral("INVALID_FIELD"));
}

void TestScheduling::openForCountsToTheClose()
{
    const QString service = createService(
        {{"officeHours", QJsonArray{QJsonObject{
                             {"days", QJsonArray{"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"}},
                             {"open", "09:00"},
                             {"close", "17:00"}}}}});
    const QDateTime tenAm = tomorrowAt(10);
    auto openFor = [&](const QDateTime &at) {
        return get(QStringLiteral("/engagement/v3/callbacks/open-for/%1?start=%2")
                       .arg(service, ges::isotime::format(at)))
            .data()
            .toObject()
            .value("openFor")
            .toInt(-1);
    };
    QCOMPARE(openFor(tenAm), 7 * 3600);
    QCOMPARE(openFor(tomorrowAt(18)), 0);
    QCOMPARE(openFor(tomorrowAt(16, 59)), 60);
}

void TestScheduling::waitTimeIsUnknownUntilCallbacksAreServed()
{
    const QString service = createService({});
    const QString vq = service + "_VQ";
    auto ewt = [&] {
        return get("/engagement/v3/estimated-wait-time?virtual-queues=" + vq + ",nobody")
            .data()
            .toArray();
    };
    QJsonArray before = ewt();
    QCOMPARE(before.size(), 2);
    QCOMPARE(before.at(0).toObject().value("estimatedWaitTime").toInt(), -1);
    QCOMPARE(before.at(0).toObject().value("resultCode").toInt(), -1);
    QVERIFY(before.at(0).toObject().contains("message"));
    QCOMPARE(before.at(1).toObject().value("virtualQueue").toString(), QStringLiteral("nobody"));

    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << create({{"serviceName", service},
                       {"phoneNumber", QStringLiteral("+493010007%1").arg(i)}})
                   .data()
                   .toObject()
                   .value("id")
                   .toString();
    // The routing side takes two off the queue: a rate is observed.
    for (int i = 0; i < 2; ++i)
        QCOMPARE(HttpClient::postJson(
                     f.stack.internalUrl("/ges/v1/routing/callbacks/" + ids.at(i) + "/state"),
                     {{"callbackState", "ROUTING"}},
                     {{"Authorization", "Bearer " + f.stack.routingToken().toUtf8()}})
                     .status,
                 200);
    const QJsonObject after = ewt().at(0).toObject();
    QCOMPARE(after.value("resultCode").toInt(), 0);
    // 2 served in (at least) 60 s: 3 waiting + the newcomer = 4 / (2/60) = 120 s at most.
    QVERIFY2(after.value("estimatedWaitTime").toInt() > 0 &&
                 after.value("estimatedWaitTime").toInt() <= 120,
             QJsonDocument(after).toJson().constData());
    QVERIFY(after.contains("computedAt"));
    const QJsonObject third =
        f.external("/engagement/v3/callbacks/retrieve", {{"id", ids.at(2)}}).data().toObject();
    QCOMPARE(third.value("positionInQueue").toInt(), 1);
    QVERIFY(third.value("estimatedWaitTime").toInt() > 0);
    const QJsonObject routing =
        f.external("/engagement/v3/callbacks/retrieve", {{"id", ids.at(0)}}).data().toObject();
    QCOMPARE(routing.value("positionInQueue").toInt(), 0);
    // Put back by the routing side, it keeps its place at the head of the queue.
    QCOMPARE(HttpClient::postJson(
                 f.stack.internalUrl("/ges/v1/routing/callbacks/" + ids.at(1) + "/state"),
                 {{"callbackState", "QUEUED"}},
                 {{"Authorization", "Bearer " + f.stack.routingToken().toUtf8()}})
                 .status,
             200);
    QCOMPARE(f.external("/engagement/v3/callbacks/retrieve", {{"id", ids.at(1)}})
                 .data()
                 .toObject()
                 .value("positionInQueue")
                 .toInt(),
             1);
    const auto one =
        get("/engagement/v3/estimated-wait-time/virtual-queues/" + vq).data().toObject();
    QCOMPARE(one.value("virtualQueue").toString(), vq);
    QVERIFY(!one.contains("resultCode"));
    QCOMPARE(
        get("/engagement/v3/estimated-wait-time?virtual-queues=" + vq + "&mode=mode9").errorCode(),
        QStringLiteral("INVALID_FIELD"));
    QCOMPARE(get("/engagement/v3/estimated-wait-time").errorCode(),
             QStringLiteral("MISSING_FIELD"));
    const auto status = get("/engagement/v3/callbacks/queue-status/" + service).data().toObject();
    QCOMPARE(status.value("offerImmediateCallback").toBool(), true);
    QVERIFY(status.value("ewt").toInt() > 0);
}

void TestScheduling::routingSimulatorWalksTheWholeLifecycle()
{
    RoutingSimulator ors(f.stack.orsRedis().port(), f.stack.streamName(), f.stack.internalUrl(),
                         f.stack.routingToken());
    ors.start(true);
    QTRY_VERIFY_WITH_TIMEOUT(ors.isReading(), 5000);
    const QString service = createService({});
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << create({{"serviceName", service},
                       {"phoneNumber", QStringLiteral("+493010008%1").arg(i)},
                       {"desiredTime",
                        ges::isotime::format(QDateTime::currentDateTimeUtc().addSecs(1 + 2 * i))}})
                   .data()
                   .toObject()
                   .value("id")
                   .toString();
    for (const QString &id : ids) {
        QTRY_COMPARE_WITH_TIMEOUT(f.external("/engagement/v3/callbacks/retrieve", {{"id", id}})
                                      .data()
                                      .toObject()
                                      .value("callbackReason")
                                      .toString(),
                                  QStringLiteral("CONNECTED"), 20000);
        QCOMPARE(ors.timesSeen(id), 1);
    }
    QVERIFY2(ors.failures().isEmpty(), qPrintable(ors.failures().join('\n')));
    const QJsonObject done =
        f.external("/engagement/v3/callbacks/retrieve", {{"id", ids.first()}}).data().toObject();
    QCOMPARE(done.value("callbackState").toString(), QStringLiteral("COMPLETED"));
    QVERIFY(done.contains("completedAt"));
    QCOMPARE(f.stack.postgres().psql(
                 // The create from the row (created_as), then the events.
                 QStringLiteral("SELECT CASE created_as WHEN 'S' THEN 'SCHEDULED' ELSE 'QUEUED' "
                                "END || ',' || (SELECT string_agg(state, ',' ORDER BY id) FROM "
                                "callback_events WHERE callback_id = c.id) FROM callbacks c "
                                "WHERE id = '%1'")
                     .arg(ids.last())),
             QStringLiteral("SCHEDULED,QUEUED,ROUTING,PROCESSING,COMPLETED"));
}

void TestScheduling::unknownServiceIs404Everywhere()
{
    for (const QString &path : {QStringLiteral("/engagement/v3/callbacks/availability/nope"),
                                QStringLiteral("/engagement/v3/callbacks/open-for/nope"),
                                QStringLiteral("/engagement/v3/callbacks/queue-status/nope")}) {
        const auto response = get(path);
        QCOMPARE(response.status, 404);
        QCOMPARE(response.errorCode(), QStringLiteral("SERVICE_NOT_FOUND"));
    }
    QCOMPARE(create({{"serviceName", "nope"}, {"phoneNumber", "+4930100090"}}).errorCode(),
             QStringLiteral("SERVICE_NOT_FOUND"));
}

QTEST_MAIN(TestScheduling)
#include "tst_scheduling.moc"
