// Bad input, part 2: hostile HTTP on the external port (docs/reliability.md "Bad input"):
// path tricks, methods, content types, framing lies, header injection, keys, tenant
// headers, query parameters, and 10 MB bodies that must be refused before they are read.
#include "BadInputSuite.h"

#include <QFile>

using namespace ges::test;

class TestBadInputHttp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void paths_data();
    void paths() { s.runRow(); }
    void methodsAndTypes_data();
    void methodsAndTypes() { s.runRow(); }
    void framing_data();
    void framing() { s.runRow(); }
    void headers_data();
    void headers() { s.runRow(); }
    void keys_data();
    void keys() { s.runRow(); }
    void queryParameters_data();
    void queryParameters() { s.runRow(); }
    void tenMegabyteBodiesAreRefusedUnread();
    void refusedMethodsAreNoMetricLabels();

private:
    BadInputSuite s;
};

namespace {
using S = BadInputSuite;

void ext(const char *name, const QByteArray &method, const QByteArray &target,
         const QByteArrayList &headers, const QByteArray &body, int status, const char *code)
{
    S::row(name, Port::External, method, target, headers, body, status, code);
}
void get(const char *name, const QByteArray &target, int status, const char *code,
         const QByteArrayList &headers = kKey)
{
    ext(name, "GET", target, headers, {}, status, code);
}

qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
} // namespace

void TestBadInputHttp::initTestCase()
{
    QVERIFY(s.start());
}

void TestBadInputHttp::cleanup()
{
    QVERIFY2(s.alive(), "gesd died");
    s.checkNothingWritten();
}

void TestBadInputHttp::paths_data()
{
    S::addColumns();
    const QByteArray ok = kGoodCreate;
    const auto post = [ok](const char *name, const QByteArray &target, int status = 404,
                           const char *code = "NOT_FOUND") {
        ext(name, "POST", target, kJson, ok, status, code);
    };
    post("dot-dot to admin", "/engagement/v3/../../ges/v1/admin/users");
    get("dot-dot to admin, GET", "/engagement/v3/../../ges/v1/admin/users", 404, "NOT_FOUND");
    post("dot-dot back to create", "/engagement/v3/callbacks/../callbacks/create");
    post("encoded dot-dot", "/engagement/v3/callbacks/%2e%2e/callbacks/create");
    post("dot segment", "/engagement/v3/callbacks/./create");
    post("double slash", "//engagement/v3/callbacks/create");
    post("inner double slash", "/engagement/v3//callbacks/create");
    post("trailing slash", "/engagement/v3/callbacks/create/");
    post("upper case", "/ENGAGEMENT/v3/callbacks/create");
    post("mixed case", "/engagement/V3/callbacks/Create");
    post("encoded slash", "/engagement/v3/callbacks%2Fcreate");
    post("backslash", "/engagement/v3/callbacks\\create");
    post("encoded NUL", "/engagement/v3/callbacks/create%00");
    post("semicolon parameter", "/engagement/v3/callbacks/create;jsessionid=1");
    post("encoded question mark", "/engagement/v3/callbacks/create%3F");
    // A fragment is not part of the path (QUrl drops it): the create route; its body decides.
    ext("fragment", "POST", "/engagement/v3/callbacks/create#x", kJson, "{", 400, "INVALID_JSON");
    post("invalid UTF-8 in path", "/engagement/v3/callbacks/cr\xC3\x28\xFF"
                                  "eate");
    post("very long path", "/engagement/v3/callbacks/" + QByteArray(8000, 'a'));
    post("path over the header limit", "/engagement/v3/callbacks/" + QByteArray(70000, 'a'), 431,
         "HEADERS_TOO_LARGE");
    post("space in the path", "/engagement/v3/callbacks/create x", 400, "INVALID_REQUEST");
    post("HTTP/2 in the request line", "/engagement/v3/callbacks/create HTTP/2.0", 400,
         "INVALID_REQUEST");
    post("admin path on external port", "/ges/v1/admin/api-keys");
    post("asterisk target", "*");
    // A query string on a POST route is ignored; the body decides.
    ext("empty query string", "POST", "/engagement/v3/callbacks/create?", kJson, "{", 400,
        "INVALID_JSON");
    ext("repeated query keys", "POST", "/engagement/v3/callbacks/create?a=1&a=2&&=", kJson, "{",
        400, "INVALID_JSON");
    get("availability: dot-dot service", "/engagement/v3/callbacks/availability/..", 404,
        "SERVICE_NOT_FOUND");
    get("availability: encoded slashes in service",
        "/engagement/v3/callbacks/availability/support%2F..%2F..%2Fadmin", 404,
        "SERVICE_NOT_FOUND");
    get("availability: SQL service",
        "/engagement/v3/callbacks/availability/%27%3B%20DROP%20TABLE%20callbacks%3B--", 404,
        "SERVICE_NOT_FOUND");
    get("availability: raw quote service", "/engagement/v3/callbacks/availability/support'--", 404,
        "SERVICE_NOT_FOUND");
    get("availability: invalid UTF-8 service", "/engagement/v3/callbacks/availability/%C3%28%FF",
        404, "SERVICE_NOT_FOUND");
    get("availability: other tenant's service", "/engagement/v3/callbacks/availability/other", 404,
        "SERVICE_NOT_FOUND");
    get("availability: no service", "/engagement/v3/callbacks/availability/", 404, "NOT_FOUND");
    get("queue-status: SQL queue",
        "/engagement/v3/callbacks/queue-status/x%27%20OR%20%271%27%3D%271", 404,
        "SERVICE_NOT_FOUND");
}

void TestBadInputHttp::methodsAndTypes_data()
{
    S::addColumns();
    const QByteArray ok = kGoodCreate;
    for (const char *method : {"GET", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"})
        ext(qPrintable(QStringLiteral("%1 on create").arg(method)), method, kCreate, kJson, ok, 405,
            "METHOD_NOT_ALLOWED");
    ext("POST on availability", "POST", "/engagement/v3/callbacks/availability/support", kJson, ok,
        405, "METHOD_NOT_ALLOWED");
    ext("unknown method", "BREW", kCreate, kJson, ok, 405, "METHOD_NOT_ALLOWED");
    ext("lower-case method", "post", kCreate, kJson, ok, 405, "METHOD_NOT_ALLOWED");
    const auto typed = [ok](const char *name, const QByteArray &type) {
        ext(name, "POST", kCreate, {"X-API-Key: {KEY}", type}, ok, 415, "UNSUPPORTED_MEDIA_TYPE");
    };
    typed("text/plain", "Content-Type: text/plain");
    typed("form", "Content-Type: application/x-www-form-urlencoded");
    typed("multipart", "Content-Type: multipart/form-data; boundary=x");
    typed("application/jsonx", "Content-Type: application/jsonx");
    typed("json in a list", "Content-Type: text/html, application/json");
    typed("empty Content-Type", "Content-Type:");
    ext("no Content-Type", "POST", kCreate, kKey, ok, 415, "UNSUPPORTED_MEDIA_TYPE");
}

void TestBadInputHttp::framing_data()
{
    S::addColumns();
    const QByteArray ok = kGoodCreate;
    const QByteArrayList noLength = kJson + QByteArrayList{kNoLength};
    // Content-Length shorter than the body: the request is the truncated JSON.
    ext("Content-Length too short", "POST", kCreate, kJson + QByteArrayList{"Content-Length: 20"},
        ok, 400, "INVALID_JSON");
    ext("Content-Length negative", "POST", kCreate, kJson + QByteArrayList{"Content-Length: -1"},
        ok, 400, "INVALID_REQUEST");
    ext("Content-Length not a number", "POST", kCreate,
        kJson + QByteArrayList{"Content-Length: 12abc"}, ok, 400, "INVALID_REQUEST");
    ext("two different Content-Lengths", "POST", kCreate,
        kJson + QByteArrayList{"Content-Length: 5", "Content-Length: 53"}, ok, 400,
        "INVALID_REQUEST");
    ext("Content-Length 10 MB, body not sent", "POST", kCreate,
        kJson + QByteArrayList{"Content-Length: 10485760"}, ok, 413, "PAYLOAD_TOO_LARGE");
    ext("Content-Length 2^64", "POST", kCreate,
        kJson + QByteArrayList{"Content-Length: 18446744073709551616"}, ok, 413,
        "PAYLOAD_TOO_LARGE");
    ext("body without Content-Length", "POST", kCreate, noLength, "{", 400, "INVALID_JSON");
    ext("chunked, broken JSON", "POST", kCreate,
        kJson + QByteArrayList{"Transfer-Encoding: chunked"}, "3\r\n{\"s\r\n0\r\n\r\n", 400,
        "INVALID_JSON");
    ext("chunked and Content-Length", "POST", kCreate,
        kJson + QByteArrayList{"Transfer-Encoding: chunked", "Content-Length: 3"},
        "1\r\n{\r\n0\r\n\r\n", 400, "INVALID_REQUEST");
    ext("chunked, bad size", "POST", kCreate, kJson + QByteArrayList{"Transfer-Encoding: chunked"},
        "zz\r\n{}\r\n0\r\n\r\n", 400, "INVALID_REQUEST");
    ext("chunk longer than its size", "POST", kCreate,
        kJson + QByteArrayList{"Transfer-Encoding: chunked"}, "1\r\n{}\r\n0\r\n\r\n", 400,
        "INVALID_REQUEST");
    ext("chunked over the limit", "POST", kCreate,
        kJson + QByteArrayList{"Transfer-Encoding: chunked"},
        ("4000\r\n" + QByteArray(0x4000, ' ') + "\r\n").repeated(6) + "0\r\n\r\n", 413,
        "PAYLOAD_TOO_LARGE");
    ext("unknown transfer coding", "POST", kCreate,
        kJson + QByteArrayList{"Transfer-Encoding: gzip"}, ok, 400, "INVALID_REQUEST");
}

void TestBadInputHttp::headers_data()
{
    S::addColumns();
    const QByteArray ok = kGoodCreate;
    const auto post = [ok](const char *name, const QByteArrayList &headers, int status,
                           const char *code) {
        ext(name, "POST", kCreate, headers, ok, status, code);
    };
    post("ccid", kJson + QByteArrayList{"ccid: globex"}, 400, "CCID_HEADER_NOT_ALLOWED");
    post("CCID upper case", kJson + QByteArrayList{"CCID: acme"}, 400, "CCID_HEADER_NOT_ALLOWED");
    post("ContactCenterID", kJson + QByteArrayList{"ContactCenterID: globex"}, 400,
         "CCID_HEADER_NOT_ALLOWED");
    post("contactcenterid empty", kJson + QByteArrayList{"contactcenterid:"}, 400,
         "CCID_HEADER_NOT_ALLOWED");
    post("ccid without a key", {"Content-Type: application/json", "ccid: acme"}, 400,
         "CCID_HEADER_NOT_ALLOWED");
    get("ccid on a GET", "/engagement/v3/callbacks/availability/support", 400,
        "CCID_HEADER_NOT_ALLOWED", kKey + QByteArrayList{"ccid: globex"});
    // CR LF inside a header value starts a new header: the injected one is refused.
    post("CRLF injects ccid",
         {"Content-Type: application/json", "X-API-Key: {KEY}\r\nccid: globex"}, 400,
         "CCID_HEADER_NOT_ALLOWED");
    // A bare CR or LF is not a line end here (RFC 9112 allows either reading): refused.
    post("bare LF injects ccid",
         {"Content-Type: application/json", "X-API-Key: {KEY}\nccid: globex"}, 400,
         "INVALID_REQUEST");
    post("bare CR in key", {"Content-Type: application/json", "X-API-Key: {KEY}\rccid: globex"},
         400, "INVALID_REQUEST");
    post("NUL in key", {"Content-Type: application/json", QByteArray("X-API-Key: ab\0cd", 16)}, 400,
         "INVALID_REQUEST");
    post("space in header name", {"Content-Type: application/json", "X API Key: {KEY}"}, 400,
         "INVALID_REQUEST");
    post("folded header line", {"Content-Type: application/json", "X-API-Key: x", " {KEY}"}, 400,
         "INVALID_REQUEST");
    post("header without colon", kJson + QByteArrayList{"garbage"}, 400, "INVALID_REQUEST");
    post("invalid UTF-8 key", {"Content-Type: application/json", "X-API-Key: \xC3\x28\xFF"}, 401,
         "API_KEY_INVALID");
    ext("60 KB header", "POST", kCreate, kJson + QByteArrayList{"X-Pad: " + QByteArray(60000, 'p')},
        "{", 400, "INVALID_JSON");
    post("headers over the limit", kJson + QByteArrayList{"X-Pad: " + QByteArray(70000, 'p')}, 431,
         "HEADERS_TOO_LARGE");
    QByteArrayList many = kJson;
    for (int i = 0; i < 2000; ++i)
        many << "X-H" + QByteArray::number(i) + ": v";
    post("2000 headers", many, 431, "HEADERS_TOO_LARGE");
    post("two Content-Types", kJson + QByteArrayList{"Content-Type: text/plain"}, 400,
         "INVALID_REQUEST");
    post("two Idempotency-Keys", kJson + QByteArrayList{"Idempotency-Key: a", "Idempotency-Key: b"},
         400, "INVALID_REQUEST");
    post("Idempotency-Key 300 chars",
         kJson + QByteArrayList{"Idempotency-Key: " + QByteArray(300, 'k')}, 400, "INVALID_FIELD");
    post("Idempotency-Key blank", kJson + QByteArrayList{"Idempotency-Key:  "}, 400,
         "INVALID_FIELD");
}

void TestBadInputHttp::keys_data()
{
    S::addColumns();
    const QByteArray ok = kGoodCreate;
    const auto keyed = [ok](const char *name, const QByteArrayList &keyHeaders, int status,
                            const char *code) {
        ext(name, "POST", kCreate, QByteArrayList{"Content-Type: application/json"} + keyHeaders,
            ok, status, code);
    };
    keyed("no key", {}, 401, "API_KEY_MISSING");
    keyed("empty key", {"X-API-Key:"}, 401, "API_KEY_MISSING");
    keyed("garbage key", {"X-API-Key: ges_wrongwrongwrongwrong"}, 401, "API_KEY_INVALID");
    keyed("key one character short", {"X-API-Key: {KEY}|"}, 401, "API_KEY_INVALID");
    keyed("revoked key", {"X-API-Key: {REVOKED}"}, 401, "API_KEY_INVALID");
    keyed("expired key", {"X-API-Key: {EXPIREDKEY}"}, 401, "API_KEY_INVALID");
    keyed("SQL key", {"X-API-Key: ' OR '1'='1"}, 401, "API_KEY_INVALID");
    keyed("10k key", {"X-API-Key: " + QByteArray(10000, 'k')}, 401, "API_KEY_INVALID");
    keyed("key as bearer", {"Authorization: Bearer {KEY}"}, 401, "API_KEY_MISSING");
    keyed("admin session as key", {"X-API-Key: {TOKEN}"}, 401, "API_KEY_INVALID");
    keyed("two keys", {"X-API-Key: {KEY}", "X-API-Key: {OTHERKEY}"}, 400, "INVALID_REQUEST");
    ext("key in the query", "POST", "/engagement/v3/callbacks/create?apiKey={KEY}",
        {"Content-Type: application/json"}, ok, 401, "API_KEY_MISSING");
    keyed("other tenant's key", {"X-API-Key: {OTHERKEY}"}, 404, "SERVICE_NOT_FOUND");
}

void TestBadInputHttp::queryParameters_data()
{
    S::addColumns();
    const QByteArray availability = "/engagement/v3/callbacks/availability/support?";
    get("numberOfDays=1e9", availability + "numberOfDays=1e9", 400, "INVALID_FIELD");
    get("numberOfDays=1000000000", availability + "numberOfDays=1000000000", 400, "INVALID_FIELD");
    get("numberOfDays=-1", availability + "numberOfDays=-1", 400, "INVALID_FIELD");
    get("maxTimeSlots=-1", availability + "maxTimeSlots=-1", 400, "INVALID_FIELD");
    get("maxTimeSlots=abc", availability + "maxTimeSlots=abc", 400, "INVALID_FIELD");
    get("timezone=../../etc/passwd", availability + "timezone=../../etc/passwd", 400,
        "INVALID_FIELD");
    get("timezone encoded path", availability + "timezone=..%2F..%2Fetc%2Fpasswd", 400,
        "INVALID_FIELD");
    get("timezone=Mars/Olympus", availability + "timezone=Mars/Olympus", 400, "INVALID_FIELD");
    get("timezone with CRLF", availability + "timezone=UTC%0D%0ASet-Cookie:%20x=1", 400,
        "INVALID_FIELD");
    get("start garbage", availability + "start=yesterday", 400, "INVALID_FIELD");
    get("start year 99999", availability + "start=99999-01-01T00:00:00Z", 400, "INVALID_FIELD");
    get("startMS negative", availability + "startMS=-5", 400, "INVALID_FIELD");
    get("startMS overflow", availability + "startMS=99999999999999999999", 400, "INVALID_FIELD");
    get("reportBusy=maybe", availability + "reportBusy=maybe", 400, "INVALID_FIELD");
    get("open-for timezone", "/engagement/v3/callbacks/open-for/support?timezone=Not/AZone", 400,
        "INVALID_FIELD");
    get("EWT without queues", "/engagement/v3/estimated-wait-time", 400, "MISSING_FIELD");
    get("EWT empty queues", "/engagement/v3/estimated-wait-time?virtual-queues=,,,", 400,
        "MISSING_FIELD");
    get("EWT mode9", "/engagement/v3/estimated-wait-time?virtual-queues=a&mode=mode9", 400,
        "INVALID_FIELD");
    QByteArray queues = "q0";
    for (int i = 1; i <= 100; ++i)
        queues += ",q" + QByteArray::number(i);
    get("EWT 101 queues", "/engagement/v3/estimated-wait-time?virtual-queues=" + queues, 400,
        "INVALID_FIELD");
    get("EWT one queue, bad mode",
        "/engagement/v3/estimated-wait-time/virtual-queues/support_VQ?mode=%27%20OR%201%3D1", 400,
        "INVALID_FIELD");
}

void TestBadInputHttp::tenMegabyteBodiesAreRefusedUnread()
{
    // Five 10 MiB creates, one after another: each answered 413 early, and the daemon's
    // resident memory does not grow by anything like 10 MiB per request.
    const QByteArray body(10 * 1024 * 1024, 'x');
    const RawHttp::Request request{"POST", kCreate, kJson, body, true};
    const QByteArray bytes = s.substitute(request.toBytes());
    const qint64 before = residentKiB(s.f.stack.gesd().pid());
    for (int i = 0; i < 5; ++i) {
        const HttpResponse response = RawHttp::send(s.port(Port::External), bytes);
        S::checkEnvelope(response, 413, QStringLiteral("PAYLOAD_TOO_LARGE"));
    }
    const qint64 grown = residentKiB(s.f.stack.gesd().pid()) - before;
    QVERIFY2(grown < 8 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(grown)));
}

void TestBadInputHttp::refusedMethodsAreNoMetricLabels()
{
    // Requests refused before QtHttpServer sees them (here a negative Content-Length) are
    // counted with their method; a caller-chosen method must not become a new series.
    const QByteArray stream = QByteArray("XQZWV7 ") + kCreate +
                              " HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n";
    S::checkEnvelope(RawHttp::send(s.port(Port::External), stream), 400,
                     QStringLiteral("INVALID_REQUEST"));
    const QByteArray metrics = HttpClient::get(s.f.stack.internalUrl("/metrics")).body;
    QVERIFY(!metrics.contains("XQZWV7"));
    QVERIFY(metrics.contains(
        R"(ges_http_requests_total{method="OTHER",route="rejected",code="400"})"));
}

QTEST_GUILESS_MAIN(TestBadInputHttp)
#include "tst_badinput_http.moc"
