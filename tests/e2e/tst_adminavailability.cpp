// GET /ges/v1/admin/availability (docs/admin-callbacks.md "Availability"): the external
// availability for a user session, with the tenant checked. Slot arithmetic itself is
// tst_scheduling's; this checks that both endpoints give the same answer.
#include "E2eFixture.h"
#include "shared/AdminEndpoints.h"
#include "shared/ApiPaths.h"
#include "shared/IsoTime.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUrlQuery>

using namespace ges;
using namespace ges::test;

class TestAdminAvailability : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameAnswerAsTheExternalAvailability();
    void bookedSlotsShowOnePlaceLess();
    void refusesBadRequests_data();
    void refusesBadRequests();

private:
    HttpResponse adminAvailability(const QString &query, const QString &session = {});
    QString dayStart() const;

    E2eFixture f;
    QString m_service;
};

void TestAdminAvailability::initTestCase()
{
    QVERIFY(f.start());
    m_service = QStringLiteral("avail");
    const auto created = f.stack.createService(
        f.token,
        {{"tenant", f.tenant},
         {"name", m_service},
         {"slotMinutes", 30},
         {"slotCapacity", 3},
         {"officeHours", QJsonArray{QJsonObject{
                             {"days", QJsonArray{"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"}},
                             {"open", "08:00"},
                             {"close", "10:00"}}}}});
    QCOMPARE(created.status, 200);
}

HttpResponse TestAdminAvailability::adminAvailability(const QString &query, const QString &session)
{
    return f.admin("GET", QLatin1String(paths::AdminAvailability) + u'?' + query, {}, session);
}

QString TestAdminAvailability::dayStart() const
{
    const QDate day = QDate::currentDate().addDays(2);
    return QString::fromLatin1(
        QUrl::toPercentEncoding(isotime::format(QDateTime(day, QTime(0, 0), QTimeZone::utc()))));
}

void TestAdminAvailability::sameAnswerAsTheExternalAvailability()
{
    const QString range = "start=" + dayStart() + "&numberOfDays=1&timezone=Europe/Berlin";
    const auto admin = adminAvailability("tenant=acme&service=" + m_service + u'&' + range);
    QCOMPARE(admin.status, 200);
    const auto external = HttpClient::send(
        "GET",
        f.stack.externalUrl(paths::with(paths::CallbacksAvailability, m_service) + u'?' + range),
        {}, {{"X-API-Key", f.apiKey.toUtf8()}});
    QCOMPARE(external.status, 200);
    QCOMPARE(admin.data().toObject(), external.data().toObject());
    const QJsonObject data = admin.data().toObject();
    QCOMPARE(data.value("slots").toArray().size(), 4); // 08:00..10:00 UTC in 30 minutes
    QCOMPARE(data.value("durationMin").toInt(), 30);
    QCOMPARE(data.value("timezone").toString(), QStringLiteral("Europe/Berlin"));
}

void TestAdminAvailability::bookedSlotsShowOnePlaceLess()
{
    const QDateTime eight(QDate::currentDate().addDays(2), QTime(8, 0), QTimeZone::utc());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(f.external(paths::CallbacksCreate,
                            {{"serviceName", m_service},
                             {"phoneNumber", "+4930555000" + QString::number(i)},
                             {"desiredTime", isotime::format(eight.addSecs(60 * i))}})
                     .status,
                 200);
    const QString query = "tenant=acme&service=" + m_service + "&start=" + dayStart();
    const QJsonArray free = adminAvailability(query).data().toObject().value("slots").toArray();
    QCOMPARE(free.size(), 3); // the full 08:00 slot is left out
    QCOMPARE(free.at(0).toObject().value("utcTime").toString(),
             isotime::format(eight.addSecs(1800)));
    const QJsonArray all =
        adminAvailability(query + "&reportBusy=true").data().toObject().value("slots").toArray();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(0).toObject().value("capacity").toInt(), 0);
    QCOMPARE(all.at(0).toObject().value("total").toInt(), 3);
}

void TestAdminAvailability::refusesBadRequests_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("no tenant") << "service=avail" << 400 << "MISSING_FIELD";
    QTest::newRow("no service") << "tenant=acme" << 400 << "MISSING_FIELD";
    QTest::newRow("bad start") << "tenant=acme&service=avail&start=tomorrow" << 400
                               << "INVALID_FIELD";
    QTest::newRow("unknown service") << "tenant=acme&service=nope" << 404 << "SERVICE_NOT_FOUND";
    QTest::newRow("another tenant") << "tenant=globex&service=avail" << 403 << "FORBIDDEN";
}

void TestAdminAvailability::refusesBadRequests()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    static QString acmeSupervisor;
    if (acmeSupervisor.isEmpty()) {
        QCOMPARE(f.admin("POST", paths::AdminUsers,
                         {{"name", "avail-supervisor"},
                          {"password", "a long enough password"},
                          {"roles", QJsonArray{roles::Supervisor}},
                          {"tenants", QJsonArray{f.tenant}}})
                     .status,
                 200);
        acmeSupervisor = f.stack.login("avail-supervisor", "a long enough password");
    }
    const auto response = adminAvailability(query, acmeSupervisor);
    QCOMPARE(response.status, status);
    QCOMPARE(response.errorCode(), errorCode);
}

QTEST_GUILESS_MAIN(TestAdminAvailability)
#include "tst_adminavailability.moc"
