// Contract types shared by daemon and desktop: phones, times, request validation,
// service configuration, the response envelope and the state graph.
#include "shared/Callback.h"
#include "shared/CreateCallbackRequest.h"
#include "shared/Envelope.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"
#include "shared/PhoneNumber.h"
#include "shared/ServiceConfig.h"
#include "shared/TimeOrderedId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace ges;

class TestShared : public QObject
{
    Q_OBJECT
private slots:
    void phoneNormalizes_data();
    void phoneNormalizes();
    void isoTimeParsesOffsetsAndRefusesLocal_data();
    void isoTimeParsesOffsetsAndRefusesLocal();
    void isoTimeFormatsUtcWithMilliseconds();
    void timeOrderedIdsCarryTheirTime();
    void createRequestAcceptsMinimal();
    void createRequestReportsFieldProblems_data();
    void createRequestReportsFieldProblems();
    void createRequestDropsNonIdentifierUserDataKeys();
    void serviceConfigValidates_data();
    void serviceConfigValidates();
    void serviceConfigDefaultsSchedulingAndLimits();
    void serviceConfigRoundTripsSchedulingAndLimits();
    void envelopeRoundTrips();
    void stateGraphAllowsOnlyForwardMoves();
    void callbackJsonRoundTrips();
    void callbackCompactJsonIsQtsBytes();
};

void TestShared::phoneNormalizes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("plain") << "+4930123456"
                           << "+4930123456";
    QTest::newRow("spaces and dashes") << "+49 30-123 456"
                                       << "+4930123456";
    QTest::newRow("brackets") << "+1 (555) 010-9999"
                              << "+15550109999";
    QTest::newRow("double zero") << "0049 30 123456"
                                 << "+4930123456";
    QTest::newRow("no country code") << "030 123456"
                                     << "";
    QTest::newRow("letters") << "+49 30 CALLME"
                             << "";
    QTest::newRow("too short") << "+49123"
                               << "";
    QTest::newRow("too long") << "+1234567890123456"
                              << "";
    QTest::newRow("plus inside") << "+49+30123456"
                                 << "";
    QTest::newRow("zero country code") << "+0123456789"
                                       << "";
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("+٤٩٣٠١٢٣٤٥٦") << "";
}

void TestShared::phoneNormalizes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto result = phone::normalize(input);
    QCOMPARE(result.value_or(QString()), expected);
}

void TestShared::isoTimeParsesOffsetsAndRefusesLocal_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("epochMs"); // -1: refused
    QTest::newRow("utc") << "2026-11-24T15:30:00.000Z" << qint64(1795534200000);
    QTest::newRow("offset") << "2026-11-24T16:30:00.000+01:00" << qint64(1795534200000);
    QTest::newRow("no millis") << "2026-11-24T15:30:00Z" << qint64(1795534200000);
    QTest::newRow("no offset") << "2026-11-24T15:30:00" << qint64(-1);
    QTest::newRow("garbage") << "tomorrow" << qint64(-1);
    QTest::newRow("bad month") << "2026-13-24T15:30:00Z" << qint64(-1);
    // Found by fuzz_iso_time: year 10000 in UTC, which format() cannot write.
    QTest::newRow("past 9999 in UTC") << "9999-12-31T23:59:59-05:00" << qint64(-1);
    QTest::newRow("last writable") << "9999-12-31T23:59:59+05:00" << qint64(253402282799000);
}

void TestShared::isoTimeParsesOffsetsAndRefusesLocal()
{
    QFETCH(QString, input);
    QFETCH(qint64, epochMs);
    const auto parsed = isotime::parse(input);
    QCOMPARE(parsed ? parsed->toMSecsSinceEpoch() : qint64(-1), epochMs);
}

void TestShared::isoTimeFormatsUtcWithMilliseconds()
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(1795534200123, Qt::OffsetFromUTC, 3600);
    QCOMPARE(isotime::format(t), QStringLiteral("2026-11-24T15:30:00.123Z"));
    // The hand-written formatting agrees with Qt's over the whole range parse() accepts,
    // before the epoch included (negative milliseconds round towards the past).
    const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 last =
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    QRandomGenerator random(42);
    QList<qint64> samples{first, last, -1, 0, 1, 951782400000, 4107542399999};
    for (int i = 0; i < 20000; ++i)
        samples.append(first + qint64(random.bounded(double(last - first))));
    for (const qint64 ms : samples) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        QCOMPARE(isotime::format(at), at.toString(Qt::ISODateWithMs));
    }
    QCOMPARE(isotime::format(QDateTime()), QString());
}

void TestShared::timeOrderedIdsCarryTheirTime()
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1795534200123, Qt::UTC);
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 1000; ++i) {
        const QString id = timeOrderedUuid(at.addMSecs(i));
        const QUuid uuid = QUuid::fromString(id);
        QCOMPARE(id.size(), 36);
        QCOMPARE(uuid.variant(), QUuid::DCE);
        const QByteArray bytes = uuid.toRfc4122();
        QCOMPARE(quint8(bytes[6]) >> 4, 7); // version 7 (QUuid::version() knows 1 to 5)
        quint64 ms = 0;
        for (int b = 0; b < 6; ++b)
            ms = ms << 8 | quint8(bytes[b]);
        QCOMPARE(qint64(ms), at.toMSecsSinceEpoch() + i);
        QVERIFY2(id > previous, qPrintable(id + " after " + previous)); // sorts by time
        previous = id;
        seen.insert(id);
    }
    // The same millisecond: still distinct (74 random bits).
    for (int i = 0; i < 1000; ++i)
        seen.insert(timeOrderedUuid(at));
    QCOMPARE(seen.size(), 2000);
}

void TestShared::createRequestAcceptsMinimal()
{
    const auto parsed = CreateCallbackRequest::parse({{"serviceName", "support"},
                                                      {"phoneNumber", "+49 30 123456"},
                                                      {"priority", 5},
                                                      {"cbOfferType", "ASAP"},
                                                      {"language", "de-DE"}});
    QVERIFY(std::holds_alternative<CreateCallbackRequest>(parsed));
    const auto &r = std::get<CreateCallbackRequest>(parsed);
    QCOMPARE(r.serviceName, QStringLiteral("support"));
    QCOMPARE(r.phoneNumber, QStringLiteral("+4930123456"));
    QCOMPARE(r.priority, 5);
    QVERIFY(!r.desiredTime.isValid());
    QCOMPARE(r.parameters.value("language").toString(), QStringLiteral("de-DE"));
}

void TestShared::createRequestReportsFieldProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("field");
    QTest::newRow("no service") << QByteArray(R"({"phoneNumber":"+4930123456"})") << "MISSING_FIELD"
                                << "serviceName";
    QTest::newRow("no phone") << QByteArray(R"({"serviceName":"s"})") << "MISSING_FIELD"
                              << "phoneNumber";
    QTest::newRow("phone number type")
        << QByteArray(R"({"serviceName":"s","phoneNumber":4930123456})") << "INVALID_FIELD"
        << "phoneNumber";
    QTest::newRow("bad phone") << QByteArray(R"({"serviceName":"s","phoneNumber":"12"})")
                               << "INVALID_FIELD"
                               << "phoneNumber";
    QTest::newRow("bad time")
        << QByteArray(R"({"serviceName":"s","phoneNumber":"+4930123456","desiredTime":"soon"})")
        << "INVALID_FIELD"
        << "desiredTime";
    QTest::newRow("huge priority")
        << QByteArray(R"({"serviceName":"s","phoneNumber":"+4930123456","priority":1e300})")
        << "INVALID_FIELD"
        << "priority";
    QTest::newRow("fractional priority")
        << QByteArray(R"({"serviceName":"s","phoneNumber":"+4930123456","priority":1.5})")
        << "INVALID_FIELD"
        << "priority";
    QTest::newRow("userData array")
        << QByteArray(R"({"serviceName":"s","phoneNumber":"+4930123456","userData":[1]})")
        << "INVALID_FIELD"
        << "userData";
    QTest::newRow("offer type")
        << QByteArray(R"({"serviceName":"s","phoneNumber":"+4930123456","cbOfferType":"LATER"})")
        << "INVALID_FIELD"
        << "cbOfferType";
}

void TestShared::createRequestReportsFieldProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorCode);
    QFETCH(QString, field);
    const auto parsed = CreateCallbackRequest::parse(QJsonDocument::fromJson(json).object());
    QVERIFY(std::holds_alternative<ApiError>(parsed));
    const auto &error = std::get<ApiError>(parsed);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.errorCode, errorCode);
    QVERIFY(!error.details.isEmpty());
    QCOMPARE(error.details.constFirst().field, field);
}

void TestShared::createRequestDropsNonIdentifierUserDataKeys()
{
    const auto parsed = CreateCallbackRequest::parse(
        {{"serviceName", "s"},
         {"phoneNumber", "+4930123456"},
         {"userData",
          QJsonObject{{"orderId", "42"}, {"$ok_1", true}, {"not-valid", 1}, {"1st", 2}}}});
    const auto &r = std::get<CreateCallbackRequest>(parsed);
    QCOMPARE(r.userData.keys(), (QStringList{"$ok_1", "orderId"}));
}

void TestShared::serviceConfigValidates_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problemField"); // empty: valid
    const QByteArray base = R"("tenant":"t1","name":"support","virtualQueue":"VQ1")";
    QTest::newRow("valid")
        << QByteArray(
               "{" + base +
               R"(,"timeZone":"Europe/Berlin","officeHours":[{"days":["MON"],"open":"08:00","close":"24:00"}]})")
        << "";
    QTest::newRow("no tenant") << QByteArray(R"({"name":"s","virtualQueue":"v"})") << "tenant";
    QTest::newRow("bad zone") << QByteArray("{" + base + R"(,"timeZone":"Mars/Olympus"})")
                              << "timeZone";
    QTest::newRow("bad day")
        << QByteArray("{" + base +
                      R"(,"officeHours":[{"days":["MOON"],"open":"08:00","close":"18:00"}]})")
        << "officeHours[0].days";
    QTest::newRow("close before open")
        << QByteArray("{" + base +
                      R"(,"officeHours":[{"days":["MON"],"open":"18:00","close":"08:00"}]})")
        << "officeHours[0]";
    QTest::newRow("slot 7 min") << QByteArray("{" + base + R"(,"slotMinutes":7})") << "slotMinutes";
    QTest::newRow("capacity 0") << QByteArray("{" + base + R"(,"slotCapacity":0})")
                                << "slotCapacity";
    QTest::newRow("name with slash")
        << QByteArray(R"({"tenant":"t","name":"a/b","virtualQueue":"v"})") << "name";
    QTest::newRow("overlapping hours")
        << QByteArray(
               "{" + base +
               R"(,"officeHours":[{"days":["MON"],"open":"08:00","close":"24:00"},{"days":["MON"],"open":"10:00","close":"12:00"}]})")
        << "";
    QTest::newRow("close 24:30")
        << QByteArray("{" + base +
                      R"(,"officeHours":[{"days":["MON"],"open":"08:00","close":"24:30"}]})")
        << "officeHours[0]";
    QTest::newRow("special day impossible date")
        << QByteArray("{" + base + R"(,"specialDays":[{"date":"2026-02-30","closed":true}]})")
        << "specialDays[0].date";
    QTest::newRow("special day short date")
        << QByteArray("{" + base + R"(,"specialDays":[{"date":"2026-3-1","closed":true}]})")
        << "specialDays[0].date";
    QTest::newRow("special day closed not bool")
        << QByteArray("{" + base + R"(,"specialDays":[{"date":"2026-12-25","closed":"yes"}]})")
        << "specialDays[0].closed";
    QTest::newRow("special day close before open")
        << QByteArray("{" + base +
                      R"(,"specialDays":[{"date":"2026-12-24","open":"12:00","close":"08:00"}]})")
        << "specialDays[0]";
    QTest::newRow("special day without hours")
        << QByteArray("{" + base + R"(,"specialDays":[{"date":"2026-12-24"}]})")
        << "specialDays[0]";
    QTest::newRow("special day closed with hours")
        << QByteArray(
               "{" + base +
               R"(,"specialDays":[{"date":"2026-12-25","closed":true,"open":"08:00","close":"12:00"}]})")
        << "specialDays[0]";
    QTest::newRow("special day closed and open")
        << QByteArray(
               "{" + base +
               R"(,"specialDays":[{"date":"2026-12-25","closed":true},{"date":"2026-12-25","open":"08:00","close":"12:00"}]})")
        << "specialDays[1]";
    QTest::newRow("special days not a list")
        << QByteArray("{" + base + R"(,"specialDays":{"date":"2026-12-25"}})") << "specialDays";
    QTest::newRow("ewt negative") << QByteArray("{" + base + R"(,"ewtThreshold":-1})")
                                  << "ewtThreshold";
    QTest::newRow("ewt over a day")
        << QByteArray("{" + base + R"(,"ewtThreshold":86401})") << "ewtThreshold";
    QTest::newRow("duplicate policy unknown")
        << QByteArray("{" + base + R"(,"duplicatePolicy":"AT_MOST_3"})") << "duplicatePolicy";
    QTest::newRow("duplicate policy lower case")
        << QByteArray("{" + base + R"(,"duplicatePolicy":"off"})") << "duplicatePolicy";
    QTest::newRow("duplicate policy number")
        << QByteArray("{" + base + R"(,"duplicatePolicy":1})") << "duplicatePolicy";
    QTest::newRow("userData limit too big")
        << QByteArray("{" + base + R"(,"maxUserDataBytes":65537})") << "maxUserDataBytes";
    QTest::newRow("number rate negative")
        << QByteArray("{" + base + R"(,"rateLimitPerNumberPerHour":-1})")
        << "rateLimitPerNumberPerHour";
    QTest::newRow("number rate too big")
        << QByteArray("{" + base + R"(,"rateLimitPerNumberPerHour":100001})")
        << "rateLimitPerNumberPerHour";
    QTest::newRow("key rate fractional")
        << QByteArray("{" + base + R"(,"rateLimitPerKeyPerMinute":2.5})")
        << "rateLimitPerKeyPerMinute";
    QTest::newRow("key rate too big")
        << QByteArray("{" + base + R"(,"rateLimitPerKeyPerMinute":1000001})")
        << "rateLimitPerKeyPerMinute";
    QTest::newRow("captcha not a bool")
        << QByteArray("{" + base + R"(,"captchaRequired":"yes"})") << "captchaRequired";
}

void TestShared::serviceConfigValidates()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problemField);
    QList<FieldProblem> problems;
    const auto config = ServiceConfig::fromJson(QJsonDocument::fromJson(json).object(), &problems);
    if (problemField.isEmpty()) {
        QVERIFY2(config.has_value(),
                 qPrintable(problems.isEmpty() ? QString() : problems.first().problem));
        QCOMPARE(config->officeHours.first().closeMinute, 24 * 60);
        QCOMPARE(config->toJson()
                     .value("officeHours")
                     .toArray()
                     .first()
                     .toObject()
                     .value("close")
                     .toString(),
                 QStringLiteral("24:00"));
    } else {
        QVERIFY(!config.has_value());
        QCOMPARE(problems.first().field, problemField);
    }
}

void TestShared::serviceConfigDefaultsSchedulingAndLimits()
{
    QList<FieldProblem> problems;
    const auto config = ServiceConfig::fromJson(
        {{"tenant", "t1"}, {"name", "s"}, {"virtualQueue", "v"}}, &problems);
    QVERIFY(config.has_value());
    QVERIFY(config->specialDays.isEmpty());
    QCOMPARE(config->ewtThreshold, 0);
    QCOMPARE(config->duplicatePolicy, DuplicatePolicy::Off);
    QCOMPARE(config->maxActivePerNumber(), 0);
    QCOMPARE(config->maxUserDataBytes, 4096);
    QCOMPARE(config->rateLimitPerNumberPerHour, 0);
    QCOMPARE(config->rateLimitPerKeyPerMinute, 0);
    QVERIFY(!config->captchaRequired);
    QCOMPARE(config->toJson().value("captchaRequired"), QJsonValue(false));
    QCOMPARE(config->toJson().value("duplicatePolicy").toString(), QStringLiteral("OFF"));
}

void TestShared::serviceConfigRoundTripsSchedulingAndLimits()
{
    const QByteArray json = R"({"tenant":"t1","name":"s","virtualQueue":"v",
        "specialDays":[{"date":"2026-12-25","closed":true},
                       {"date":"2026-12-31","open":"08:00","close":"12:00"},
                       {"date":"2026-12-31","open":"14:00","close":"24:00"}],
        "ewtThreshold":900,"duplicatePolicy":"AT_MOST_2","maxUserDataBytes":0,
        "rateLimitPerNumberPerHour":5,"rateLimitPerKeyPerMinute":600,"captchaRequired":true})";
    QList<FieldProblem> problems;
    const auto config = ServiceConfig::fromJson(QJsonDocument::fromJson(json).object(), &problems);
    QVERIFY(config.has_value());
    QCOMPARE(config->specialDays.size(), 3);
    QCOMPARE(config->specialDays.at(0).date, QDate(2026, 12, 25));
    QVERIFY(config->specialDays.at(0).closed);
    QCOMPARE(config->specialDays.at(2).openMinute, 14 * 60);
    QCOMPARE(config->specialDays.at(2).closeMinute, 24 * 60);
    QCOMPARE(config->ewtThreshold, 900);
    QCOMPARE(config->maxActivePerNumber(), 2);
    QCOMPARE(config->maxUserDataBytes, 0);
    QVERIFY(config->extra.isEmpty());

    const auto back = ServiceConfig::fromJson(config->toJson(), &problems);
    QVERIFY(back.has_value());
    QCOMPARE(back->toJson(), config->toJson());
    QCOMPARE(back->toJson().value("specialDays").toArray(),
             QJsonDocument::fromJson(json).object().value("specialDays").toArray());
    QCOMPARE(back->rateLimitPerNumberPerHour, 5);
    QCOMPARE(back->rateLimitPerKeyPerMinute, 600);
    QVERIFY(back->captchaRequired);
}

void TestShared::envelopeRoundTrips()
{
    const ApiError error{429, errc::RateLimited, "slow down", {{"phoneNumber", "too many"}}, 30};
    const auto parsed = envelope::parse(envelope::failure(error, "corr-1"));
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->code, 429);
    QCOMPARE(parsed->errorCode, QStringLiteral("RATE_LIMITED"));
    QCOMPARE(parsed->corrId, QStringLiteral("corr-1"));
    const auto ok = envelope::parse(envelope::success(QJsonObject{{"id", "x"}}, "corr-2"));
    QCOMPARE(ok->code, 0);
    QCOMPARE(ok->message, QStringLiteral("Successful"));
    QCOMPARE(ok->data.toObject().value("id").toString(), QStringLiteral("x"));
    QVERIFY(!envelope::parse("not json").has_value());

    // success() writes its bytes by hand: they must be what a QJsonDocument of the same
    // root writes, for every kind of data and for a correlation id that needs escaping.
    const QList<QJsonValue> datas{QJsonObject{{"id", "x"}, {"n", 1.5}, {"u", "ä\"\\"}},
                                  QJsonArray{1, "two", QJsonObject{}},
                                  QJsonValue("text"),
                                  QJsonValue(42),
                                  QJsonValue(true),
                                  QJsonValue(QJsonValue::Null),
                                  QJsonValue(QJsonValue::Undefined)};
    for (const QString &corrId :
         {QStringLiteral("corr-3"), QStringLiteral("q\"b\\c\n\x01\x0b\t\ré")}) {
        for (const QJsonValue &data : datas) {
            QJsonObject root{
                {"status",
                 QJsonObject{{"code", 0}, {"message", "Successful"}, {"corrId", corrId}}}};
            if (!data.isUndefined())
                root.insert("data", data);
            QCOMPARE(envelope::success(data, corrId),
                     QJsonDocument(root).toJson(QJsonDocument::Compact));
        }
    }
}

void TestShared::stateGraphAllowsOnlyForwardMoves()
{
    QVERIFY(allowedSources(CallbackState::Routing) == QList<CallbackState>{CallbackState::Queued});
    QVERIFY(!allowedSources(CallbackState::Completed).contains(CallbackState::Completed));
    QVERIFY(allowedSources(CallbackState::Scheduled).isEmpty());
    QVERIFY(isCancellable(CallbackState::Queued));
    QVERIFY(!isCancellable(CallbackState::Processing));
    QVERIFY(!isCancellable(CallbackState::Completed));
}

void TestShared::callbackJsonRoundTrips()
{
    Callback cb;
    cb.id = "6f1c8a4e-0000-4000-8000-000000000001";
    cb.serviceName = "support";
    cb.phoneNumber = "+4930123456";
    cb.state = CallbackState::Completed;
    cb.reason = "CONNECTED";
    cb.desiredTime = QDateTime::fromMSecsSinceEpoch(1795534200000, Qt::UTC);
    cb.userData = {{"orderId", "42"}};
    const auto back = Callback::fromJson(cb.toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->reason, cb.reason);
    QCOMPARE(back->desiredTime, cb.desiredTime);
    QCOMPARE(back->userData, cb.userData);
    QVERIFY(!cb.toJson().contains("positionInQueue"));
}

void TestShared::callbackCompactJsonIsQtsBytes()
{
    // toCompactJson() writes by hand what QJsonDocument writes for toJson() (and for the
    // routing side's copy): over random callbacks with every optional member present or
    // not and text that needs escaping.
    QRandomGenerator random(20261125);
    const QStringList pieces{"a",
                             "Z9",
                             " ",
                             "\"",
                             "\\",
                             "\n",
                             "\t",
                             "\x01",
                             "\x1f",
                             "\x7f",
                             "ä",
                             "€",
                             QString::fromUtf8("\xF0\x9F\x93\x9E"),
                             "/",
                             "<>&"};
    auto text = [&] {
        QString t;
        for (int i = random.bounded(6); i > 0; --i)
            t += pieces.at(random.bounded(pieces.size()));
        return t;
    };
    auto time = [&] {
        return random.bounded(5) == 0
                   ? QDateTime()
                   : QDateTime::fromMSecsSinceEpoch(qint64(random.bounded(4102444800.0)) * 1000 +
                                                        random.bounded(1000),
                                                    Qt::UTC);
    };
    const QList<CallbackState> states{CallbackState::Scheduled, CallbackState::Queued,
                                      CallbackState::Routing, CallbackState::Processing,
                                      CallbackState::Completed};
    for (int n = 0; n < 3000; ++n) {
        Callback cb;
        cb.id = random.bounded(2) ? QUuid::createUuid().toString(QUuid::WithoutBraces) : text();
        cb.serviceName = text();
        cb.phoneNumber = text();
        cb.state = states.at(random.bounded(states.size()));
        cb.reason = text();
        cb.desiredTime = time();
        cb.createdAt = time();
        cb.updatedAt = time();
        cb.expiresAt = time();
        cb.queuedAt = time();
        cb.completedAt = time();
        cb.priority = random.bounded(2) ? random.bounded(100) : -random.bounded(1000000);
        for (int i = random.bounded(3); i > 0; --i)
            cb.userData.insert(text(),
                               random.bounded(2)
                                   ? QJsonValue(text())
                                   : QJsonValue(QJsonObject{{"n", random.bounded(9.0)},
                                                            {"list", QJsonArray{1, text()}}}));
        if (random.bounded(2))
            cb.positionInQueue = random.bounded(100000);
        if (random.bounded(2))
            cb.estimatedWaitTime = random.bounded(86400);
        cb.tenant = text();
        for (int i = random.bounded(3); i > 0; --i)
            cb.parameters.insert(text(), random.bounded(2) ? QJsonValue(text()) : QJsonValue(true));
        QCOMPARE(cb.toCompactJson(), QJsonDocument(cb.toJson()).toJson(QJsonDocument::Compact));
        QJsonObject routing = cb.toJson(); // what the ORS stream entry carried before
        routing.insert("tenant", cb.tenant);
        routing.insert("parameters", cb.parameters);
        QCOMPARE(cb.toCompactJson(Callback::JsonFor::Routing),
                 QJsonDocument(routing).toJson(QJsonDocument::Compact));
    }
}

QTEST_GUILESS_MAIN(TestShared)
#include "tst_shared.moc"
