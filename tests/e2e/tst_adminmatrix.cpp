// The role × endpoint matrix: every admin endpoint of shared/AdminEndpoints, called by a
// user of every role. Expectations come from the same table the daemon enforces, and every
// endpoint of it needs a request here, so an endpoint added later cannot be forgotten.
#include "E2eFixture.h"
#include "security/PasswordHasher.h"
#include "shared/AdminEndpoints.h"
#include "shared/ApiPaths.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

using namespace ges;
using namespace ges::test;

namespace {

struct Request
{
    QString path;
    QJsonObject body = {};
    int success = 200; // what an allowed role gets
};
using RequestMaker = std::function<Request()>;

struct RoleUser
{
    QString label;
    QStringList roles;
    QStringList tenants;
    bool devops = false;
};

const QList<RoleUser> &roleUsers()
{
    static const QList<RoleUser> users{
        {"administrator", {roles::Administrator}, {"acme"}},
        {"supervisor", {roles::Supervisor}, {"acme"}},
        {"monitor", {roles::Monitor}, {"acme"}},
        {"developer", {roles::Developer}, {"acme"}},
        {"devops", {"Platform Read Only"}, {}, true},
        {"no-role", {}, {"acme"}},
    };
    return users;
}

QString unique(const char *prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

} // namespace

class TestAdminMatrix : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyEndpointHasARequest();
    void roleMatrix_data();
    void roleMatrix();
    void otherTenantsAreForbidden_data();
    void otherTenantsAreForbidden();
    void openApiDocumentsEveryEndpointWithItsRoles();

private:
    void addUser(const QString &name, const QStringList &roles, const QStringList &tenants);
    QString freshCallback(const QJsonObject &extra = {});
    QString freshService();
    QString freshGroup();
    QString freshUser();
    QJsonObject groupBody(const QString &name) const;
    void buildRequests();

    E2eFixture f;
    QHash<QString, QString> m_sessions;      // role label → token
    QHash<QString, RequestMaker> m_requests; // "METHOD template" → request
};

void TestAdminMatrix::addUser(const QString &name, const QStringList &roles,
                              const QStringList &tenants)
{
    // A cheap hash: the cost of PBKDF2 is not what this test is about.
    const QString hash = PasswordHasher::hash(name + "-password", 1000);
    const auto array = [](const QStringList &list) {
        QStringList quoted;
        for (const QString &s : list)
            quoted << "'" + s + "'";
        return "ARRAY[" + quoted.join(',') + "]::text[]";
    };
    f.stack.postgres().psql(
        QStringLiteral("INSERT INTO users (name, password_hash, roles, tenants) "
                       "VALUES ('%1', '%2', %3, %4)")
            .arg(name, hash, array(roles), array(tenants)));
}

void TestAdminMatrix::initTestCase()
{
    // The GWS credentials below name loopback, which only an operator's list allows.
    f.stack.setEnv("GWS_ALLOWED_HOSTS", "127.0.0.1");
    QVERIFY(f.start());
    for (const RoleUser &user : roleUsers()) {
        addUser("matrix-" + user.label, user.roles, user.tenants);
        const QString token =
            f.stack.login("matrix-" + user.label, "matrix-" + user.label + "-password");
        QVERIFY2(!token.isEmpty(), qPrintable(user.label));
        m_sessions.insert(user.label, token);
    }
    buildRequests();
}

QString TestAdminMatrix::freshCallback(const QJsonObject &extra)
{
    QJsonObject body{{"serviceName", f.service},
                     {"phoneNumber", "+49301" + QString::number(QRandomGenerator::global()->bounded(
                                                    1000000, 9999999))}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return f.external("/engagement/v3/callbacks/create", body)
        .data()
        .toObject()
        .value("id")
        .toString();
}

QString TestAdminMatrix::freshService()
{
    return f.stack
        .createService(f.token, QJsonObject{{"tenant", f.tenant}, {"name", unique("svc-")}})
        .data()
        .toObject()
        .value("id")
        .toString();
}

QJsonObject TestAdminMatrix::groupBody(const QString &name) const
{
    return {{"tenant", f.tenant},
            {"name", name},
            {"phoneNumbers", QJsonArray{"+4930555000", "+4930555001"}},
            {"accessCodeLength", 6},
            {"expirySeconds", 600}};
}

QString TestAdminMatrix::freshGroup()
{
    return f.admin("POST", paths::AdminCallInGroups, groupBody(unique("grp-")))
        .data()
        .toObject()
        .value("id")
        .toString();
}

QString TestAdminMatrix::freshUser()
{
    const QString name = unique("user-");
    addUser(name, {roles::Monitor}, {f.tenant});
    return name;
}

void TestAdminMatrix::buildRequests()
{
    const QString acme = QStringLiteral("?tenant=acme");
    const auto add = [this](const char *method, const char *path, RequestMaker maker) {
        m_requests.insert(QString::fromLatin1(method) + u' ' + QLatin1String(path), maker);
    };
    const auto get = [&](const char *path, const QString &query = {}) {
        add("GET", path, [path, query] { return Request{QLatin1String(path) + query, {}}; });
    };
    using namespace paths;
    get(AdminSessions);
    add("DELETE", AdminSession, [this] {
        // A session of an acme user, which acme's administrator may end.
        const QString user = freshUser();
        const QString token = f.stack.login(user, user + "-password");
        return Request{
            with(AdminSession,
                 QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex())};
    });
    get(AdminUsers);
    add("POST", AdminUsers, [this] {
        return Request{AdminUsers,
                       {{"name", unique("new-")},
                        {"password", "a long enough password"},
                        {"roles", QJsonArray{roles::Monitor}},
                        {"tenants", QJsonArray{f.tenant}}}};
    });
    add("GET", AdminUser, [] { return Request{with(AdminUser, "matrix-monitor")}; });
    add("PUT", AdminUser, [this] {
        return Request{with(AdminUser, freshUser()), {{"roles", QJsonArray{roles::Supervisor}}}};
    });
    add("POST", AdminUserPassword, [this] {
        return Request{with(AdminUserPassword, freshUser()),
                       {{"password", "another long password"}}};
    });
    get(AdminCallbacks, acme);
    add("POST", AdminCallbacks, [this] {
        return Request{
            AdminCallbacks,
            {{"tenant", f.tenant},
             {"serviceName", f.service},
             {"phoneNumber",
              "+4930777" + QString::number(QRandomGenerator::global()->bounded(1000, 9999))}}};
    });
    add("GET", AdminCallback, [this] { return Request{with(AdminCallback, freshCallback())}; });
    add("PUT", AdminCallbackUserData, [this] {
        return Request{with(AdminCallbackUserData, freshCallback()),
                       {{"userData", QJsonObject{{"orderId", "A-1"}}}}};
    });
    add("POST", AdminCallbackReschedule, [this] {
        const QDateTime in2h = QDateTime::currentDateTimeUtc().addSecs(7200);
        const QString id = freshCallback({{"desiredTime", in2h.toString(Qt::ISODateWithMs)}});
        return Request{with(AdminCallbackReschedule, id),
                       {{"desiredTime", in2h.addSecs(3600).toString(Qt::ISODateWithMs)}}};
    });
    add("POST", AdminCallbackCancel,
        [this] { return Request{with(AdminCallbackCancel, freshCallback())}; });
    add("POST", AdminCallbacksBulkCancel, [this] {
        return Request{
            AdminCallbacksBulkCancel,
            {{"tenant", f.tenant}, {"ids", QJsonArray{freshCallback()}}, {"dryRun", true}}};
    });
    get(AdminCallbacksExport, acme + "&format=json");
    get(AdminAvailability, acme + "&service=" + f.service);
    get(AdminQueues, acme);
    get(AdminApiKeys, acme);
    add("POST", AdminApiKeys, [this] {
        return Request{AdminApiKeys, {{"tenant", f.tenant}, {"name", "matrix"}}};
    });
    add("DELETE", AdminApiKey, [this] {
        const auto created = f.admin("POST", AdminApiKeys, {{"tenant", f.tenant}, {"name", "x"}});
        return Request{with(AdminApiKey, created.data().toObject().value("id").toString())};
    });
    add("POST", AdminApiKeysValidate, [this] {
        return Request{AdminApiKeysValidate, {{"key", f.apiKey}}};
    });
    get(AdminRequestLog, acme);
    get(AdminGwsCredentials, acme);
    const QJsonObject credentials{{"clientId", "ges-client"},
                                  {"clientSecret", "s3cret-value"},
                                  {"urls", QJsonObject{{"auth", "http://127.0.0.1:1/auth"},
                                                       {"stats", "http://127.0.0.1:1/stats"}}}};
    add("PUT", AdminGwsCredential, [credentials] {
        return Request{with(AdminGwsCredential, "acme"), credentials};
    });
    add("DELETE", AdminGwsCredential, [this, credentials] {
        f.admin("PUT", with(AdminGwsCredential, "acme"), credentials);
        return Request{with(AdminGwsCredential, "acme")};
    });
    // Nothing listens on port 1: the test completes with a negative verdict, still a 200.
    add("POST", AdminGwsCredentialTest, [this, credentials] {
        f.admin("PUT", with(AdminGwsCredential, "acme"), credentials);
        return Request{with(AdminGwsCredentialTest, "acme")};
    });
    get(AdminServices, acme);
    add("POST", AdminServices, [this] {
        QJsonObject body = f.admin("GET", with(AdminService, freshService())).data().toObject();
        body.remove("id");
        body.insert("name", unique("svc-"));
        return Request{AdminServices, body};
    });
    add("GET", AdminService, [this] { return Request{with(AdminService, freshService())}; });
    add("PUT", AdminService, [this] {
        const QString id = freshService();
        QJsonObject body = f.admin("GET", with(AdminService, id)).data().toObject();
        body.insert("slotCapacity", 5);
        return Request{with(AdminService, id), body};
    });
    add("DELETE", AdminService, [this] { return Request{with(AdminService, freshService())}; });
    get(AdminCallInGroups, acme);
    add("POST", AdminCallInGroups, [this] {
        return Request{AdminCallInGroups, groupBody(unique("grp-"))};
    });
    add("GET", AdminCallInGroup, [this] { return Request{with(AdminCallInGroup, freshGroup())}; });
    add("PUT", AdminCallInGroup, [this] {
        return Request{with(AdminCallInGroup, freshGroup()), groupBody(unique("grp-"))};
    });
    add("DELETE", AdminCallInGroup,
        [this] { return Request{with(AdminCallInGroup, freshGroup())}; });
    get(AdminCallInRequests, acme + "&state=LIVE");
    get(AdminConfigExport, acme);
    add("POST", AdminConfigImport, [] {
        return Request{QString::fromLatin1(AdminConfigImport) + "?tenant=acme&dryRun=true",
                       {{"services", QJsonArray()}}};
    });
    get(AdminAuditLog);
    add("POST", AdminGdprErase, [this] {
        return Request{AdminGdprErase, {{"phoneNumber", "+4930999888777"}, {"tenant", f.tenant}}};
    });
}

void TestAdminMatrix::everyEndpointHasARequest()
{
    for (const AdminEndpoint &endpoint : adminEndpoints()) {
        const QString key = QString::fromLatin1(endpoint.method) + u' ' + endpoint.path;
        QVERIFY2(m_requests.contains(key), qPrintable("no request for " + key + "; add one"));
    }
    QCOMPARE(m_requests.size(), adminEndpoints().size());
}

void TestAdminMatrix::roleMatrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pathTemplate");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("allowed");
    for (const AdminEndpoint &endpoint : adminEndpoints())
        for (const RoleUser &user : roleUsers())
            QTest::addRow("%s %s as %s", endpoint.method.constData(), qPrintable(endpoint.path),
                          qPrintable(user.label))
                << endpoint.method << endpoint.path << user.label
                << holds(user.roles, user.devops, endpoint.permission);
}

void TestAdminMatrix::roleMatrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pathTemplate);
    QFETCH(QString, role);
    QFETCH(bool, allowed);
    const RequestMaker maker = m_requests.value(QString::fromLatin1(method) + u' ' + pathTemplate);
    QVERIFY2(maker, "no request for this endpoint");
    const Request request = maker();
    const HttpResponse response = f.admin(method, request.path, request.body, m_sessions[role]);
    const QByteArray context = method + ' ' + request.path.toUtf8() + " → " +
                               QByteArray::number(response.status) + ' ' + response.body.left(300);
    if (allowed) {
        QVERIFY2(response.status == request.success, context.constData());
    } else {
        QVERIFY2(response.status == 403, context.constData());
        QCOMPARE(response.errorCode(), QStringLiteral("FORBIDDEN"));
    }
}

void TestAdminMatrix::otherTenantsAreForbidden_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("callbacks of acme")
        << QByteArray("GET") << "/ges/v1/admin/callbacks?tenant=acme" << QJsonObject();
    QTest::newRow("services of acme")
        << QByteArray("GET") << "/ges/v1/admin/services?tenant=acme" << QJsonObject();
    QTest::newRow("a service for acme")
        << QByteArray("POST") << "/ges/v1/admin/services"
        << QJsonObject{{"tenant", "acme"}, {"name", "intruder"}, {"virtualQueue", "vq"}};
    QTest::newRow("export of acme")
        << QByteArray("GET") << "/ges/v1/admin/config/export?tenant=acme" << QJsonObject();
    QTest::newRow("a key for acme") << QByteArray("POST") << "/ges/v1/admin/api-keys"
                                    << QJsonObject{{"tenant", "acme"}, {"name", "x"}};
}

void TestAdminMatrix::otherTenantsAreForbidden()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    static QString outsider;
    if (outsider.isEmpty()) {
        addUser("matrix-outsider", {roles::Administrator, roles::Developer}, {"globex"});
        outsider = f.stack.login("matrix-outsider", "matrix-outsider-password");
    }
    QVERIFY(!outsider.isEmpty());
    const HttpResponse response = f.admin(method, path, body, outsider);
    QCOMPARE(response.status, 403);
    QCOMPARE(response.errorCode(), QStringLiteral("FORBIDDEN"));
}

// docs/openapi.yaml must describe every admin endpoint, with `x-ges-roles` naming exactly
// the roles of the table (and DevOps where it may read). Read line by line: paths are
// indented two spaces, methods four, an operation's fields six.
void TestAdminMatrix::openApiDocumentsEveryEndpointWithItsRoles()
{
    QFile file(QStringLiteral(GES_SOURCE_DIR "/docs/openapi.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QHash<QString, QStringList> documented; // "METHOD path" → roles
    QString path;
    QString method;
    static const QRegularExpression pathLine(QStringLiteral("^  (/\\S+):\\s*$"));
    static const QRegularExpression methodLine(
        QStringLiteral("^    (get|put|post|delete|patch):\\s*$"));
    static const QRegularExpression rolesLine(
        QStringLiteral("^      x-ges-roles: \\[(.*)\\]\\s*$"));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        if (const auto m = pathLine.match(line); m.hasMatch()) {
            path = m.captured(1);
            method.clear();
        } else if (const auto m = methodLine.match(line); m.hasMatch()) {
            method = m.captured(1).toUpper();
            documented.insert(method + u' ' + path, {});
        } else if (const auto m = rolesLine.match(line); m.hasMatch() && !method.isEmpty()) {
            QStringList roles;
            for (const QString &role : m.captured(1).split(u','))
                roles << role.trimmed();
            roles.sort();
            documented.insert(method + u' ' + path, roles);
        }
    }
    QStringList problems;
    for (const AdminEndpoint &endpoint : adminEndpoints()) {
        const QString key = QString::fromLatin1(endpoint.method) + u' ' + endpoint.path;
        const PermissionGrant &grant = grantOf(endpoint.permission);
        QStringList expected = grant.roles;
        if (grant.devopsMay)
            expected << roles::DevOps;
        expected.sort();
        if (!documented.contains(key))
            problems << key + " is missing";
        else if (documented.value(key) != expected)
            problems << key + ": x-ges-roles [" + documented.value(key).join(", ") +
                            "], the table says [" + expected.join(", ") + "]";
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join("\n")));
}

QTEST_GUILESS_MAIN(TestAdminMatrix)
#include "tst_adminmatrix.moc"
