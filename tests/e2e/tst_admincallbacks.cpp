// The admin Callbacks endpoints end to end (docs/admin-callbacks.md): search and keyset
// pages under concurrent inserts, create/edit/reschedule/cancel with their audit entries,
// bulk cancel (dry run = real run). The export and the query plans at a million rows are
// in tst_callbackexport.
#include "E2eFixture.h"
#include "security/PasswordHasher.h"
#include "store/CallbackPacking.h"
#include "store/CallbackRecords.h"
#include "store/RedisKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace ges;
using namespace ges::test;

class TestAdminCallbacks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void searchFiltersAndSorts();
    void pagesHoldWhileInsertsHappen();
    void createForATenant();
    void detailHasTheHistory();
    void waitingCallbacksShowTheirPlaceInQueue();
    void userDataIsReplaced();
    void rescheduleMovesTheSlot();
    void rescheduleIntoAFullSlotChangesNothing();
    void cancelByAnAdministrator();
    void bulkCancelDryRunMatchesTheRealRun();
    void bulkCancelIsBounded();

private:
    HttpResponse admin(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                       const QString &token = {});
    QString sql(const QString &statement) { return f.stack.postgres().psql(statement); }
    // `count` COMPLETED rows of `tenant` straight into PostgreSQL, one second apart.
    void insertRows(const QString &tenant, int count, const QString &service = "support");
    QString createScheduled(const QDateTime &at, const QString &phone);
    QString userToken(const QString &name, const QString &role, const QString &tenant);
    QStringList pageAll(const QString &query, int limit, int *pages = nullptr);

    E2eFixture f;
};

HttpResponse TestAdminCallbacks::admin(const QByteArray &method, const QString &path,
                                       const QJsonObject &body, const QString &token)
{
    return f.admin(method, path, body, token);
}

void TestAdminCallbacks::insertRows(const QString &tenant, int count, const QString &service)
{
    sql(QStringLiteral(
            "INSERT INTO callbacks (id, tenant, service_name, phone_number, state, reason, "
            "desired_time, user_data, created_at, updated_at, expires_at) "
            "SELECT gen_random_uuid(), '%1', '%2', '+4940' || lpad(i::text, 8, '0'), "
            "'COMPLETED', 'CONNECTED', now() - i * interval '1 second', "
            "jsonb_build_object('n', i), now() - i * interval '1 second', now(), "
            "now() + interval '30 days' FROM generate_series(1, %3) i")
            .arg(tenant, service)
            .arg(count));
}

QString TestAdminCallbacks::createScheduled(const QDateTime &at, const QString &phone)
{
    return f
        .external("/engagement/v3/callbacks/create",
                  {{"serviceName", f.service},
                   {"phoneNumber", phone},
                   {"desiredTime", at.toString(Qt::ISODateWithMs)}})
        .data()
        .toObject()
        .value("id")
        .toString();
}

QStringList TestAdminCallbacks::pageAll(const QString &query, int limit, int *pages)
{
    QStringList ids;
    QString cursor;
    int count = 0;
    do {
        // Concatenated, not arg(): the query holds percent escapes like %3A.
        const auto page =
            admin("GET", "/ges/v1/admin/callbacks?" + query + "&limit=" + QString::number(limit) +
                             (cursor.isEmpty() ? QString() : "&cursor=" + cursor));
        if (page.status != 200)
            return {QStringLiteral("HTTP %1").arg(page.status)};
        for (const QJsonValue &v : page.data().toObject().value("callbacks").toArray())
            ids << v.toObject().value("id").toString();
        cursor = page.data().toObject().value("nextCursor").toString();
        ++count;
    } while (!cursor.isEmpty() && count < 10000);
    if (pages)
        *pages = count;
    return ids;
}

void TestAdminCallbacks::initTestCase()
{
    QVERIFY(f.start());
    QCOMPARE(f.stack
                 .createService(f.token, {{"tenant", f.tenant},
                                          {"name", "tiny"},
                                          {"slotCapacity", 1},
                                          {"maxUserDataBytes", 64}})
                 .status,
             200);
}

QString TestAdminCallbacks::userToken(const QString &name, const QString &role,
                                      const QString &tenant)
{
    sql(QStringLiteral("INSERT INTO users (name, password_hash, roles, tenants) VALUES "
                       "('%1', '%2', ARRAY['%3'], ARRAY['%4']) ON CONFLICT (name) DO NOTHING")
            .arg(name, PasswordHasher::hash(name + "-pw", 1000), role, tenant));
    return f.stack.login(name, name + "-pw");
}

void TestAdminCallbacks::searchFiltersAndSorts()
{
    const QDateTime hour = QDateTime::currentDateTimeUtc().addSecs(3600);
    const QString a = f.createCallback("+4930555000111").data().toObject().value("id").toString();
    const QString b = f.createCallback("+4930555000222").data().toObject().value("id").toString();
    f.createCallback("+4930777000333");
    const QString early = createScheduled(hour, "+4930666000444");
    const QString late = createScheduled(hour.addSecs(3600), "+4930666000555");
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !early.isEmpty() && !late.isEmpty());

    const QStringList byPhone = pageAll("tenant=acme&phone=555%20000", 500);
    QVERIFY(byPhone.contains(a) && byPhone.contains(b));
    for (const QString &id : byPhone)
        QVERIFY(
            sql("SELECT phone_number FROM callbacks WHERE id = '" + id + "'").contains("555000"));

    const auto states = admin("GET", "/ges/v1/admin/callbacks?tenant=acme&state=scheduled,QUEUED");
    QCOMPARE(states.status, 200);
    for (const QJsonValue &v : states.data().toObject().value("callbacks").toArray())
        QVERIFY(QStringList({"SCHEDULED", "QUEUED"})
                    .contains(v.toObject().value("callbackState").toString()));

    // Desired order, ascending, one per page: the earlier appointment first.
    const QStringList scheduled = pageAll("tenant=acme&state=SCHEDULED&sort=desired&order=asc", 1);
    QVERIFY(scheduled.indexOf(early) >= 0 && scheduled.indexOf(early) < scheduled.indexOf(late));

    const QString range =
        QStringLiteral("tenant=acme&timeField=desired&from=%1&to=%2")
            .arg(QString(QUrl::toPercentEncoding(hour.addSecs(1800).toString(Qt::ISODateWithMs))),
                 QString(QUrl::toPercentEncoding(hour.addSecs(7200).toString(Qt::ISODateWithMs))));
    const QStringList inRange = pageAll(range, 100);
    QVERIFY(inRange.contains(late));
    QVERIFY(!inRange.contains(early));

    // A cursor belongs to its order; the first version's cursor ("<ms>|<id>") still works.
    const auto desiredPage =
        admin("GET", "/ges/v1/admin/callbacks?tenant=acme&sort=desired&order=asc&limit=1");
    const QString cursor = desiredPage.data().toObject().value("nextCursor").toString();
    QVERIFY(!cursor.isEmpty());
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks?sort=created&cursor=" + cursor).status, 400);
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks?tenant=acme&cursor=" + cursor).status, 200);
    const QByteArray oldCursor =
        (QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '|' + a.toLatin1())
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks?tenant=acme&cursor=" + oldCursor).status, 200);

    for (const char *bad : {"phone=55", "phone=12ab34", "sort=priority", "order=up",
                            "from=yesterday", "timeField=updated", "state=LOST", "limit=501",
                            "from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z"}) {
        const auto r = admin("GET", QStringLiteral("/ges/v1/admin/callbacks?") + bad);
        QVERIFY2(r.status == 400 && r.errorCode() == "INVALID_FIELD", bad);
    }

    // Another tenant's user sees nothing of acme and may not ask for it.
    const QString other = userToken("monitor.other", "Callback Monitor", "other");
    QVERIFY(!other.isEmpty());
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks?tenant=acme", {}, other).status, 403);
    QVERIFY(!pageAll("phone=555000", 500).isEmpty());
    const auto own = admin("GET", "/ges/v1/admin/callbacks", {}, other);
    QCOMPARE(own.status, 200);
    QCOMPARE(own.data().toObject().value("callbacks").toArray().size(), 0);
}

void TestAdminCallbacks::pagesHoldWhileInsertsHappen()
{
    insertRows("pager", 600);
    const QStringList before = sql("SELECT id FROM callbacks WHERE tenant = 'pager'").split('\n');
    QCOMPARE(before.size(), 600);
    for (const QString &order :
         {QStringLiteral("sort=created&order=desc"), QStringLiteral("sort=desired&order=asc")}) {
        // A second connection inserts rows anywhere in the order (older, newer and in
        // between), each committed on its own, while the pages are read.
        QProcess inserter;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PGPASSWORD", f.stack.postgres().password());
        inserter.setProcessEnvironment(env);
        inserter.start(
            PostgresServer::binDir() + "/psql",
            {"-h", "127.0.0.1", "-p", QString::number(f.stack.postgres().port()), "-U",
             f.stack.postgres().user(), "-d", f.stack.postgres().database(), "-c",
             "DO $$ BEGIN FOR i IN 1..400 LOOP INSERT INTO callbacks (id, tenant, "
             "service_name, phone_number, state, desired_time, created_at, updated_at, "
             "expires_at) SELECT gen_random_uuid(), 'pager', 'support', "
             "'+4941000000', 'COMPLETED', t, t, now(), now() + interval '30 days' FROM "
             "(SELECT now() - random() * interval '700 seconds' + interval '60 seconds' AS t) x; "
             "COMMIT; PERFORM pg_sleep(0.005); END LOOP; END $$"});
        QTRY_VERIFY(sql("SELECT count(*) FROM callbacks WHERE tenant = 'pager'").toInt() >
                    before.size());
        int pages = 0;
        const QStringList seen = pageAll("tenant=pager&" + order, 17, &pages);
        const bool stillInserting = inserter.state() == QProcess::Running;
        QVERIFY(inserter.waitForFinished(60000));
        QVERIFY2(stillInserting, "the inserts ended before the paging did; the test proved little");
        QVERIFY(pages > 30);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size()); // no repeats
        for (const QString &id : before)
            QVERIFY2(seen.contains(id), qPrintable("skipped " + id));
    }
}

void TestAdminCallbacks::createForATenant()
{
    const auto created = admin("POST", "/ges/v1/admin/callbacks",
                               {{"tenant", "acme"},
                                {"serviceName", "support"},
                                {"phoneNumber", "+4930111222333"},
                                {"userData", QJsonObject{{"order", "A-1"}}}});
    QCOMPARE(created.status, 200);
    const QString id = created.data().toObject().value("id").toString();
    QCOMPARE(created.data().toObject().value("tenant").toString(), QStringLiteral("acme"));
    QCOMPARE(sql("SELECT tenant || ' ' || state FROM callbacks WHERE id = '" + id + "'"),
             QStringLiteral("acme QUEUED"));
    // The create is kept in the row, not as an event (migration 0010).
    QCOMPARE(
        sql("SELECT created_by || ' ' || created_as::text FROM callbacks WHERE id = '" + id + "'"),
        "user:" + f.stack.adminUser() + " Q");
    QCOMPARE(sql("SELECT count(*) FROM callback_events WHERE callback_id = '" + id + "'"),
             QStringLiteral("0"));
    QCOMPARE(sql("SELECT actor || ' ' || tenant FROM audit_log WHERE action = 'callback.create' "
                 "AND target = '" +
                 id + "'"),
             "user:" + f.stack.adminUser() + " acme");

    QCOMPARE(admin("POST", "/ges/v1/admin/callbacks",
                   {{"serviceName", "support"}, {"phoneNumber", "+4930111222334"}})
                 .errorCode(),
             QStringLiteral("MISSING_FIELD"));
    QCOMPARE(admin("POST", "/ges/v1/admin/callbacks",
                   {{"tenant", "acme"}, {"serviceName", "nope"}, {"phoneNumber", "+4930111222335"}})
                 .errorCode(),
             QStringLiteral("SERVICE_NOT_FOUND"));
    QCOMPARE(admin("POST", "/ges/v1/admin/callbacks",
                   {{"tenant", "acme"}, {"serviceName", "support"}, {"phoneNumber", "12"}})
                 .status,
             400);
    const QString other = userToken("supervisor.other", "Callback Supervisor", "other");
    QCOMPARE(
        admin("POST", "/ges/v1/admin/callbacks",
              {{"tenant", "acme"}, {"serviceName", "support"}, {"phoneNumber", "+4930111222336"}},
              other)
            .status,
        403);
    QCOMPARE(sql("SELECT count(*) FROM callbacks WHERE phone_number LIKE '+493011122233_' "
                 "AND phone_number <> '+4930111222333'"),
             QStringLiteral("0"));
}

void TestAdminCallbacks::detailHasTheHistory()
{
    const QString id = f.createCallback("+4930222333444").data().toObject().value("id").toString();
    QCOMPARE(admin("POST", "/ges/v1/admin/callbacks/" + id + "/cancel").status, 200);
    const auto detail = admin("GET", "/ges/v1/admin/callbacks/" + id);
    QCOMPARE(detail.status, 200);
    const QJsonObject cb = detail.data().toObject();
    QCOMPARE(cb.value("tenant").toString(), QStringLiteral("acme"));
    QCOMPARE(cb.value("callbackState").toString(), QStringLiteral("COMPLETED"));
    const QJsonArray history = cb.value("history").toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].toObject().value("state").toString(), QStringLiteral("QUEUED"));
    QVERIFY(history[0].toObject().value("actor").toString().startsWith("api:"));
    QCOMPARE(history[1].toObject().value("state").toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(history[1].toObject().value("reason").toString(), QStringLiteral("CANCELLED"));
    QCOMPARE(history[1].toObject().value("actor").toString(), "user:" + f.stack.adminUser());
    QVERIFY(history[0].toObject().value("at").toString() <=
            history[1].toObject().value("at").toString());

    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks/00000000-0000-4000-8000-000000000000").status,
             404);
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks/not-an-id").status, 404);
    // Another tenant's callback does not exist for this user (not a 403 that confirms it).
    const QString other = userToken("monitor.other", "Callback Monitor", "other");
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks/" + id, {}, other).status, 404);
}

void TestAdminCallbacks::waitingCallbacksShowTheirPlaceInQueue()
{
    QCOMPARE(f.stack.createService(f.token, {{"tenant", "acme"}, {"name", "placed"}}).status, 200);
    QStringList ids;
    for (const char *phone : {"+4930777000001", "+4930777000002"}) {
        const auto created = f.external("/engagement/v3/callbacks/create",
                                        {{"serviceName", "placed"}, {"phoneNumber", phone}});
        QCOMPARE(created.status, 200);
        ids << created.data().toObject().value("id").toString();
    }
    const auto page = admin("GET", "/ges/v1/admin/callbacks?service=placed&sort=created&order=asc");
    QCOMPARE(page.status, 200);
    const QJsonArray rows = page.data().toObject().value("callbacks").toArray();
    QCOMPARE(rows.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject row = rows[i].toObject();
        QCOMPARE(row.value("id").toString(), ids[i]);
        QCOMPARE(row.value("positionInQueue").toInt(), i + 1); // the older one is first
        QVERIFY(row.contains("estimatedWaitTime"));
    }
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks/" + ids[1]).data()["positionInQueue"].toInt(),
             2);

    QCOMPARE(admin("POST", "/ges/v1/admin/callbacks/" + ids[0] + "/cancel").status, 200);
    const QJsonObject after = admin("GET", "/ges/v1/admin/callbacks/" + ids[0]).data().toObject();
    QVERIFY(!after.contains("positionInQueue")); // completed: no longer in the queue
    QCOMPARE(admin("GET", "/ges/v1/admin/callbacks/" + ids[1]).data()["positionInQueue"].toInt(),
             1);
}

void TestAdminCallbacks::userDataIsReplaced()
{
    const QString id =
        f.external("/engagement/v3/callbacks/create", {{"serviceName", "support"},
                                                       {"phoneNumber", "+4930333444555"},
                                                       {"userData", QJsonObject{{"a", 1}}}})
            .data()
            .toObject()
            .value("id")
            .toString();
    const QJsonObject replacement{{"b", "secret-value-123"}, {"c", 2}};
    const auto edited =
        admin("PUT", "/ges/v1/admin/callbacks/" + id + "/user-data", {{"userData", replacement}});
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.data().toObject().value("userData").toObject(), replacement);
    QCOMPARE(QJsonDocument::fromJson(
                 sql("SELECT user_data FROM callbacks WHERE id = '" + id + "'").toUtf8())
                 .object(),
             replacement);
    const auto cached = callbackpacking::unpack(
        id, f.stack.redis().cli({"GET", rediskeys::callback(id)}).trimmed());
    QVERIFY(cached);
    QCOMPARE(cached->userData, replacement);
    const QString audit = sql(
        "SELECT details FROM audit_log WHERE action = 'callback.edit' AND target = '" + id + "'");
    QVERIFY(audit.contains("\"b\"") && audit.contains("\"c\""));
    QVERIFY2(!audit.contains("secret-value-123"), "a user data value reached the audit log");

    const QString path = "/ges/v1/admin/callbacks/" + id + "/user-data";
    QCOMPARE(admin("PUT", path, {{"userData", QJsonObject{{"1bad", 1}}}}).errorCode(),
             QStringLiteral("INVALID_FIELD"));
    QCOMPARE(admin("PUT", path, {{"userData", "text"}}).errorCode(),
             QStringLiteral("INVALID_FIELD"));
    QCOMPARE(admin("PUT", path, {}).errorCode(), QStringLiteral("MISSING_FIELD"));
    QCOMPARE(admin("PUT", "/ges/v1/admin/callbacks/00000000-0000-4000-8000-000000000000/user-data",
                   {{"userData", QJsonObject{}}})
                 .status,
             404);

    // The service's size limit applies (the "tiny" service takes 64 bytes).
    const QString tiny = f.external("/engagement/v3/callbacks/create",
                                    {{"serviceName", "tiny"}, {"phoneNumber", "+4930333444556"}})
                             .data()
                             .toObject()
                             .value("id")
                             .toString();
    QVERIFY(!tiny.isEmpty());
    const auto big = admin("PUT", "/ges/v1/admin/callbacks/" + tiny + "/user-data",
                           {{"userData", QJsonObject{{"text", QString(100, 'x')}}}});
    QCOMPARE(big.status, 400);
    QCOMPARE(big.errorCode(), QStringLiteral("INVALID_FIELD"));

    f.external("/engagement/v3/callbacks/cancel", {{"id", id}});
    const auto completed = admin("PUT", path, {{"userData", QJsonObject{}}});
    QCOMPARE(completed.status, 409);
    QCOMPARE(completed.errorCode(), QStringLiteral("INVALID_STATE"));
}

void TestAdminCallbacks::rescheduleMovesTheSlot()
{
    const QDateTime slotA(QDate::currentDate().addDays(1), QTime(10, 0), Qt::UTC);
    const QDateTime slotB = slotA.addSecs(7200);
    auto booked = [this](const QDateTime &slot) {
        return sql("SELECT coalesce(sum(booked), 0) FROM slot_bookings WHERE tenant = 'acme' AND "
                   "service_name = 'support' AND slot_start = '" +
                   slot.toString(Qt::ISODate) + "'")
            .toInt();
    };
    const QString id = createScheduled(slotA.addSecs(120), "+4930444555666");
    QVERIFY(!id.isEmpty());
    const int beforeA = booked(slotA), beforeB = booked(slotB);
    const auto moved = admin("POST", "/ges/v1/admin/callbacks/" + id + "/reschedule",
                             {{"desiredTime", slotB.addSecs(60).toString(Qt::ISODateWithMs)}});
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.data().toObject().value("callbackState").toString(),
             QStringLiteral("SCHEDULED"));
    QCOMPARE(booked(slotA), beforeA - 1);
    QCOMPARE(booked(slotB), beforeB + 1);
    QCOMPARE(f.stack.redis().cli({"ZSCORE", rediskeys::dueIndex, id}).trimmed().toLongLong(),
             slotB.addSecs(60).toMSecsSinceEpoch());
    QCOMPARE(sql("SELECT reason FROM callback_events WHERE callback_id = '" + id +
                 "' ORDER BY id DESC LIMIT 1"),
             QStringLiteral("RESCHEDULED"));
    QVERIFY(
        sql("SELECT details FROM audit_log WHERE action = 'callback.reschedule' AND target = '" +
            id + "'")
            .contains("\"to\""));

    const QString path = "/ges/v1/admin/callbacks/" + id + "/reschedule";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(admin("POST", path, {{"desiredTime", now.addSecs(-3600).toString(Qt::ISODate)}})
                 .errorCode(),
             QStringLiteral("IN_THE_PAST"));
    QCOMPARE(
        admin("POST", path, {{"desiredTime", now.addDays(30).toString(Qt::ISODate)}}).errorCode(),
        QStringLiteral("TOO_FAR_AHEAD"));
    QCOMPARE(admin("POST", path, {{"desiredTime", "tomorrow"}}).errorCode(),
             QStringLiteral("INVALID_FIELD"));
    QCOMPARE(admin("POST", path, {}).errorCode(), QStringLiteral("MISSING_FIELD"));

    // QUEUED becomes SCHEDULED again: out of the queue, into the schedule index.
    const QString queued =
        f.createCallback("+4930444555667").data().toObject().value("id").toString();
    QCOMPARE(admin("POST", "/ges/v1/admin/callbacks/" + queued + "/reschedule",
                   {{"desiredTime", slotB.toString(Qt::ISODate)}})
                 .status,
             200);
    QCOMPARE(sql("SELECT state FROM callbacks WHERE id = '" + queued + "'"),
             QStringLiteral("SCHEDULED"));
    QVERIFY(!f.stack.redis().cli({"ZSCORE", rediskeys::dueIndex, queued}).trimmed().isEmpty());
    // Redis keeps only the retired mark of a callback that is not QUEUED, and out of
    // the queue.
    const QByteArray cachedQueued =
        f.stack.redis().cli({"GET", rediskeys::callback(queued)}).trimmed();
    QVERIFY(!callbackpacking::unpack(queued, cachedQueued));
    QVERIFY(callbackpacking::head(cachedQueued));
    QCOMPARE(toString(callbackpacking::head(cachedQueued)->state), QStringLiteral("SCHEDULED"));
    QVERIFY(f.stack.redis()
                .cli({"ZSCORE", rediskeys::queue("acme", f.service), queued})
                .trimmed()
                .isEmpty());

    f.external("/engagement/v3/callbacks/cancel", {{"id", queued}});
    QCOMPARE(admin("POST", "/ges/v1/admin/callbacks/" + queued + "/reschedule",
                   {{"desiredTime", slotB.toString(Qt::ISODate)}})
                 .status,
             409);
}

void TestAdminCallbacks::rescheduleIntoAFullSlotChangesNothing()
{
    const QDateTime slotA(QDate::currentDate().addDays(2), QTime(9, 0), Qt::UTC);
    const QDateTime slotB = slotA.addSecs(900);
    auto create = [this](const QDateTime &at, const QString &phone) {
        return f
            .external("/engagement/v3/callbacks/create",
                      {{"serviceName", "tiny"},
                       {"phoneNumber", phone},
                       {"desiredTime", at.toString(Qt::ISODate)}})
            .data()
            .toObject()
            .value("id")
            .toString();
    };
    const QString x = create(slotA, "+4930555666777");
    const QString y = create(slotB, "+4930555666778");
    QVERIFY(!x.isEmpty() && !y.isEmpty());
    const auto full = admin("POST", "/ges/v1/admin/callbacks/" + y + "/reschedule",
                            {{"desiredTime", slotA.addSecs(300).toString(Qt::ISODate)}});
    QCOMPARE(full.status, 429);
    QCOMPARE(full.errorCode(), QStringLiteral("SLOT_FULL"));
    QVERIFY(!full.data().toObject().value("slots").toObject().isEmpty());
    QCOMPARE(sql("SELECT desired_time = '" + slotB.toString(Qt::ISODate) +
                 "' FROM callbacks WHERE id = '" + y + "'"),
             QStringLiteral("t"));
    QCOMPARE(sql("SELECT string_agg(booked::text, ',' ORDER BY slot_start) FROM slot_bookings "
                 "WHERE tenant = 'acme' AND service_name = 'tiny' AND slot_start IN ('" +
                 slotA.toString(Qt::ISODate) + "', '" + slotB.toString(Qt::ISODate) + "')"),
             QStringLiteral("1,1"));
    // Within its own slot a full slot is no obstacle: it holds its place already.
    QCOMPARE(admin("POST", "/ges/v1/admin/callbacks/" + y + "/reschedule",
                   {{"desiredTime", slotB.addSecs(600).toString(Qt::ISODate)}})
                 .status,
             200);
}

void TestAdminCallbacks::cancelByAnAdministrator()
{
    const QDateTime slot(QDate::currentDate().addDays(3), QTime(11, 0), Qt::UTC);
    const QString id = createScheduled(slot, "+4930666777888");
    const QString bookedSql = "SELECT booked FROM slot_bookings WHERE tenant = 'acme' AND "
                              "service_name = 'support' AND slot_start = '" +
                              slot.toString(Qt::ISODate) + "'";
    const int before = sql(bookedSql).toInt();
    const auto cancelled = admin("POST", "/ges/v1/admin/callbacks/" + id + "/cancel");
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.data().toObject().value("callbackReason").toString(),
             QStringLiteral("CANCELLED"));
    QCOMPARE(sql(bookedSql).toInt(), before - 1);
    QCOMPARE(sql("SELECT count(*) FROM audit_log WHERE action = 'callback.cancel' AND target = '" +
                 id + "'"),
             QStringLiteral("1"));
    QCOMPARE(admin("POST", "/ges/v1/admin/callbacks/" + id + "/cancel").status, 409);
    QCOMPARE(sql("SELECT count(*) FROM audit_log WHERE action = 'callback.cancel' AND target = '" +
                 id + "'"),
             QStringLiteral("1")); // a refused cancel is not audited
    QCOMPARE(
        admin("POST", "/ges/v1/admin/callbacks/00000000-0000-4000-8000-000000000000/cancel").status,
        404);
    const QString monitor = userToken("monitor.acme", "Callback Monitor", "acme");
    QCOMPARE(admin("POST", "/ges/v1/admin/callbacks/" + id + "/cancel", {}, monitor).status, 403);
}

void TestAdminCallbacks::bulkCancelDryRunMatchesTheRealRun()
{
    QStringList ids;
    for (int i = 0; i < 6; ++i)
        ids << f.createCallback(QStringLiteral("+49307770000%1").arg(i))
                   .data()
                   .toObject()
                   .value("id")
                   .toString();
    const QDateTime slot(QDate::currentDate().addDays(4), QTime(8, 0), Qt::UTC);
    ids << createScheduled(slot, "+4930777000099");
    QVERIFY(!ids.contains(QString()));
    sql("UPDATE callbacks SET state = 'PROCESSING' WHERE id = '" + ids[0] + "'");
    f.external("/engagement/v3/callbacks/cancel", {{"id", ids[1]}});
    insertRows("other", 1);
    const QString foreign = sql("SELECT id FROM callbacks WHERE tenant = 'other' LIMIT 1");
    const QString missing = QStringLiteral("00000000-0000-4000-8000-000000000001");
    const QJsonArray asked = QJsonArray::fromStringList(ids + QStringList{missing, foreign});
    const QString states =
        "SELECT string_agg(state, ',' ORDER BY id) FROM callbacks WHERE id IN ('" +
        ids.join("','") + "')";
    const QString statesBefore = sql(states);
    const QString slotSql = "SELECT booked FROM slot_bookings WHERE tenant = 'acme' AND "
                            "service_name = 'support' AND slot_start = '" +
                            slot.toString(Qt::ISODate) + "'";
    const int slotBefore = sql(slotSql).toInt();

    const auto dry = admin("POST", "/ges/v1/admin/callbacks/bulk-cancel",
                           {{"tenant", "acme"}, {"ids", asked}, {"dryRun", true}});
    QCOMPARE(dry.status, 200);
    QCOMPARE(sql(states), statesBefore); // a dry run changes nothing
    const QJsonObject plan = dry.data().toObject();
    QCOMPARE(plan.value("wouldCancel").toInt(), 5);
    const QJsonArray skipped = plan.value("skipped").toArray();
    QCOMPARE(skipped.size(), 4);
    QCOMPARE(skipped[0].toObject(), (QJsonObject{{"id", ids[0]}, {"reason", "PROCESSING"}}));
    QCOMPARE(skipped[1].toObject(), (QJsonObject{{"id", ids[1]}, {"reason", "COMPLETED"}}));
    QCOMPARE(skipped[2].toObject(), (QJsonObject{{"id", missing}, {"reason", "NOT_FOUND"}}));
    QCOMPARE(skipped[3].toObject(), (QJsonObject{{"id", foreign}, {"reason", "NOT_FOUND"}}));

    const auto real =
        admin("POST", "/ges/v1/admin/callbacks/bulk-cancel", {{"tenant", "acme"}, {"ids", asked}});
    QCOMPARE(real.status, 200);
    const QJsonObject done = real.data().toObject();
    QCOMPARE(done.value("canceled").toInt(), plan.value("wouldCancel").toInt());
    QCOMPARE(done.value("ids").toArray(), plan.value("ids").toArray());
    QCOMPARE(done.value("skipped").toArray(), plan.value("skipped").toArray());
    QCOMPARE(sql("SELECT count(*) FROM callbacks WHERE reason = 'CANCELLED' AND id IN ('" +
                 ids.mid(2).join("','") + "')"),
             QStringLiteral("5"));
    QCOMPARE(sql("SELECT state FROM callbacks WHERE id = '" + ids[0] + "'"),
             QStringLiteral("PROCESSING"));
    QCOMPARE(sql(slotSql).toInt(), slotBefore - 1);
    QCOMPARE(sql("SELECT count(*) FROM callback_events WHERE reason = 'CANCELLED' AND "
                 "callback_id = '" +
                 ids[6] + "'"),
             QStringLiteral("1"));
    // Cancelled: Redis keeps only its retired mark (CallbackCache::put).
    const auto cachedCompleted =
        callbackpacking::head(f.stack.redis().cli({"GET", rediskeys::callback(ids[2])}).trimmed());
    QVERIFY(cachedCompleted);
    QCOMPARE(toString(cachedCompleted->state), QStringLiteral("COMPLETED"));
    QVERIFY(f.stack.redis().cli({"ZSCORE", rediskeys::dueIndex, ids[6]}).trimmed().isEmpty());
    QVERIFY(sql("SELECT details FROM audit_log WHERE action = 'callback.bulk-cancel' ORDER BY id "
                "DESC LIMIT 1")
                .contains("\"canceled\": 5"));
    const auto again = admin("POST", "/ges/v1/admin/callbacks/bulk-cancel",
                             {{"tenant", "acme"}, {"ids", asked}, {"dryRun", true}});
    QCOMPARE(again.data().toObject().value("wouldCancel").toInt(), 0);

    // By filter: the same agreement.
    for (int i = 0; i < 3; ++i)
        f.createCallback(QStringLiteral("+49309998880%1").arg(i));
    const QJsonObject filter{{"service", "support"}, {"phone", "9998880"}};
    const auto dryFilter = admin("POST", "/ges/v1/admin/callbacks/bulk-cancel",
                                 {{"tenant", "acme"}, {"filter", filter}, {"dryRun", true}});
    QCOMPARE(dryFilter.data().toObject().value("wouldCancel").toInt(), 3);
    const auto realFilter = admin("POST", "/ges/v1/admin/callbacks/bulk-cancel",
                                  {{"tenant", "acme"}, {"filter", filter}});
    QCOMPARE(realFilter.data().toObject().value("canceled").toInt(), 3);
    QCOMPARE(realFilter.data().toObject().value("ids").toArray(),
             dryFilter.data().toObject().value("ids").toArray());
}

void TestAdminCallbacks::bulkCancelIsBounded()
{
    const QString path = QStringLiteral("/ges/v1/admin/callbacks/bulk-cancel");
    QJsonArray tooMany;
    for (int i = 0; i < 1001; ++i)
        tooMany.append(
            QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
    QCOMPARE(admin("POST", path, {{"tenant", "acme"}, {"ids", tooMany}}).errorCode(),
             QStringLiteral("INVALID_FIELD"));
    QCOMPARE(admin("POST", path, {{"tenant", "acme"}, {"ids", QJsonArray{"nope"}}}).errorCode(),
             QStringLiteral("INVALID_FIELD"));
    QCOMPARE(admin("POST", path, {{"tenant", "acme"}}).status, 400);
    QCOMPARE(
        admin("POST", path, {{"tenant", "acme"}, {"ids", QJsonArray()}, {"filter", QJsonObject()}})
            .status,
        400);
    QCOMPARE(admin("POST", path, {{"ids", QJsonArray{}}}).errorCode(),
             QStringLiteral("MISSING_FIELD"));
    const QString other = userToken("supervisor.other", "Callback Supervisor", "other");
    QCOMPARE(admin("POST", path, {{"tenant", "acme"}, {"filter", QJsonObject()}}, other).status,
             403);

    insertRows("bulk", 10001);
    for (const bool dryRun : {true, false}) {
        const auto refused = admin("POST", path,
                                   {{"tenant", "bulk"},
                                    {"filter", QJsonObject{{"state", "COMPLETED"}}},
                                    {"dryRun", dryRun}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("BULK_LIMIT_EXCEEDED"));
    }
    sql("DELETE FROM callbacks WHERE tenant = 'bulk'");
}

QTEST_GUILESS_MAIN(TestAdminCallbacks)
#include "tst_admincallbacks.moc"
