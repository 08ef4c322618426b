// Users, sessions, login throttling, the audit log and the GDPR erase, end to end against
// the real gesd, Redis and PostgreSQL; effects are checked in the stores themselves.
#include "E2eFixture.h"
#include "shared/IsoTime.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace ges::test;

class TestAdminUsers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void createValidatesAndNeverShowsTheHash();
    void tenantAdministratorStaysInsideTheirTenants();
    void administratorCannotLockThemselvesOut();
    void sessionsAreListedWithoutTokens();
    void forcedLogoutEndsTheSessionAtOnce();
    void disablingEndsSessionsAndRefusesLogin();
    void passwordResetEndsSessions();
    void roleChangeAppliesToLiveSessions();
    void failedLoginsPerUserAreThrottled();
    void successfulLoginClearsTheUserCounter();
    void failedLoginsPerAddressAreThrottled();
    void auditLogPagesAndScopesByTenant();
    void gdprDryRunChangesNothing();
    void gdprEraseRemovesRowsAndKeys();
    void gdprEraseValidatesAndScopes();

private:
    HttpResponse admin(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                       const QString &token = {});
    HttpResponse login(const QString &user, const QString &password);
    HttpResponse createUser(const QString &name, const QStringList &roles,
                            const QStringList &tenants, const QString &token = {});
    QString redis(const QStringList &args)
    {
        return QString::fromUtf8(f.stack.redis().cli(args)).trimmed();
    }
    QString sql(const QString &statement) { return f.stack.postgres().psql(statement).trimmed(); }
    void resetThrottle();
    QList<QJsonObject> auditEntries(const QString &query, const QString &token = {});

    E2eFixture f;
    const QString password = QStringLiteral("correct horse battery");
};

HttpResponse TestAdminUsers::admin(const QByteArray &method, const QString &path,
                                   const QJsonObject &body, const QString &token)
{
    return f.admin(method, path, body, token);
}

HttpResponse TestAdminUsers::login(const QString &user, const QString &pw)
{
    return HttpClient::postJson(f.stack.internalUrl("/ges/v1/auth/login"),
                                {{"username", user}, {"password", pw}});
}

HttpResponse TestAdminUsers::createUser(const QString &name, const QStringList &roles,
                                        const QStringList &tenants, const QString &token)
{
    return admin("POST", "/ges/v1/admin/users",
                 {{"name", name},
                  {"password", password},
                  {"roles", QJsonArray::fromStringList(roles)},
                  {"tenants", QJsonArray::fromStringList(tenants)}},
                 token);
}

void TestAdminUsers::resetThrottle()
{
    const QString keys = redis({"--scan", "--pattern", "ges:login-fail:*"});
    for (const QString &key : keys.split(u'\n', Qt::SkipEmptyParts))
        redis({"DEL", key.trimmed()});
}

QList<QJsonObject> TestAdminUsers::auditEntries(const QString &query, const QString &token)
{
    QList<QJsonObject> entries;
    const auto response = admin("GET", "/ges/v1/admin/audit-log" + query, {}, token);
    for (const QJsonValue &v : response.data().toObject().value("entries").toArray())
        entries << v.toObject();
    return entries;
}

void TestAdminUsers::initTestCase()
{
    QVERIFY(f.start());
}

void TestAdminUsers::init()
{
    resetThrottle(); // every test logs in from 127.0.0.1: start each with a fresh budget
}

void TestAdminUsers::createValidatesAndNeverShowsTheHash()
{
    const QList<QPair<QJsonObject, QString>> bad{
        {{{"name", "bad name"},
          {"password", password},
          {"roles", QJsonArray{"Developer"}},
          {"tenants", QJsonArray{"acme"}}},
         "name"},
        {{{"name", "shorty"},
          {"password", "short"},
          {"roles", QJsonArray{"Developer"}},
          {"tenants", QJsonArray{"acme"}}},
         "password"},
        {{{"name", "norole"},
          {"password", password},
          {"roles", QJsonArray{"Emperor"}},
          {"tenants", QJsonArray{"acme"}}},
         "roles"},
        {{{"name", "badtenant"},
          {"password", password},
          {"roles", QJsonArray{"Developer"}},
          {"tenants", QJsonArray{"a,b"}}},
         "tenants"},
        {{{"name", QString(65, u'x')},
          {"password", password},
          {"roles", QJsonArray{"Developer"}},
          {"tenants", QJsonArray{"acme"}}},
         "name"},
    };
    for (const auto &[body, field] : bad) {
        const auto response = admin("POST", "/ges/v1/admin/users", body);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.errorCode(), QStringLiteral("INVALID_FIELD"));
        QVERIFY2(response.body.contains(field.toUtf8()), response.body);
    }
    const auto missing = admin("POST", "/ges/v1/admin/users", {{"name", "nopass"}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("MISSING_FIELD"));
    QCOMPARE(sql("SELECT count(*) FROM users WHERE name IN ('shorty', 'norole', 'nopass')"),
             QStringLiteral("0"));

    const auto created = createUser("dev.one@acme", {"Developer"}, {"acme"});
    QCOMPARE(created.status, 200);
    QCOMPARE(created.data().toObject().value("name").toString(), QStringLiteral("dev.one@acme"));
    QVERIFY(!created.body.contains("hash"));
    QCOMPARE(createUser("dev.one@acme", {"Developer"}, {"acme"}).status, 409);
    const QString hash = sql("SELECT password_hash FROM users WHERE name = 'dev.one@acme'");
    QVERIFY(!hash.isEmpty() && !hash.contains(password));

    const auto list = admin("GET", "/ges/v1/admin/users");
    QCOMPARE(list.status, 200);
    QVERIFY(!list.body.contains(hash.toUtf8()) && !list.body.contains("password"));
    bool found = false;
    for (const QJsonValue &u : list.data().toObject().value("users").toArray())
        found = found || u.toObject().value("name").toString() == "dev.one@acme";
    QVERIFY(found);
    QCOMPARE(login("dev.one@acme", password).status, 200);
    QCOMPARE(admin("GET", "/ges/v1/admin/users/nobody-here").status, 404);
    QCOMPARE(auditEntries("?action=user.create").first().value("target").toString(),
             QStringLiteral("dev.one@acme"));
}

void TestAdminUsers::tenantAdministratorStaysInsideTheirTenants()
{
    QCOMPARE(createUser("acme-admin", {"Callback Administrator"}, {"acme"}).status, 200);
    QCOMPARE(createUser("globex-sup", {"Callback Supervisor"}, {"globex"}).status, 200);
    const QString token = login("acme-admin", password).data().toObject().value("token").toString();
    QVERIFY(!token.isEmpty());

    const auto list = admin("GET", "/ges/v1/admin/users", {}, token);
    QCOMPARE(list.status, 200);
    QStringList names;
    for (const QJsonValue &u : list.data().toObject().value("users").toArray())
        names << u.toObject().value("name").toString();
    QVERIFY(names.contains("acme-admin"));
    QVERIFY2(!names.contains("globex-sup") && !names.contains(f.stack.adminUser()),
             qPrintable(names.join(',')));

    QCOMPARE(admin("GET", "/ges/v1/admin/users/globex-sup", {}, token).status, 403);
    QCOMPARE(admin("PUT", "/ges/v1/admin/users/globex-sup", {{"disabled", true}}, token).status,
             403);
    QCOMPARE(admin("POST", "/ges/v1/admin/users/globex-sup/password",
                   {{"password", password + "x"}}, token)
                 .status,
             403);
    QCOMPARE(admin("GET", "/ges/v1/admin/sessions?user=globex-sup", {}, token).status, 403);
    QCOMPARE(createUser("acme-x", {"Callback Monitor"}, {"globex"}, token).status, 403);
    QCOMPARE(createUser("acme-y", {"Callback Monitor"}, {"acme", "globex"}, token).status, 403);
    QCOMPARE(createUser("acme-z", {"Callback Monitor"}, {"*"}, token).status, 403);
    QCOMPARE(createUser("acme-w", {"Platform Read Only"}, {"acme"}, token).status, 403);
    QCOMPARE(sql("SELECT count(*) FROM users WHERE name LIKE 'acme-_'"), QStringLiteral("0"));
    QCOMPARE(createUser("acme-mon", {"Callback Monitor"}, {"acme"}, token).status, 200);
    // A monitor of acme may not be moved to a tenant the administrator does not hold.
    QCOMPARE(
        admin("PUT", "/ges/v1/admin/users/acme-mon", {{"tenants", QJsonArray{"globex"}}}, token)
            .status,
        403);
    QCOMPARE(sql("SELECT array_to_string(tenants, ',') FROM users WHERE name = 'acme-mon'"),
             QStringLiteral("acme"));
    // Users and sessions are audited without a tenant: only "*" and DevOps read those.
    for (const QJsonObject &e : auditEntries("", token))
        QCOMPARE(e.value("tenant").toString(), QStringLiteral("acme"));
    QCOMPARE(admin("GET", "/ges/v1/admin/audit-log?tenant=globex", {}, token).status, 403);
}

void TestAdminUsers::administratorCannotLockThemselvesOut()
{
    QCOMPARE(createUser("self-admin", {"Callback Administrator"}, {"acme"}).status, 200);
    const QString token = login("self-admin", password).data().toObject().value("token").toString();
    const auto disable =
        admin("PUT", "/ges/v1/admin/users/self-admin", {{"disabled", true}}, token);
    QCOMPARE(disable.status, 409);
    QVERIFY(disable.body.contains("yourself"));
    const auto demote = admin("PUT", "/ges/v1/admin/users/self-admin",
                              {{"roles", QJsonArray{"Callback Monitor"}}}, token);
    QCOMPARE(demote.status, 409);
    QVERIFY(demote.body.contains("Callback Administrator"));
    QCOMPARE(sql("SELECT disabled::text || array_to_string(roles, ',') FROM users WHERE name = "
                 "'self-admin'"),
             QStringLiteral("falseCallback Administrator"));
    QCOMPARE(admin("PUT", "/ges/v1/admin/users/self-admin", {{"disabled", "yes"}}, token).status,
             400);
}

void TestAdminUsers::sessionsAreListedWithoutTokens()
{
    QCOMPARE(createUser("two-sessions", {"Developer"}, {"acme"}).status, 200);
    const QString a = login("two-sessions", password).data().toObject().value("token").toString();
    const QString b = login("two-sessions", password).data().toObject().value("token").toString();
    const auto list = admin("GET", "/ges/v1/admin/sessions?user=two-sessions");
    QCOMPARE(list.status, 200);
    const QJsonArray sessions = list.data().toObject().value("sessions").toArray();
    QCOMPARE(sessions.size(), 2);
    QVERIFY(!list.body.contains(a.toUtf8()) && !list.body.contains(b.toUtf8()));
    QSet<QString> ids;
    for (const QJsonValue &v : sessions) {
        const QJsonObject s = v.toObject();
        QVERIFY(QRegularExpression("^[0-9a-f]{64}$").match(s.value("id").toString()).hasMatch());
        QCOMPARE(s.value("user").toString(), QStringLiteral("two-sessions"));
        QVERIFY(s.value("address").toString().contains("127.0.0.1"));
        QVERIFY(!s.value("current").toBool());
        QVERIFY(ges::isotime::parse(s.value("expiresAt").toString()).value_or(QDateTime()) >
                QDateTime::currentDateTimeUtc().addSecs(1000));
        ids << s.value("id").toString();
    }
    const QString idA = QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256).toHex();
    QVERIFY(ids.contains(idA));
    // The caller's own list marks the session it is using.
    const auto own = admin("GET", "/ges/v1/admin/sessions");
    bool current = false;
    for (const QJsonValue &v : own.data().toObject().value("sessions").toArray())
        current = current || v.toObject().value("current").toBool();
    QVERIFY(current);
}

void TestAdminUsers::forcedLogoutEndsTheSessionAtOnce()
{
    QCOMPARE(createUser("kicked", {"Callback Monitor"}, {"acme"}).status, 200);
    const QString token = login("kicked", password).data().toObject().value("token").toString();
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks", {}, token).status, 200);
    const QString id = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
    QCOMPARE(redis({"EXISTS", "ges:session:" + id}), QStringLiteral("1"));

    const auto ended = admin("DELETE", "/ges/v1/admin/sessions/" + id);
    QCOMPARE(ended.status, 200);
    const auto after = admin("GET", "/ges/v1/admin/callbacks", {}, token);
    QCOMPARE(after.status, 401);
    QCOMPARE(redis({"EXISTS", "ges:session:" + id}), QStringLiteral("0"));
    QCOMPARE(redis({"ZSCORE", "ges:user-sessions:kicked", id}), QString());
    QCOMPARE(admin("DELETE", "/ges/v1/admin/sessions/" + id).status, 404);
    QCOMPARE(admin("DELETE", "/ges/v1/admin/sessions/not-a-session").status, 404);
    const auto audit = auditEntries("?action=session.end");
    QVERIFY(!audit.isEmpty());
    QCOMPARE(audit.first().value("target").toString(), QStringLiteral("kicked"));
    QCOMPARE(audit.first().value("actor").toString(), "user:" + f.stack.adminUser());
}

void TestAdminUsers::disablingEndsSessionsAndRefusesLogin()
{
    QCOMPARE(createUser("leaver", {"Callback Supervisor"}, {"acme"}).status, 200);
    const QString a = login("leaver", password).data().toObject().value("token").toString();
    const QString b = login("leaver", password).data().toObject().value("token").toString();
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks", {}, a).status, 200);

    const auto disabled = admin("PUT", "/ges/v1/admin/users/leaver", {{"disabled", true}});
    QCOMPARE(disabled.status, 200);
    QCOMPARE(disabled.data().toObject().value("disabled").toBool(), true);
    QCOMPARE(disabled.data().toObject().value("sessionsEnded").toInt(), 2);
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks", {}, a).status, 401);
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks", {}, b).status, 401);
    QCOMPARE(redis({"EXISTS", "ges:user-sessions:leaver"}), QStringLiteral("0"));
    QCOMPARE(login("leaver", password).status, 401);
    QCOMPARE(sql("SELECT disabled FROM users WHERE name = 'leaver'"), QStringLiteral("t"));

    QCOMPARE(admin("PUT", "/ges/v1/admin/users/leaver", {{"disabled", false}}).status, 200);
    QCOMPARE(login("leaver", password).status, 200);
    const auto audit = auditEntries("?action=user.update");
    QVERIFY(audit.size() >= 2);
    QCOMPARE(audit.at(1).value("details").toObject().value("disabled").toBool(), true);
}

void TestAdminUsers::passwordResetEndsSessions()
{
    QCOMPARE(createUser("forgetful", {"Developer"}, {"acme"}).status, 200);
    const QString token = login("forgetful", password).data().toObject().value("token").toString();
    const QString fresh = QStringLiteral("a brand new secret phrase");
    QCOMPARE(
        admin("POST", "/ges/v1/admin/users/forgetful/password", {{"password", "short"}}).status,
        400);
    const auto reset =
        admin("POST", "/ges/v1/admin/users/forgetful/password", {{"password", fresh}});
    QCOMPARE(reset.status, 200);
    QCOMPARE(admin("GET", "/ges/v1/admin/api-keys", {}, token).status, 401);
    QCOMPARE(login("forgetful", password).status, 401);
    QCOMPARE(login("forgetful", fresh).status, 200);
    QCOMPARE(
        admin("POST", "/ges/v1/admin/users/nobody-at-all/password", {{"password", fresh}}).status,
        404);
    const QString details =
        sql("SELECT details::text FROM audit_log WHERE action = 'user.password' "
            "ORDER BY id DESC LIMIT 1");
    QCOMPARE(details, QStringLiteral("{}"));
    QVERIFY(!sql("SELECT string_agg(details::text, '') FROM audit_log").contains(fresh));
}

void TestAdminUsers::roleChangeAppliesToLiveSessions()
{
    QCOMPARE(createUser("promoted", {"Callback Monitor"}, {"acme"}).status, 200);
    const QString token = login("promoted", password).data().toObject().value("token").toString();
    QCOMPARE(admin("GET", "/ges/v1/admin/users", {}, token).status, 403);
    QCOMPARE(admin("PUT", "/ges/v1/admin/users/promoted",
                   {{"roles", QJsonArray{"Callback Administrator"}}})
                 .status,
             200);
    QCOMPARE(admin("GET", "/ges/v1/admin/users", {}, token).status, 200);
}

void TestAdminUsers::failedLoginsPerUserAreThrottled()
{
    QCOMPARE(createUser("guessed", {"Developer"}, {"acme"}).status, 200);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(login("guessed", "wrong password " + QString::number(i)).status, 401);
    const auto refused = login("guessed", password); // the right one
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorCode(), QStringLiteral("RATE_LIMITED"));
    QVERIFY(refused.header("Retry-After").toInt() > 0);
    QVERIFY(refused.header("Retry-After").toInt() <= 15 * 60);
    // An unknown name is answered exactly alike: no way to learn which names exist.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(login("no-such-user", "wrong password").status, 401);
    QCOMPARE(login("no-such-user", password).status, 429);
    // Other users are not affected.
    QCOMPARE(login(f.stack.adminUser(), f.stack.adminPassword()).status, 200);
}

void TestAdminUsers::successfulLoginClearsTheUserCounter()
{
    QCOMPARE(createUser("clumsy", {"Developer"}, {"acme"}).status, 200);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(login("clumsy", "wrong password").status, 401);
    QCOMPARE(redis({"GET", "ges:login-fail:user:clumsy"}), QStringLiteral("4"));
    QCOMPARE(login("clumsy", password).status, 200);
    QCOMPARE(redis({"EXISTS", "ges:login-fail:user:clumsy"}), QStringLiteral("0"));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(login("clumsy", "wrong password").status, 401);
    QCOMPARE(login("clumsy", password).status, 200);
}

void TestAdminUsers::failedLoginsPerAddressAreThrottled()
{
    for (int i = 0; i < 20; ++i) // 20 names, each under its own limit
        QCOMPARE(login("sprayed" + QString::number(i), "wrong password").status, 401);
    const auto refused = login(f.stack.adminUser(), f.stack.adminPassword());
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("Retry-After").toInt() > 0);
    // Sessions already open keep working: the limit is on logins, not on the API.
    QCOMPARE(admin("GET", "/ges/v1/admin/users").status, 200);
    resetThrottle();
    QCOMPARE(login(f.stack.adminUser(), f.stack.adminPassword()).status, 200);
}

void TestAdminUsers::auditLogPagesAndScopesByTenant()
{
    const auto all = auditEntries("?limit=500");
    QVERIFY(all.size() >= 5);
    QList<QJsonObject> paged;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        const auto response =
            admin("GET", "/ges/v1/admin/audit-log?limit=2" +
                             (cursor.isEmpty() ? QString() : "&cursor=" + cursor));
        QCOMPARE(response.status, 200);
        for (const QJsonValue &v : response.data().toObject().value("entries").toArray())
            paged << v.toObject();
        const QJsonValue next = response.data().toObject().value("nextCursor");
        if (next.isNull())
            break;
        cursor = next.toString();
    }
    QCOMPARE(paged.size(), all.size());
    for (qsizetype i = 0; i < paged.size(); ++i)
        QCOMPARE(paged.at(i).value("id"), all.at(i).value("id"));
    for (const QJsonObject &e :
         auditEntries("?actor=user:" + f.stack.adminUser() + "&action=user."))
        QVERIFY(e.value("action").toString().startsWith("user."));
    QCOMPARE(admin("GET", "/ges/v1/admin/audit-log?cursor=abc").status, 400);
    QCOMPARE(admin("GET", "/ges/v1/admin/audit-log?limit=0").status, 400);
    // Only administrators read it.
    const QString dev = login("dev.one@acme", password).data().toObject().value("token").toString();
    QCOMPARE(admin("GET", "/ges/v1/admin/audit-log", {}, dev).status, 403);
}

void TestAdminUsers::gdprDryRunChangesNothing()
{
    const QString phone = QStringLiteral("+4930777001");
    QCOMPARE(f.createCallback(phone).status, 200);
    const auto dry = admin("POST", "/ges/v1/admin/gdpr/erase",
                           {{"phoneNumber", "0049 30 777-001"}, {"dryRun", true}});
    QCOMPARE(dry.status, 200);
    QCOMPARE(dry.data().toObject().value("erased").toInt(), 1);
    QCOMPARE(dry.data().toObject().value("dryRun").toBool(), true);
    QCOMPARE(sql("SELECT count(*) FROM callbacks WHERE phone_number = '" + phone + "'"),
             QStringLiteral("1"));
    QCOMPARE(sql("SELECT count(*) FROM audit_log WHERE action = 'gdpr.erase'"),
             QStringLiteral("0"));
}

void TestAdminUsers::gdprEraseRemovesRowsAndKeys()
{
    const QString phone = QStringLiteral("+4930777002");
    const QString other = QStringLiteral("+4930777003");
    const QString now = f.createCallback(phone).data().toObject().value("id").toString();
    const QDateTime when = QDateTime::currentDateTimeUtc().addDays(2);
    const auto scheduled = HttpClient::postJson(
        f.stack.externalUrl("/engagement/v3/callbacks/create"),
        {{"serviceName", f.service},
         {"phoneNumber", phone},
         {"desiredTime", ges::isotime::format(when)}},
        {{"X-API-Key", f.apiKey.toUtf8()}, {"Idempotency-Key", "gdpr-order-1"}});
    QCOMPARE(scheduled.status, 200);
    const QString later = scheduled.data().toObject().value("id").toString();
    const QString kept = f.createCallback(other).data().toObject().value("id").toString();
    QVERIFY(!now.isEmpty() && !later.isEmpty() && !kept.isEmpty());
    const QString slotFilter = "tenant = 'acme' AND slot_start = (SELECT slot_start FROM callbacks "
                               "WHERE id = '" +
                               later + "')";
    const QString bookedBefore = sql("SELECT booked FROM slot_bookings WHERE " + slotFilter);
    QVERIFY(bookedBefore.toInt() >= 1);
    QCOMPARE(redis({"EXISTS", "ges:cb:" + now}), QStringLiteral("1"));
    QVERIFY(!redis({"ZSCORE", "ges:due", later}).isEmpty());
    QVERIFY(!redis({"ZRANK", "ges:q:{acme}:" + f.service, now}).isEmpty());

    const auto erased = admin("POST", "/ges/v1/admin/gdpr/erase", {{"phoneNumber", phone}});
    QCOMPARE(erased.status, 200);
    const QJsonObject data = erased.data().toObject();
    QCOMPARE(data.value("erased").toInt(), 2);
    QVERIFY(data.value("callbackIds").toArray().contains(now));
    QVERIFY(data.value("callbackIds").toArray().contains(later));
    QCOMPARE(data.value("workingSetCleared").toBool(), true);

    QCOMPARE(sql("SELECT count(*) FROM callbacks WHERE phone_number = '" + phone + "'"),
             QStringLiteral("0"));
    QCOMPARE(sql("SELECT count(*) FROM callback_events WHERE callback_id IN ('" + now + "', '" +
                 later + "')"),
             QStringLiteral("0"));
    QCOMPARE(sql("SELECT count(*) FROM idempotency_keys WHERE key = 'gdpr-order-1'"),
             QStringLiteral("0"));
    QCOMPARE(sql("SELECT count(*) FROM callbacks WHERE id = '" + kept + "'"), QStringLiteral("1"));
    QCOMPARE(redis({"EXISTS", "ges:cb:" + now}), QStringLiteral("0"));
    QCOMPARE(redis({"EXISTS", "ges:cb:" + later}), QStringLiteral("0"));
    QCOMPARE(redis({"ZSCORE", "ges:due", later}), QString());
    QCOMPARE(redis({"ZRANK", "ges:q:{acme}:" + f.service, now}), QString());
    QCOMPARE(redis({"EXISTS", "ges:cb:" + kept}), QStringLiteral("1"));
    QCOMPARE(f.external("/engagement/v3/callbacks/retrieve", {{"id", now}}).status, 404);

    const QString audit = sql("SELECT details::text FROM audit_log WHERE action = 'gdpr.erase' "
                              "ORDER BY id DESC LIMIT 1");
    const QString digest =
        QCryptographicHash::hash(phone.toUtf8(), QCryptographicHash::Sha256).toHex();
    QVERIFY2(audit.contains(digest), qPrintable(audit));
    QVERIFY2(!audit.contains("4930777002"), qPrintable(audit));
    QVERIFY(!sql("SELECT string_agg(details::text || coalesce(target, ''), '') FROM audit_log")
                 .contains("4930777002"));
    QCOMPARE(auditEntries("?action=gdpr.erase").size(), 1);
    // Erasing again finds nothing more.
    QCOMPARE(admin("POST", "/ges/v1/admin/gdpr/erase", {{"phoneNumber", phone}})
                 .data()
                 .toObject()
                 .value("erased")
                 .toInt(),
             0);
}

void TestAdminUsers::gdprEraseValidatesAndScopes()
{
    QCOMPARE(admin("POST", "/ges/v1/admin/gdpr/erase", {}).errorCode(),
             QStringLiteral("MISSING_FIELD"));
    QCOMPARE(admin("POST", "/ges/v1/admin/gdpr/erase", {{"phoneNumber", "call me"}}).status, 400);
    QCOMPARE(admin("POST", "/ges/v1/admin/gdpr/erase",
                   {{"phoneNumber", "+4930777001"}, {"dryRun", "no"}})
                 .status,
             400);
    const QString acmeAdmin =
        login("acme-admin", password).data().toObject().value("token").toString();
    QVERIFY(!acmeAdmin.isEmpty());
    QCOMPARE(admin("POST", "/ges/v1/admin/gdpr/erase",
                   {{"phoneNumber", "+4930777001"}, {"tenant", "globex"}}, acmeAdmin)
                 .status,
             403);
    const QString monitor = login("acme-mon", password).data().toObject().value("token").toString();
    QCOMPARE(
        admin("POST", "/ges/v1/admin/gdpr/erase", {{"phoneNumber", "+4930777001"}}, monitor).status,
        403);
    // The acme administrator erases within acme (no tenant given: all of theirs).
    const auto erased =
        admin("POST", "/ges/v1/admin/gdpr/erase", {{"phoneNumber", "+4930777001"}}, acmeAdmin);
    QCOMPARE(erased.status, 200);
    QCOMPARE(erased.data().toObject().value("erased").toInt(), 1);
    QCOMPARE(sql("SELECT count(*) FROM callbacks WHERE phone_number = '+4930777001'"),
             QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestAdminUsers)
#include "tst_adminusers.moc"
