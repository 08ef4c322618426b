#pragma once
// Shared by the bad-input suites (tst_badinput_*.cpp, docs/reliability.md "Bad input"): a
// started stack with the principals hostile requests need (another tenant's key, revoked
// and expired keys, ended and expired sessions, a read-only user), the data-driven row
// format, and the checks every row gets: the right status and errorCode in an API.md
// envelope, and afterwards the daemon alive and nothing written.
#include "E2eFixture.h"
#include "RawHttp.h"

#include <QByteArrayList>
#include <QCryptographicHash>
#include <QJsonArray>

namespace ges::test {

enum class Port
{
    External,
    Internal
};

// Header lines most rows start from; {KEY} etc. are replaced when the row is sent.
inline const QByteArrayList kJson{"Content-Type: application/json", "X-API-Key: {KEY}"};
inline const QByteArrayList kKey{"X-API-Key: {KEY}"};
inline const QByteArrayList kAdmin{"Content-Type: application/json",
                                   "Authorization: Bearer {TOKEN}"};
// A pseudo header line: send the row without a Content-Length of our own.
inline const QByteArray kNoLength = "{NOLENGTH}";

inline constexpr char kCreate[] = "/engagement/v3/callbacks/create";
inline constexpr char kGoodCreate[] = R"({"serviceName":"support","phoneNumber":"+4930555555"})";

class BadInputSuite
{
public:
    E2eFixture f;
    QString otherKey;     // tenant "globex"
    QString revokedKey;   // acme, revoked through the admin API
    QString expiredKey;   // acme, expired in PostgreSQL (never used, so never cached)
    QString endedToken;   // logged out
    QString expiredToken; // its Redis session let run out
    QString monitorToken; // Callback Monitor of acme: reads only
    QString callbackId;   // an acme callback made before the rows run

    bool start()
    {
        if (!f.start() || !f.stack.createService(f.token, "globex", "other"))
            return false;
        otherKey = f.stack.createApiKey(f.token, "globex");
        revokedKey = f.stack.createApiKey(f.token, f.tenant);
        expiredKey = f.stack.createApiKey(f.token, f.tenant);
        const QString revokedId = keyId(revokedKey);
        if (otherKey.isEmpty() || revokedId.isEmpty() ||
            f.admin("DELETE", "/ges/v1/admin/api-keys/" + revokedId).status != 200)
            return false;
        f.stack.postgres().psql("UPDATE api_keys SET expires_at = now() - interval '1 minute' "
                                "WHERE id = '" +
                                keyId(expiredKey) + "'");
        endedToken = f.stack.login();
        if (f.admin("POST", "/ges/v1/auth/logout", {}, endedToken).status != 200)
            return false;
        expiredToken = f.stack.login();
        // Sessions live as Redis keys with a TTL (SessionStore); letting one run out is
        // what 20 idle minutes do.
        f.stack.redis().cli({"PEXPIRE", "ges:session:" + sessionId(expiredToken), "1"});
        const auto user = f.admin("POST", "/ges/v1/admin/users",
                                  {{"name", "monitor@acme"},
                                   {"password", "monitor-password-1"},
                                   {"roles", QJsonArray{"Callback Monitor"}},
                                   {"tenants", QJsonArray{f.tenant}}});
        monitorToken = f.stack.login("monitor@acme", "monitor-password-1");
        callbackId = f.createCallback("+4930111222").data().toObject().value("id").toString();
        m_baseline = fingerprint();
        return user.status == 200 && !monitorToken.isEmpty() && !callbackId.isEmpty();
    }

    // Rows: name, port, method, request-target, header lines, body, status, errorCode.
    static void addColumns()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArrayList>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorCode");
    }
    static void row(const char *name, Port port, const QByteArray &method, const QByteArray &target,
                    const QByteArrayList &headers, const QByteArray &body, int status,
                    const char *errorCode)
    {
        QTest::newRow(name) << int(port) << method << target << headers << body << status
                            << QString::fromLatin1(errorCode);
    }
    // The most common row: a create on the external port with a JSON body.
    static void create(const char *name, const QByteArray &body, int status, const char *errorCode)
    {
        row(name, Port::External, "POST", kCreate, kJson, body, status, errorCode);
    }

    QByteArray substitute(QByteArray text) const
    {
        return text.replace("{KEY}", f.apiKey.toUtf8())
            .replace("{OTHERKEY}", otherKey.toUtf8())
            .replace("{REVOKED}", revokedKey.toUtf8())
            .replace("{EXPIREDKEY}", expiredKey.toUtf8())
            .replace("{TOKEN}", f.token.toUtf8())
            .replace("{ENDED}", endedToken.toUtf8())
            .replace("{STALE}", expiredToken.toUtf8())
            .replace("{MONITOR}", monitorToken.toUtf8())
            .replace("{ROUTING}", f.stack.routingToken().toUtf8())
            .replace("{CB}", callbackId.toUtf8());
    }

    quint16 port(Port which) const
    {
        return quint16(
            QUrl(which == Port::External ? f.stack.externalUrl() : f.stack.internalUrl()).port());
    }

    // Sends the current row and checks its answer (call from the test function).
    void runRow()
    {
        QFETCH(int, port);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArrayList, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, errorCode);
        RawHttp::Request request{method, substitute(target), {}, substitute(body), true};
        for (const QByteArray &line : std::as_const(headers)) {
            if (line == kNoLength)
                request.autoLength = false;
            else
                request.headers << substitute(line);
        }
        const HttpResponse response = RawHttp::send(this->port(Port(port)), request);
        checkEnvelope(response, status, errorCode);
    }

    static void checkEnvelope(const HttpResponse &response, int status, const QString &errorCode)
    {
        QVERIFY2(response.status != 0, qPrintable("no answer: " + response.error));
        const QString got = QStringLiteral("%1 %2").arg(response.status).arg(response.errorCode());
        QVERIFY2(response.status == status && response.errorCode() == errorCode,
                 qPrintable(QStringLiteral("want %1 %2, got %3; body: %4")
                                .arg(status)
                                .arg(errorCode, got, QString::fromUtf8(response.body.left(300)))));
        QVERIFY2(response.header("Content-Type").startsWith("application/json"),
                 response.header("Content-Type").constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(),
                 response.body.left(300).constData());
        const QJsonObject envelope = doc.object().value("status").toObject();
        QCOMPARE(envelope.value("code").toInt(), status);
        QVERIFY(!envelope.value("message").toString().isEmpty());
        QVERIFY(!envelope.value("corrId").toString().isEmpty());
        QVERIFY2(response.header("Set-Cookie").isEmpty(), "a header was injected");
        QCOMPARE(QString::fromLatin1(response.header("X-Correlation-Id")),
                 envelope.value("corrId").toString());
    }

    // Everything a hostile request must not change: callbacks and call-in requests (rows
    // and their states), keys, services, users.
    QString fingerprint()
    {
        return f.stack.postgres().psql(
            "SELECT (SELECT count(*) || '/' || coalesce(md5(string_agg(id::text || state || "
            "updated_at::text || user_data::text, ',' ORDER BY id)), '-') FROM callbacks) || ' ' "
            "|| "
            "(SELECT count(*) || '/' || coalesce(md5(string_agg(id::text || state, ',' ORDER BY "
            "id)), '-') FROM call_in_requests) || ' ' || "
            "(SELECT count(*) || '/' || count(revoked_at) FROM api_keys) || ' ' || "
            "(SELECT count(*) FROM services) || ' ' || (SELECT count(*) FROM users)");
    }

    // Compares with the fingerprint taken before; a change fails the current row only.
    void checkNothingWritten()
    {
        const QString now = fingerprint();
        const QString before = std::exchange(m_baseline, now);
        QCOMPARE(now, before);
    }

    void rebaseline() { m_baseline = fingerprint(); }

    bool alive()
    {
        return HttpClient::get(f.stack.internalUrl("/ges/v1/health")).status == 200 &&
               f.stack.gesd().isRunning();
    }

private:
    QString m_baseline;

    QString keyId(const QString &key)
    {
        return f.stack.postgres().psql(
            "SELECT id FROM api_keys WHERE key_hash = decode('" +
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex() +
            "', 'hex')");
    }
    static QByteArray sessionId(const QString &token)
    {
        return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
    }
};

} // namespace ges::test
