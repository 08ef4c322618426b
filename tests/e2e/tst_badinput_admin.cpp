// Bad input, part 3: the internal port (docs/reliability.md "Bad input"): admin API with
// missing, malformed, ended and expired sessions and a role too weak, the routing API with
// a wrong token, login with hostile credentials, hostile admin bodies and paths.
#include "BadInputSuite.h"

using namespace ges::test;

class TestBadInputAdmin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void sessions_data();
    void sessions() { s.runRow(); }
    void routing_data();
    void routing() { s.runRow(); }
    void login_data();
    void login() { s.runRow(); }
    void adminRequests_data();
    void adminRequests() { s.runRow(); }

private:
    BadInputSuite s;
};

namespace {
using S = BadInputSuite;

void internal(const char *name, const QByteArray &method, const QByteArray &target,
              const QByteArrayList &headers, const QByteArray &body, int status, const char *code)
{
    S::row(name, Port::Internal, method, target, headers, body, status, code);
}

constexpr char kUsers[] = "/ges/v1/admin/users";
constexpr char kServices[] = "/ges/v1/admin/services";
constexpr char kGoodService[] =
    R"({"tenant":"acme","name":"new","virtualQueue":"new_VQ","timeZone":"UTC","officeHours":[]})";
} // namespace

void TestBadInputAdmin::initTestCase()
{
    QVERIFY(s.start());
}

void TestBadInputAdmin::cleanup()
{
    QVERIFY2(s.alive(), "gesd died");
    s.checkNothingWritten();
}

void TestBadInputAdmin::sessions_data()
{
    S::addColumns();
    const auto users = [](const char *name, const QByteArrayList &auth, int status = 401,
                          const char *code = "UNAUTHORIZED") {
        internal(name, "GET", kUsers, auth, {}, status, code);
    };
    users("no Authorization", {});
    users("empty bearer", {"Authorization: Bearer "});
    users("Basic credentials", {"Authorization: Basic YWRtaW46YWRtaW4="});
    users("bearer without space", {"Authorization: Bearer{TOKEN}"});
    users("token with a suffix", {"Authorization: Bearer {TOKEN}x"});
    users("token cut short", {"Authorization: Bearer {TOKEN}|"});
    users("300-character token", {"Authorization: Bearer " + QByteArray(300, 't')});
    users("ended session (logged out)", {"Authorization: Bearer {ENDED}"});
    users("expired session", {"Authorization: Bearer {STALE}"});
    users("API key as bearer", {"Authorization: Bearer {KEY}"});
    users("routing token as session", {"Authorization: Bearer {ROUTING}"});
    users("SQL token", {"Authorization: Bearer ' OR 1=1 --"});
    users("invalid UTF-8 token", {"Authorization: Bearer \xC3\x28\xFF\xFE"});
    internal("session in the query", "GET", "/ges/v1/admin/users?token={TOKEN}", {}, {}, 401,
             "UNAUTHORIZED");
    internal("logout with an ended session", "POST", "/ges/v1/auth/logout",
             {"Authorization: Bearer {ENDED}"}, {}, 401, "UNAUTHORIZED");
    internal("create service with an expired session", "POST", kServices,
             {"Content-Type: application/json", "Authorization: Bearer {STALE}"}, kGoodService, 401,
             "UNAUTHORIZED");
    // A Callback Monitor may look, not change.
    internal("monitor creates a user", "POST", kUsers,
             {"Content-Type: application/json", "Authorization: Bearer {MONITOR}"},
             R"({"name":"x","password":"long-enough-1","roles":[],"tenants":[]})", 403,
             "FORBIDDEN");
    internal("monitor cancels a callback", "POST", "/ges/v1/admin/callbacks/{CB}/cancel",
             {"Content-Type: application/json", "Authorization: Bearer {MONITOR}"}, "{}", 403,
             "FORBIDDEN");
    internal("monitor creates an API key", "POST", "/ges/v1/admin/api-keys",
             {"Content-Type: application/json", "Authorization: Bearer {MONITOR}"},
             R"({"tenant":"acme","name":"k"})", 403, "FORBIDDEN");
}

void TestBadInputAdmin::routing_data()
{
    S::addColumns();
    const QByteArray state = "/ges/v1/routing/callbacks/{CB}/state";
    const QByteArray routing = R"({"callbackState":"ROUTING"})";
    const auto report = [](const char *name, const QByteArray &target, const QByteArrayList &auth,
                           const QByteArray &body, int status, const char *code) {
        internal(name, "POST", target, QByteArrayList{"Content-Type: application/json"} + auth,
                 body, status, code);
    };
    report("no routing token", state, {}, routing, 401, "UNAUTHORIZED");
    report("wrong routing token", state, {"Authorization: Bearer not-the-token"}, routing, 401,
           "UNAUTHORIZED");
    report("routing token plus a character", state, {"Authorization: Bearer {ROUTING}x"}, routing,
           401, "UNAUTHORIZED");
    report("admin session as routing token", state, {"Authorization: Bearer {TOKEN}"}, routing, 401,
           "UNAUTHORIZED");
    report("routing token as API key", state, {"X-API-Key: {ROUTING}"}, routing, 401,
           "UNAUTHORIZED");
    const QByteArrayList good{"Authorization: Bearer {ROUTING}"};
    report("broken JSON", state, good, R"({"callbackState":)", 400, "INVALID_JSON");
    report("unknown state", state, good, R"({"callbackState":"FLYING"})", 400, "INVALID_FIELD");
    report("state number", state, good, R"({"callbackState":3})", 400, "INVALID_FIELD");
    report("back to SCHEDULED", state, good, R"({"callbackState":"SCHEDULED"})", 400,
           "INVALID_FIELD");
    report("COMPLETED without reason", state, good, R"({"callbackState":"COMPLETED"})", 400,
           "INVALID_FIELD");
    report(
        "COMPLETED, SQL reason", state, good,
        R"({"callbackState":"COMPLETED","callbackReason":"CONNECTED'; DROP TABLE callbacks;--"})",
        400, "INVALID_FIELD");
    report("skips to PROCESSING", state, good, R"({"callbackState":"PROCESSING"})", 409,
           "INVALID_STATE");
    report("unknown callback",
           "/ges/v1/routing/callbacks/00000000-0000-0000-0000-000000000000/state", good, routing,
           404, "NOT_FOUND");
    report("SQL callback id",
           "/ges/v1/routing/callbacks/%27%3B%20DROP%20TABLE%20callbacks%3B--/state", good, routing,
           404, "NOT_FOUND");
    internal("text body", "POST", state,
             {"Authorization: Bearer {ROUTING}", "Content-Type: text/plain"}, routing, 415,
             "UNSUPPORTED_MEDIA_TYPE");
}

void TestBadInputAdmin::login_data()
{
    S::addColumns();
    const auto login = [](const char *name, const QByteArray &body, int status, const char *code) {
        internal(name, "POST", "/ges/v1/auth/login", {"Content-Type: application/json"}, body,
                 status, code);
    };
    login("broken JSON", R"({"username":"admin")", 400, "INVALID_JSON");
    login("no password", R"({"username":"admin"})", 400, "MISSING_FIELD");
    login("username number", R"({"username":1,"password":"x"})", 400, "MISSING_FIELD");
    login("10k password", R"({"username":"admin","password":")" + QByteArray(10000, 'p') + "\"}",
          400, "MISSING_FIELD");
    login("SQL username", R"({"username":"admin' --","password":"x"})", 401, "INVALID_CREDENTIALS");
    login("SQL password", R"({"username":"nobody","password":"' OR '1'='1"})", 401,
          "INVALID_CREDENTIALS");
    internal("login as form", "POST", "/ges/v1/auth/login",
             {"Content-Type: application/x-www-form-urlencoded"}, "username=admin&password=x", 415,
             "UNSUPPORTED_MEDIA_TYPE");
}

void TestBadInputAdmin::adminRequests_data()
{
    S::addColumns();
    const auto admin = [](const char *name, const QByteArray &method, const QByteArray &target,
                          const QByteArray &body, int status, const char *code) {
        internal(name, method, target, kAdmin, body, status, code);
    };
    admin("service: broken JSON", "POST", kServices, "{\"tenant\":", 400, "INVALID_JSON");
    admin("service: deep nesting", "POST", kServices, QByteArray(10000, '['), 400, "INVALID_JSON");
    admin("service: slotCapacity string", "POST", kServices,
          R"({"tenant":"acme","name":"n","virtualQueue":"v","timeZone":"UTC","slotCapacity":"9"})",
          400, "INVALID_FIELD");
    admin("service: time zone path", "POST", kServices,
          R"({"tenant":"acme","name":"n","virtualQueue":"v","timeZone":"../../etc/passwd"})", 400,
          "INVALID_FIELD");
    admin(
        "service: SQL name", "POST", kServices,
        R"({"tenant":"acme","name":"x'; DROP TABLE services;--","virtualQueue":"v","timeZone":"UTC"})",
        400, "INVALID_FIELD");
    admin("user: SQL name in path", "PUT",
          "/ges/v1/admin/users/x%27%3B%20DROP%20TABLE%20users%3B--",
          R"({"roles":["Callback Monitor"],"tenants":["acme"]})", 404, "NOT_FOUND");
    admin("callback: SQL id", "GET", "/ges/v1/admin/callbacks/%27%20OR%20%271%27%3D%271", {}, 404,
          "NOT_FOUND");
    admin("callback: path trick id", "GET", "/ges/v1/admin/callbacks/..%2F..%2Fusers", {}, 404,
          "NOT_FOUND");
    admin("callbacks: limit=-1", "GET", "/ges/v1/admin/callbacks?limit=-1", {}, 400,
          "INVALID_FIELD");
    admin("callbacks: limit=1e9", "GET", "/ges/v1/admin/callbacks?limit=1e9", {}, 400,
          "INVALID_FIELD");
    admin("callbacks: forged cursor", "GET", "/ges/v1/admin/callbacks?cursor=%27%3B--", {}, 400,
          "INVALID_FIELD");
    admin("callbacks: SQL state", "GET", "/ges/v1/admin/callbacks?state=QUEUED%27%20OR%201%3D1", {},
          400, "INVALID_FIELD");
    admin("callbacks: SQL phone", "GET", "/ges/v1/admin/callbacks?phone=1%27%20OR%201%3D1", {}, 400,
          "INVALID_FIELD");
    admin("dot-dot to users", "GET", "/ges/v1/admin/callbacks/../users", {}, 404, "NOT_FOUND");
    admin("upper-case admin path", "GET", "/ges/v1/ADMIN/users", {}, 404, "NOT_FOUND");
    admin("trailing slash", "GET", "/ges/v1/admin/users/", {}, 404, "NOT_FOUND");
    admin("external path on internal port", "POST", kCreate, kGoodCreate, 404, "NOT_FOUND");
    admin("DELETE on users list", "DELETE", kUsers, {}, 405, "METHOD_NOT_ALLOWED");
    admin("bulk cancel: broken JSON", "POST", "/ges/v1/admin/callbacks/bulk-cancel", "{", 400,
          "INVALID_JSON");
    admin("services: 100 KB body", "POST", kServices,
          R"({"tenant":"acme","name":")" + QByteArray(100000, 'n') + "\"}", 413,
          "PAYLOAD_TOO_LARGE");
}

QTEST_GUILESS_MAIN(TestBadInputAdmin)
#include "tst_badinput_admin.moc"
