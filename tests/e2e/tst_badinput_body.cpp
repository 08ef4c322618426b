// Bad input, part 1: hostile request bodies on the external API (docs/reliability.md "Bad
// input"). Each row is one request; each gets its 4xx and errorCode in an API.md envelope,
// and after each the daemon is alive and PostgreSQL unchanged.
#include "BadInputSuite.h"

using namespace ges::test;

class TestBadInputBody : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void brokenJson_data();
    void brokenJson() { s.runRow(); }
    void wrongTypes_data();
    void wrongTypes() { s.runRow(); }
    void valuesOutOfRange_data();
    void valuesOutOfRange() { s.runRow(); }
    void otherEndpoints_data();
    void otherEndpoints() { s.runRow(); }
    void hostileButValidTextIsStoredVerbatim();

private:
    BadInputSuite s;
};

namespace {
using S = BadInputSuite;

// {"serviceName":"support","phoneNumber":"+4930555555", <extra>}
QByteArray with(const QByteArray &extra)
{
    return R"({"serviceName":"support","phoneNumber":"+4930555555",)" + extra + "}";
}
QByteArray field(const QByteArray &name, const QByteArray &json)
{
    return with('"' + name + "\":" + json);
}
} // namespace

void TestBadInputBody::initTestCase()
{
    QVERIFY(s.start());
}

void TestBadInputBody::cleanup()
{
    QVERIFY2(s.alive(), "gesd died");
    s.checkNothingWritten();
}

void TestBadInputBody::brokenJson_data()
{
    S::addColumns();
    const QByteArray ok = kGoodCreate;
    S::create("truncated", ok.left(ok.size() - 6), 400, "INVALID_JSON");
    S::create("trailing garbage", ok + " xyz", 400, "INVALID_JSON");
    S::create("two objects", ok + ok, 400, "INVALID_JSON");
    S::create("NaN", field("priority", "NaN"), 400, "INVALID_JSON");
    S::create("Infinity", field("priority", "-Infinity"), 400, "INVALID_JSON");
    S::create("block comment", "/* hi */" + ok, 400, "INVALID_JSON");
    S::create("line comment", with(R"("language":"en" // hi
)"),
              400, "INVALID_JSON");
    S::create("single quotes", "{'serviceName':'support','phoneNumber':'+4930555555'}", 400,
              "INVALID_JSON");
    S::create("unquoted keys", "{serviceName:\"support\",phoneNumber:\"+4930555555\"}", 400,
              "INVALID_JSON");
    S::create("trailing comma", with(R"("language":"en",)"), 400, "INVALID_JSON");
    S::create("empty body", "", 400, "INVALID_JSON");
    S::create("whitespace only", " \r\n\t ", 400, "INVALID_JSON");
    S::create("null document", "null", 400, "INVALID_JSON");
    S::create("string document", "\"support\"", 400, "INVALID_JSON");
    S::create("number document", "42", 400, "INVALID_JSON");
    S::create("array document", "[" + ok + "]", 400, "INVALID_JSON");
    // RFC 8259 lets a parser ignore a leading BOM; one inside the text is an error.
    S::create("BOM then unknown service",
              "\xEF\xBB\xBF{\"serviceName\":\"nope\",\"phoneNumber\":\"+4930555555\"}", 404,
              "SERVICE_NOT_FOUND");
    S::create("BOM inside", "{\"serviceName\":\xEF\xBB\xBF\"support\"}", 400, "INVALID_JSON");
    S::create("raw NUL in string", QByteArray("{\"serviceName\":\"sup\0port\"}", 27), 400,
              "INVALID_JSON");
    S::create("raw newline in string", "{\"serviceName\":\"sup\nport\"}", 400, "INVALID_JSON");
    S::create("invalid escape", field("language", R"("\x41")"), 400, "INVALID_JSON");
    S::create("invalid UTF-8 in string", field("language", "\"\xC3\x28\xFF\""), 400,
              "INVALID_JSON");
    S::create("overlong UTF-8 slash", field("language", "\"\xC0\xAF\""), 400, "INVALID_JSON");
    S::create("UTF-16 body", QByteArray("{\0\"\0a\0\"\0:\0\x31\0}\0", 14), 400, "INVALID_JSON");
    S::create("deep nesting 10k [", QByteArray(10000, '['), 400, "INVALID_JSON");
    S::create("deep nesting 10k closed",
              field("userData", QByteArray(10000, '[') + QByteArray(10000, ']')), 400,
              "INVALID_JSON");
    S::create("deep objects 5k",
              field("userData", QByteArray("{\"a\":").repeated(5000) + "1" + QByteArray(5000, '}')),
              400, "INVALID_JSON");
    S::create("number 1e400", field("priority", "1e400"), 400, "INVALID_JSON");
    S::create("leading zero number", field("priority", "007"), 400, "INVALID_JSON");
    S::create("hex number", field("priority", "0x10"), 400, "INVALID_JSON");
    // Duplicate keys: the last one wins (Qt's parser), so a valid first value cannot
    // smuggle an invalid last one past the checks.
    S::create("duplicate key, last invalid", with(R"("phoneNumber":"call me")"), 400,
              "INVALID_FIELD");
}

void TestBadInputBody::wrongTypes_data()
{
    S::addColumns();
    // Every field of CreateCallbackParms (API.md §3) with a value of the wrong type.
    S::create("serviceName number", R"({"serviceName":5,"phoneNumber":"+4930555555"})", 400,
              "INVALID_FIELD");
    S::create("serviceName array", R"({"serviceName":["support"],"phoneNumber":"+4930555555"})",
              400, "INVALID_FIELD");
    S::create("serviceName object", R"({"serviceName":{},"phoneNumber":"+4930555555"})", 400,
              "INVALID_FIELD");
    S::create("serviceName null", R"({"serviceName":null,"phoneNumber":"+4930555555"})", 400,
              "MISSING_FIELD");
    S::create("serviceName blank", R"({"serviceName":"  ","phoneNumber":"+4930555555"})", 400,
              "MISSING_FIELD");
    S::create("phoneNumber number", R"({"serviceName":"support","phoneNumber":4930555555})", 400,
              "INVALID_FIELD");
    S::create("phoneNumber bool", R"({"serviceName":"support","phoneNumber":true})", 400,
              "INVALID_FIELD");
    S::create("phoneNumber missing", R"({"serviceName":"support"})", 400, "MISSING_FIELD");
    S::create("both missing", "{}", 400, "MISSING_FIELD");
    S::create("desiredTime number", field("desiredTime", "1764000000000"), 400, "INVALID_FIELD");
    S::create("desiredTime object", field("desiredTime", "{}"), 400, "INVALID_FIELD");
    S::create("desiredTime bool", field("desiredTime", "true"), 400, "INVALID_FIELD");
    S::create("cbOfferType number", field("cbOfferType", "1"), 400, "INVALID_FIELD");
    S::create("cbOfferType null", field("cbOfferType", "null"), 400, "INVALID_FIELD");
    S::create("cbOfferType lower case", field("cbOfferType", R"("asap")"), 400, "INVALID_FIELD");
    S::create("language number", field("language", "5"), 400, "INVALID_FIELD");
    S::create("inboundVQ object", field("inboundVQ", "{}"), 400, "INVALID_FIELD");
    S::create("offerThreshold string", field("offerThreshold", R"("60")"), 400, "INVALID_FIELD");
    S::create("channel bool", field("channel", "true"), 400, "INVALID_FIELD");
    S::create("offerTiming unknown", field("offerTiming", R"("NOW")"), 400, "INVALID_FIELD");
    S::create("offerTiming number", field("offerTiming", "1"), 400, "INVALID_FIELD");
    S::create("cbOriginationIxnId number", field("cbOriginationIxnId", "12"), 400, "INVALID_FIELD");
    S::create("surveyRP array", field("surveyRP", "[]"), 400, "INVALID_FIELD");
    S::create("priority string", field("priority", R"("5")"), 400, "INVALID_FIELD");
    S::create("priority bool", field("priority", "true"), 400, "INVALID_FIELD");
    S::create("routePoint number", field("routePoint", "3.5"), 400, "INVALID_FIELD");
    S::create("userData string", field("userData", R"("a=b")"), 400, "INVALID_FIELD");
    S::create("userData array", field("userData", R"([{"a":1}])"), 400, "INVALID_FIELD");
    S::create("captchaToken number", field("captchaToken", "5"), 400, "INVALID_FIELD");
    S::create("pushTargets string", field("pushTargets", R"("FCM:abc")"), 400, "INVALID_FIELD");
    S::create("pushTargets bad channel",
              field("pushTargets", R"([{"channel":"SMS","target":"x"}])"), 400, "INVALID_FIELD");
    S::create("pushTargets target number", field("pushTargets", R"([{"target":5}])"), 400,
              "INVALID_FIELD");
    S::create("pushChannel unknown", field("pushChannel", R"("APNS")"), 400, "INVALID_FIELD");
    S::create("alwaysCheckCapacity string", field("alwaysCheckCapacity", R"("yes")"), 400,
              "INVALID_FIELD");
    S::create("notificationPreferences string", field("notificationPreferences", R"("push")"), 400,
              "INVALID_FIELD");
}

void TestBadInputBody::valuesOutOfRange_data()
{
    S::addColumns();
    S::create("priority 2^64", field("priority", "18446744073709551616"), 400, "INVALID_FIELD");
    S::create("priority -2^63", field("priority", "-9223372036854775808"), 400, "INVALID_FIELD");
    S::create("priority 1e300", field("priority", "1e300"), 400, "INVALID_FIELD");
    S::create("priority negative out of range", field("priority", "-1000001"), 400,
              "INVALID_FIELD");
    S::create("priority fraction", field("priority", "1.5"), 400, "INVALID_FIELD");
    S::create("offerThreshold negative", field("offerThreshold", "-1"), 400, "INVALID_FIELD");
    S::create("offerThreshold 1e308", field("offerThreshold", "1e308"), 400, "INVALID_FIELD");
    S::create("phone 10k digits",
              R"({"serviceName":"support","phoneNumber":"+)" + QByteArray(10000, '4') + "\"}", 400,
              "INVALID_FIELD");
    S::create("phone letters", R"({"serviceName":"support","phoneNumber":"+49 30 CALL-ME"})", 400,
              "INVALID_FIELD");
    S::create("phone 16 digits", R"({"serviceName":"support","phoneNumber":"+4930555555555555"})",
              400, "INVALID_FIELD");
    S::create("phone too short", R"({"serviceName":"support","phoneNumber":"+491"})", 400,
              "INVALID_FIELD");
    S::create("phone double plus", R"({"serviceName":"support","phoneNumber":"++4930555555"})", 400,
              "INVALID_FIELD");
    S::create("phone tel: URI", R"({"serviceName":"support","phoneNumber":"tel:+4930555555"})", 400,
              "INVALID_FIELD");
    S::create("phone fullwidth digits",
              "{\"serviceName\":\"support\",\"phoneNumber\":\"+\xEF\xBC\x94\xEF\xBC\x99\xEF\xBC"
              "\x93\xEF\xBC\x90\xEF\xBC\x95\xEF\xBC\x95\xEF\xBC\x95\xEF\xBC\x95\"}",
              400, "INVALID_FIELD");
    S::create("phone with NUL", R"({"serviceName":"support","phoneNumber":"+4930555555\u0000"})",
              400, "INVALID_FIELD");
    S::create("phone with CRLF",
              R"({"serviceName":"support","phoneNumber":"+4930555555\r\nX-Injected: 1"})", 400,
              "INVALID_FIELD");
    S::create("phone SQL",
              R"({"serviceName":"support","phoneNumber":"'; DROP TABLE callbacks;--"})", 400,
              "INVALID_FIELD");
    S::create("serviceName SQL",
              R"({"serviceName":"'; DROP TABLE callbacks;--","phoneNumber":"+4930555555"})", 404,
              "SERVICE_NOT_FOUND");
    S::create("serviceName SQL quote",
              R"({"serviceName":"support' OR '1'='1","phoneNumber":"+4930555555"})", 404,
              "SERVICE_NOT_FOUND");
    S::create("serviceName 60k",
              R"({"serviceName":")" + QByteArray(60000, 's') + R"(","phoneNumber":"+4930555555"})",
              404, "SERVICE_NOT_FOUND");
    S::create("serviceName 100k",
              R"({"serviceName":")" + QByteArray(100000, 's') + R"(","phoneNumber":"+4930555555"})",
              413, "PAYLOAD_TOO_LARGE");
    S::create("serviceName of another tenant",
              R"({"serviceName":"other","phoneNumber":"+4930555555"})", 404, "SERVICE_NOT_FOUND");
    S::create("language 257 chars", field("language", '"' + QByteArray(257, 'e') + '"'), 400,
              "INVALID_FIELD");
    S::create("cbOfferType SQL", field("cbOfferType", R"("ASAP'; DROP TABLE callbacks;--")"), 400,
              "INVALID_FIELD");
    S::create("captchaToken 9000 chars", field("captchaToken", '"' + QByteArray(9000, 't') + '"'),
              400, "INVALID_FIELD");
    S::create("11 pushTargets",
              field("pushTargets",
                    "[" + QByteArray(R"({"target":"t"},)").repeated(10) + R"({"target":"t"}])"),
              400, "INVALID_FIELD");
    S::create("desiredTime garbage", field("desiredTime", R"("tomorrow at noon")"), 400,
              "INVALID_FIELD");
    S::create("desiredTime SQL", field("desiredTime", R"("'; DROP TABLE callbacks;--")"), 400,
              "INVALID_FIELD");
    S::create("desiredTime year 99999", field("desiredTime", R"("99999-01-01T10:00:00.000Z")"), 400,
              "INVALID_FIELD");
    S::create("desiredTime offset +25:00", field("desiredTime", R"("2030-01-01T10:00:00+25:00")"),
              400, "INVALID_FIELD");
    S::create("desiredTime leap second", field("desiredTime", R"("2030-06-30T23:59:60Z")"), 400,
              "INVALID_FIELD");
    S::create("desiredTime 30 February", field("desiredTime", R"("2030-02-30T10:00:00Z")"), 400,
              "INVALID_FIELD");
    S::create("desiredTime hour 24:30", field("desiredTime", R"("2030-01-01T24:30:00Z")"), 400,
              "INVALID_FIELD");
    S::create("desiredTime without offset", field("desiredTime", R"("2030-01-01T10:00:00")"), 400,
              "INVALID_FIELD");
    S::create("desiredTime date only", field("desiredTime", R"("2030-01-01")"), 400,
              "INVALID_FIELD");
    S::create("desiredTime epoch string", field("desiredTime", R"("1764000000")"), 400,
              "INVALID_FIELD");
    S::create("desiredTime far past", field("desiredTime", R"("1970-01-01T00:00:00.000Z")"), 422,
              "IN_THE_PAST");
    S::create("desiredTime year 0001", field("desiredTime", R"("0001-01-01T00:00:00Z")"), 422,
              "IN_THE_PAST");
    S::create("desiredTime year 9999", field("desiredTime", R"("9999-12-31T23:59:59.999Z")"), 422,
              "TOO_FAR_AHEAD");
}

void TestBadInputBody::otherEndpoints_data()
{
    S::addColumns();
    const auto post = [](const char *name, const char *path, const QByteArray &body, int status,
                         const char *code, const QByteArrayList &headers = kJson) {
        S::row(name, Port::External, "POST", path, headers, body, status, code);
    };
    const char *cancel = "/engagement/v3/callbacks/cancel";
    const char *retrieve = "/engagement/v3/callbacks/retrieve";
    const char *callIn = "/engagement/v3/call-in/requests/create";
    post("cancel without id", cancel, "{}", 400, "MISSING_FIELD");
    post("cancel id number", cancel, R"({"id":5})", 400, "MISSING_FIELD");
    post("cancel broken JSON", cancel, R"({"id":"{CB}")", 400, "INVALID_JSON");
    post("cancel unknown id", cancel, R"({"id":"00000000-0000-0000-0000-000000000000"})", 404,
         "NOT_FOUND");
    post("cancel SQL id", cancel, R"({"id":"'; DROP TABLE callbacks;--"})", 404, "NOT_FOUND");
    post("cancel other tenant's callback", cancel, R"({"id":"{CB}"})", 404, "NOT_FOUND",
         {"Content-Type: application/json", "X-API-Key: {OTHERKEY}"});
    post("retrieve without id", retrieve, R"({"serviceName":"support"})", 400, "MISSING_FIELD");
    post("retrieve bad phone", retrieve, R"({"phoneNumber":"abc"})", 400, "INVALID_FIELD");
    post("retrieve path id", retrieve, R"({"id":"../../etc/passwd"})", 404, "NOT_FOUND");
    post("retrieve other tenant's callback", retrieve, R"({"id":"{CB}"})", 404, "NOT_FOUND",
         {"Content-Type: application/json", "X-API-Key: {OTHERKEY}"});
    post("call-in without group", callIn, "{}", 400, "MISSING_FIELD");
    post("call-in group number", callIn, R"({"groupName":5})", 400, "INVALID_FIELD");
    post("call-in unknown group", callIn, R"({"groupName":"nope"})", 404, "GROUP_NOT_FOUND");
    post("call-in SQL group", callIn, R"({"groupName":"x'; DROP TABLE call_in_requests;--"})", 404,
         "GROUP_NOT_FOUND");
    post("call-in bad phone", callIn, R"({"groupName":"g","fromPhoneNumber":"x"})", 400,
         "INVALID_FIELD");
    post("call-in userData array", callIn, R"({"groupName":"g","userData":[1]})", 400,
         "INVALID_FIELD");
    post("statistics broken JSON", "/engagement/v3/statistics/operations/get-statistic-ex", "{",
         400, "INVALID_JSON");
}

void TestBadInputBody::hostileButValidTextIsStoredVerbatim()
{
    // Free-text fields take any string up to 256 characters, SQL and markup included: such
    // a create succeeds, stores the text as given (bound parameters, never spliced into
    // SQL), and userData keys that are not JavaScript identifiers are dropped (API.md §3).
    const QString sql = QStringLiteral("'; DROP TABLE callbacks;-- \" OR 1=1 <script>%27");
    QJsonObject body{{"serviceName", s.f.service}, {"phoneNumber", "+49 (30) 555-0199"}};
    for (const char *key :
         {"language", "inboundVQ", "channel", "cbOriginationIxnId", "surveyRP", "routePoint"})
        body.insert(QLatin1String(key), sql);
    body.insert("userData", QJsonObject{{"ok_key", sql},
                                        {"$dollar", 1},
                                        {"1abc", 1},
                                        {"a-b", 1},
                                        {"a b", 1},
                                        {"", 1},
                                        {"a\r\nSet-Cookie: x", 1},
                                        {"k'; DROP TABLE callbacks;--", 1},
                                        {QString(129, u'k'), 1}});
    const HttpResponse created = s.f.external(kCreate, body);
    QCOMPARE(created.status, 200);
    QVERIFY(created.header("Set-Cookie").isEmpty());
    const QString id = created.data().toObject().value("id").toString();
    const QString where = " FROM callbacks WHERE id = '" + id + "'";
    QCOMPARE(s.f.stack.postgres().psql("SELECT parameters->>'surveyRP'" + where), sql);
    QCOMPARE(s.f.stack.postgres().psql("SELECT parameters->>'language'" + where), sql);
    QCOMPARE(s.f.stack.postgres().psql("SELECT phone_number" + where),
             QStringLiteral("+49305550199"));
    QCOMPARE(s.f.stack.postgres().psql("SELECT string_agg(k, ',' ORDER BY k) FROM "
                                       "jsonb_object_keys((SELECT user_data" +
                                       where + ")) k"),
             QStringLiteral("$dollar,ok_key"));
    QCOMPARE(s.f.stack.postgres().psql("SELECT user_data->>'ok_key'" + where), sql);
    QCOMPARE(s.f.stack.postgres().psql("SELECT to_regclass('callbacks') IS NOT NULL"),
             QStringLiteral("t"));
    s.rebaseline(); // this one was meant to write
}

QTEST_GUILESS_MAIN(TestBadInputBody)
#include "tst_badinput_body.moc"
