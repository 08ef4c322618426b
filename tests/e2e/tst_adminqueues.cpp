// The admin Queues view (GET /ges/v1/admin/queues): counts by state, waiting, EWT, open /
// closed and slots per day, compared with what was created and with PostgreSQL and Redis.
#include "E2eFixture.h"
#include "shared/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace ges::test;

class TestAdminQueues : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void countsMatchWhatWasCreated();
    void slotsShowBookedAndFreePerDay();
    void closedServiceIsReportedClosed();
    void tenantsScopeTheView();
    void badParametersAreRefused_data();
    void badParametersAreRefused();
    void countsQueryUsesThePartialIndex();

private:
    HttpResponse get(const QString &path, const QString &token = {});
    HttpResponse routing(const QString &id, const QJsonObject &body);
    QString loginAs(const QString &name, const QStringList &roles, const QStringList &tenants);
    QJsonObject row(const QJsonObject &view, const QString &tenant, const QString &service);
    QString sql(const QString &statement) { return f.stack.postgres().psql(statement).trimmed(); }

    E2eFixture f;
    QStringList m_ids;
    QDateTime m_tomorrow10;
};

HttpResponse TestAdminQueues::get(const QString &path, const QString &token)
{
    return HttpClient::get(
        f.stack.internalUrl(path),
        {{"Authorization", "Bearer " + (token.isEmpty() ? f.token : token).toUtf8()}});
}

HttpResponse TestAdminQueues::routing(const QString &id, const QJsonObject &body)
{
    return HttpClient::postJson(f.stack.internalUrl("/ges/v1/routing/callbacks/" + id + "/state"),
                                body,
                                {{"Authorization", "Bearer " + f.stack.routingToken().toUtf8()}});
}

QString TestAdminQueues::loginAs(const QString &name, const QStringList &roles,
                                 const QStringList &tenants)
{
    const QString password = QStringLiteral("queues password 1");
    const auto created = HttpClient::postJson(f.stack.internalUrl("/ges/v1/admin/users"),
                                              {{"name", name},
                                               {"password", password},
                                               {"roles", QJsonArray::fromStringList(roles)},
                                               {"tenants", QJsonArray::fromStringList(tenants)}},
                                              f.bearer());
    if (created.status != 200)
        qWarning("%s", created.body.constData());
    return f.stack.login(name, password);
}

QJsonObject TestAdminQueues::row(const QJsonObject &view, const QString &tenant,
                                 const QString &service)
{
    for (const QJsonValue &v : view.value("queues").toArray())
        if (v.toObject().value("tenant").toString() == tenant &&
            v.toObject().value("service").toString() == service)
            return v.toObject();
    return {};
}

void TestAdminQueues::initTestCase()
{
    QVERIFY(f.start());
    QVERIFY(f.stack.createService(f.token, f.tenant, "sales"));
    QVERIFY(f.stack.createService(f.token, "globex", "intl"));
    for (int i = 0; i < 3; ++i) {
        const auto created = f.createCallback("+4930888" + QString::number(100 + i));
        QCOMPARE(created.status, 200);
        m_ids << created.data().toObject().value("id").toString();
    }
    m_tomorrow10 =
        QDateTime(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(f.external("/engagement/v3/callbacks/create",
                            {{"serviceName", f.service},
                             {"phoneNumber", "+4930888" + QString::number(200 + i)},
                             {"desiredTime", ges::isotime::format(m_tomorrow10)}})
                     .status,
                 200);
    QCOMPARE(routing(m_ids.at(0), {{"callbackState", "ROUTING"}}).status, 200);
    QCOMPARE(routing(m_ids.at(1), {{"callbackState", "ROUTING"}}).status, 200);
    QCOMPARE(routing(m_ids.at(1), {{"callbackState", "PROCESSING"}}).status, 200);
    QCOMPARE(routing(m_ids.at(1), {{"callbackState", "COMPLETED"}, {"callbackReason", "CONNECTED"}})
                 .status,
             200);
}

void TestAdminQueues::countsMatchWhatWasCreated()
{
    const auto response = get("/ges/v1/admin/queues?tenant=acme");
    QCOMPARE(response.status, 200);
    const QJsonObject view = response.data().toObject();
    QCOMPARE(view.value("queues").toArray().size(), 2); // support and sales, not globex
    const QJsonObject support = row(view, "acme", f.service);
    QVERIFY2(!support.isEmpty(), response.body);
    const QJsonObject counts = support.value("counts").toObject();
    QCOMPARE(counts.value("SCHEDULED").toInt(), 2);
    QCOMPARE(counts.value("QUEUED").toInt(), 1);
    QCOMPARE(counts.value("ROUTING").toInt(), 1);
    QCOMPARE(counts.value("PROCESSING").toInt(), 0);
    QCOMPARE(counts.value("completedToday").toInt(), 1);
    // The same numbers as the record and the working set.
    QCOMPARE(sql("SELECT string_agg(state || '=' || n, ',' ORDER BY state) FROM (SELECT state, "
                 "count(*) n FROM callbacks WHERE tenant = 'acme' AND service_name = 'support' "
                 "GROUP BY state) s"),
             QStringLiteral("COMPLETED=1,QUEUED=1,ROUTING=1,SCHEDULED=2"));
    QCOMPARE(support.value("waiting").toInt(), 1);
    QCOMPARE(f.stack.redis().cli({"ZCARD", "ges:q:{acme}:support"}).trimmed(), QByteArray("1"));
    QCOMPARE(support.value("virtualQueue").toString(), QStringLiteral("support_VQ"));
    QCOMPARE(support.value("open").toBool(), true);
    QVERIFY(support.value("openFor").toInteger() > 0);
    const QJsonObject ewt = support.value("ewt").toObject();
    QVERIFY(ewt.value("seconds").isDouble());
    QVERIFY(ewt.value("seconds").toInt() >= 0 || !ewt.value("message").toString().isEmpty());
    QVERIFY(ges::isotime::parse(ewt.value("computedAt").toString()).has_value());

    const QJsonObject sales = row(view, "acme", "sales").value("counts").toObject();
    for (const char *state : {"SCHEDULED", "QUEUED", "ROUTING", "PROCESSING", "completedToday"})
        QCOMPARE(sales.value(QLatin1String(state)).toInt(-1), 0);
}

void TestAdminQueues::slotsShowBookedAndFreePerDay()
{
    const auto response = get("/ges/v1/admin/queues?tenant=acme&days=3");
    const QJsonArray perDay =
        row(response.data().toObject(), "acme", f.service).value("slots").toArray();
    QCOMPARE(perDay.size(), 3);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(perDay.at(i).toObject().value("day").toString(),
                 today.addDays(i).toString(Qt::ISODate));
    const QJsonObject tomorrow = perDay.at(1).toObject();
    QCOMPARE(tomorrow.value("booked").toInt(), 2);
    QCOMPARE(tomorrow.value("total").toInt(), 96 * 100); // open 24 h, 15-minute slots of 100
    QCOMPARE(tomorrow.value("free").toInt(), 96 * 100 - 2);
    QCOMPARE(sql("SELECT sum(booked) FROM slot_bookings WHERE tenant = 'acme' AND service_name = "
                 "'support'"),
             QStringLiteral("2"));
    const QJsonObject first = perDay.at(0).toObject();
    QCOMPARE(first.value("booked").toInt(), 0);
    QVERIFY(first.value("total").toInt() > 0 && first.value("total").toInt() <= 96 * 100);
    QCOMPARE(first.value("free").toInt(), first.value("total").toInt());
    // days=1: today only.
    QCOMPARE(
        row(get("/ges/v1/admin/queues?tenant=acme&days=1").data().toObject(), "acme", f.service)
            .value("slots")
            .toArray()
            .size(),
        1);
}

void TestAdminQueues::closedServiceIsReportedClosed()
{
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const auto created = f.stack.createService(
        f.token,
        QJsonObject{{"tenant", f.tenant},
                    {"name", "night"},
                    {"specialDays", QJsonArray{QJsonObject{{"date", today}, {"closed", true}}}}});
    QCOMPARE(created.status, 200);
    const QJsonObject night =
        row(get("/ges/v1/admin/queues?tenant=acme").data().toObject(), "acme", "night");
    QCOMPARE(night.value("open").toBool(true), false);
    QCOMPARE(night.value("openFor").toInt(-1), 0);
    QCOMPARE(night.value("slots").toArray().at(0).toObject().value("total").toInt(-1), 0);
    QVERIFY(night.value("slots").toArray().at(1).toObject().value("total").toInt() > 0);
}

void TestAdminQueues::tenantsScopeTheView()
{
    const QString monitor = loginAs("acme-monitor", {"Callback Monitor"}, {"acme"});
    QVERIFY(!monitor.isEmpty());
    const auto own = get("/ges/v1/admin/queues", monitor);
    QCOMPARE(own.status, 200);
    for (const QJsonValue &v : own.data().toObject().value("queues").toArray())
        QCOMPARE(v.toObject().value("tenant").toString(), QStringLiteral("acme"));
    QCOMPARE(get("/ges/v1/admin/queues?tenant=globex", monitor).status, 403);

    const QString devops = loginAs("ops-reader", {"Platform Read Only"}, {});
    QVERIFY(!devops.isEmpty());
    const auto everywhere = get("/ges/v1/admin/queues", devops);
    QCOMPARE(everywhere.status, 200);
    QVERIFY(!row(everywhere.data().toObject(), "globex", "intl").isEmpty());
    QVERIFY(!row(everywhere.data().toObject(), "acme", "support").isEmpty());

    const QString developer = loginAs("acme-developer", {"Developer"}, {"acme"});
    QCOMPARE(get("/ges/v1/admin/queues", developer).status, 403);
}

void TestAdminQueues::badParametersAreRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("days 0") << "days=0";
    QTest::newRow("days 15") << "days=15";
    QTest::newRow("days text") << "days=many";
}

void TestAdminQueues::badParametersAreRefused()
{
    QFETCH(QString, query);
    const auto response = get("/ges/v1/admin/queues?" + query);
    QCOMPARE(response.status, 400);
    QVERIFY(response.body.contains("days"));
}

void TestAdminQueues::countsQueryUsesThePartialIndex()
{
    // The table is tiny here, so the planner is told to avoid sequential scans: what is
    // checked is that an index serves the shape, as it must at a million rows.
    const QString plan = sql("SET enable_seqscan = off; EXPLAIN SELECT tenant, service_name, "
                             "state, count(*) FROM callbacks WHERE state <> 'COMPLETED' "
                             "AND tenant = ANY('{acme}') GROUP BY tenant, service_name, state");
    QVERIFY2(plan.contains("callbacks_active_by_state"), qPrintable(plan));
}

QTEST_GUILESS_MAIN(TestAdminQueues)
#include "tst_adminqueues.moc"
