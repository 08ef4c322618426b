// The Services tab against a real gesd: services and call-in groups listed, created,
// edited (office hours through the weekly grid, capacity, special days) and deleted,
// refusals shown in the server's words, and a Monitor left with a read-only tab.
#include "DesktopFixture.h"
#include "dialogs/CallInGroupDialog.h"
#include "dialogs/ServiceDialog.h"
#include "models/CallInGroupTableModel.h"
#include "models/ServiceTableModel.h"
#include "models/SpecialDaysModel.h"
#include "models/WeeklyHours.h"
#include "tabs/ServicesTab.h"
#include "widgets/OfficeHoursEditor.h"
#include "widgets/OfficeHoursGrid.h"
#include "widgets/RecordListSection.h"
#include "widgets/ServiceGeneralPage.h"
#include "widgets/ServiceLimitsPage.h"
#include "widgets/SpecialDaysEditor.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using ges::test::App;
using ges::test::ServerTimeoutMs;

namespace {
QJsonObject hours(const QStringList &days, const char *open, const char *close)
{
    return {{"days", QJsonArray::fromStringList(days)}, {"open", open}, {"close", close}};
}

const QStringList Weekdays{"MON", "TUE", "WED", "THU", "FRI"};
const QJsonArray WeekAndSaturday{hours(Weekdays, "08:00", "18:00"),
                                 hours({"SAT"}, "09:00", "12:30")};

QList<ges::OfficeHours> parseHours(const QJsonArray &json)
{
    QList<ges::FieldProblem> problems;
    const auto service = ges::ServiceConfig::fromJson(
        {{"tenant", "t"}, {"name", "n"}, {"virtualQueue", "q"}, {"officeHours", json}}, &problems);
    return service ? service->officeHours : QList<ges::OfficeHours>();
}

QJsonValue hoursJson(const QList<ges::OfficeHours> &ranges)
{
    ges::ServiceConfig service;
    service.officeHours = ranges;
    return service.toJson().value("officeHours");
}

// Drags on the grid from one cell to another, as a mouse does.
void drag(OfficeHoursGrid *grid, QPoint fromCell, QPoint toCell)
{
    const QPoint from = grid->cellRect(fromCell.y(), fromCell.x()).center();
    const QPoint to = grid->cellRect(toCell.y(), toCell.x()).center();
    QTest::mousePress(grid, Qt::LeftButton, {}, from);
    QTest::mouseMove(grid, to);
    QTest::mouseRelease(grid, Qt::LeftButton, {}, to);
}

// True once `dialog` has gone (it deletes itself on close) or is hidden.
bool closedBySave(QDialog *dialog)
{
    const QPointer<QDialog> guard(dialog);
    return QTest::qWaitFor([guard] { return !guard || !guard->isVisible(); }, ServerTimeoutMs);
}

// Keyboard shortcuts need an active window and the focus in the right place.
bool focus(QWidget *widget)
{
    widget->window()->activateWindow();
    widget->setFocus();
    return QTest::qWaitForWindowActive(widget->window()) &&
           QTest::qWaitFor([widget] { return widget->hasFocus(); });
}

template <typename T> T *openDialog(QWidget *parent)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (T *dialog : parent->findChildren<T *>())
                if (dialog->isVisible())
                    found = dialog;
            return found != nullptr;
        },
        ServerTimeoutMs);
    return found;
}
} // namespace

class TestDesktopServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void weeklyHoursRoundTrip_data();
    void weeklyHoursRoundTrip();
    void gridDragPaintsWeek();
    void hoursShownInTheUsersLanguage();
    void listShowsDesktopService();
    void editingHoursCapacityAndSpecialDaysReachesServer();
    void newServiceIsCreatedOnServer();
    void invalidValuesAreRefusedBeforeSending();
    void serverRefusalIsShownInDialog();
    void deleteRemovesService();
    void deleteWithActiveCallbacksShowsConflict();
    void callInGroupCreateEditDelete();
    void monitorSeesReadOnlyActions();

private:
    ServicesTab *tab() const { return m_app->window.servicesTab(); }
    QJsonObject serverRecord(const char *path, const char *list, const QString &name) const;
    QJsonObject serverService(const QString &name) const
    {
        return serverRecord(ges::paths::AdminServices, "services", name);
    }
    QJsonObject serverGroup(const QString &name) const
    {
        return serverRecord(ges::paths::AdminCallInGroups, "callInGroups", name);
    }
    int rowOf(const QString &name) const;
    bool addServiceOnServer(const QString &name);
    ServiceDialog *editService(const QString &name);
    void confirmDelete();

    ges::test::DesktopFixture m_fixture;
    std::unique_ptr<App> m_app;
};

void TestDesktopServices::initTestCase()
{
    QVERIFY(m_fixture.start());
    m_app = std::make_unique<App>();
    QVERIFY(m_fixture.logIn(*m_app));
    m_app->window.tabs()->setCurrentWidget(tab());
}

QJsonObject TestDesktopServices::serverRecord(const char *path, const char *list,
                                              const QString &name) const
{
    const auto response = m_fixture.admin("GET", QLatin1String(path));
    for (const QJsonValue &record : response.data().toObject().value(list).toArray())
        if (record.toObject().value("name").toString() == name)
            return record.toObject();
    return {};
}

int TestDesktopServices::rowOf(const QString &name) const
{
    for (int row = 0; row < tab()->serviceModel()->rowCount(); ++row)
        if (tab()->serviceModel()->serviceAt(row).name == name)
            return row;
    return -1;
}

// Creates a service through the admin API and waits until the tab lists it.
bool TestDesktopServices::addServiceOnServer(const QString &name)
{
    if (!m_fixture.stack->createService(m_fixture.token, m_fixture.tenant, name))
        return false;
    m_app->find<QPushButton>(tab(), "refreshButton")->click();
    return QTest::qWaitFor([&] { return !tab()->isBusy() && rowOf(name) >= 0; }, ServerTimeoutMs);
}

ServiceDialog *TestDesktopServices::editService(const QString &name)
{
    tab()->serviceSection()->selectRow(rowOf(name));
    m_app->find<QPushButton>(tab(), "editServiceButton")->click();
    return openDialog<ServiceDialog>(tab());
}

void TestDesktopServices::confirmDelete()
{
    auto *box = openDialog<QMessageBox>(tab());
    QVERIFY(box);
    QCOMPARE(box->objectName(), QString("confirmDeleteBox"));
    box->button(QMessageBox::Yes)->click();
}

void TestDesktopServices::weeklyHoursRoundTrip_data()
{
    QTest::addColumn<QJsonArray>("ranges");
    QTest::addColumn<QJsonArray>("canonical");
    QTest::newRow("weekdays and Saturday") << WeekAndSaturday << WeekAndSaturday;
    const QJsonArray split{hours(Weekdays, "08:00", "12:00"), hours(Weekdays, "13:00", "17:00")};
    QTest::newRow("lunch break") << split << split;
    const QJsonArray odd{hours({"MON"}, "07:05", "09:47"), hours({"SUN"}, "00:00", "24:00")};
    QTest::newRow("odd minutes and midnight") << odd << odd;
    QTest::newRow("overlaps merge")
        << QJsonArray{hours({"MON"}, "08:00", "12:00"), hours({"MON", "TUE"}, "10:00", "14:00")}
        << QJsonArray{hours({"MON"}, "08:00", "14:00"), hours({"TUE"}, "10:00", "14:00")};
    QTest::newRow("closed all week") << QJsonArray() << QJsonArray();
}

void TestDesktopServices::weeklyHoursRoundTrip()
{
    QFETCH(QJsonArray, ranges);
    QFETCH(QJsonArray, canonical);
    const auto parsed = parseHours(ranges);
    QCOMPARE(parsed.size(), ranges.size());
    const WeeklyHours week = WeeklyHours::fromRanges(parsed);
    QCOMPARE(hoursJson(week.toRanges()), QJsonValue(canonical));
    QCOMPARE(WeeklyHours::fromRanges(week.toRanges()), week);
}

void TestDesktopServices::gridDragPaintsWeek()
{
    OfficeHoursGrid grid;
    grid.resize(grid.sizeHint());
    QCOMPARE(grid.cellMinutes(), 30);
    grid.setHours(WeeklyHours::fromRanges(parseHours(WeekAndSaturday)));
    // Cells of 30 minutes: MON 08:00 is cell 16, 17:30 cell 35, SAT 12:00 cell 24.
    QCOMPARE(grid.hours().openMinutes(0, 16 * 30, 36 * 30), 20 * 30);
    QCOMPARE(grid.hours().openMinutes(0, 36 * 30, 37 * 30), 0);
    QCOMPARE(grid.hours().openMinutes(5, 24 * 30, 25 * 30), 30);
    QCOMPARE(grid.hours().openMinutes(5, 25 * 30, 26 * 30), 0);

    grid.setHours({});
    QSignalSpy changed(&grid, &OfficeHoursGrid::hoursChanged);
    drag(&grid, {16, 0}, {35, 4}); // MON 08:00 .. FRI 17:30
    drag(&grid, {18, 5}, {24, 5}); // SAT 09:00 .. 12:00, through the cell ending 12:30
    QCOMPARE(changed.count(), 2);
    QCOMPARE(hoursJson(grid.hours().toRanges()), QJsonValue(WeekAndSaturday));
    QTest::mouseClick(&grid, Qt::LeftButton, {}, grid.cellRect(5, 24).center()); // closes it
    QCOMPARE(hoursJson(grid.hours().toRanges()).toArray().at(1).toObject().value("close"),
             QJsonValue("12:00"));
}

void TestDesktopServices::hoursShownInTheUsersLanguage()
{
    const QList<ges::OfficeHours> week = parseHours(WeekAndSaturday);
    QCOMPARE(WeeklyHours::displayText(week, QLocale(QLocale::English, QLocale::UnitedKingdom)),
             QString("Mon–Fri 08:00–18:00; Sat 09:00–12:30"));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    OfficeHoursEditor editor;
    ges::ServiceConfig service;
    service.officeHours = week;
    editor.load(service);
    const QString summary = editor.findChild<QLabel *>("officeHoursSummary")->text();
    ServiceTableModel model;
    model.setServices({service});
    const QString column = model.index(0, ServiceTableModel::OfficeHoursColumn).data().toString();
    const QString midnight =
        WeeklyHours::displayText(parseHours({hours({"SUN"}, "00:00", "24:00")}));
    QLocale::setDefault(before);
    QCOMPARE(summary, QString("Open: Mo.–Fr. 08:00–18:00; Sa. 09:00–12:30"));
    QCOMPARE(column, QString("Mo.–Fr. 08:00–18:00; Sa. 09:00–12:30"));
    QCOMPARE(midnight, QString("So. 00:00–24:00"));
}

void TestDesktopServices::listShowsDesktopService()
{
    QVERIFY(QTest::qWaitFor([this] { return rowOf(m_fixture.service) >= 0; }, ServerTimeoutMs));
    const ges::ServiceConfig &s = tab()->serviceModel()->serviceAt(rowOf(m_fixture.service));
    QCOMPARE(s.tenant, m_fixture.tenant);
    QVERIFY(!s.id.isEmpty());
    QVERIFY(m_app->find<QPushButton>(tab(), "newServiceButton")->isEnabled());
}

void TestDesktopServices::editingHoursCapacityAndSpecialDaysReachesServer()
{
    QVERIFY(addServiceOnServer("svc_edit"));
    ServiceDialog *dialog = editService("svc_edit");
    QVERIFY(dialog);
    dialog->findChild<QTabWidget *>("servicePages")->setCurrentWidget(dialog->officeHoursEditor());
    OfficeHoursGrid *grid = dialog->officeHoursEditor()->grid();
    QTRY_VERIFY(grid->isVisible());
    dialog->findChild<QPushButton *>("clearHoursButton")->click();
    drag(grid, {16, 0}, {35, 4});
    drag(grid, {18, 5}, {24, 5});
    QCOMPARE(dialog->findChild<QLabel *>("officeHoursSummary")->text(),
             QString("Open: %1").arg(WeeklyHours::displayText(parseHours(WeekAndSaturday))));
    dialog->findChild<QSpinBox *>("slotCapacitySpin")->setValue(42);
    dialog->specialDaysEditor()->model()->addDay();
    dialog->findChild<QPushButton *>("okButton")->click();
    QVERIFY(closedBySave(dialog));

    const QJsonObject stored = serverService("svc_edit");
    QCOMPARE(stored.value("officeHours"), QJsonValue(WeekAndSaturday));
    QCOMPARE(stored.value("slotCapacity").toInt(), 42);
    QCOMPARE(stored.value("specialDays").toArray().size(), 1);
    QVERIFY(stored.value("specialDays").toArray().at(0).toObject().value("closed").toBool());
    QCOMPARE(tab()->serviceModel()->serviceAt(rowOf("svc_edit")).slotCapacity, 42);
}

void TestDesktopServices::newServiceIsCreatedOnServer()
{
    QVERIFY(focus(tab()->serviceSection()->view()));
    QTest::keyClick(tab()->serviceSection()->view(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = openDialog<ServiceDialog>(tab());
    QVERIFY(dialog);
    dialog->findChild<QComboBox *>("tenantCombo")->setCurrentText(m_fixture.tenant);
    dialog->findChild<QLineEdit *>("nameEdit")->setText("svc_new");
    dialog->findChild<QLineEdit *>("virtualQueueEdit")->setText("VQ_new");
    dialog->findChild<QComboBox *>("timeZoneCombo")->setCurrentText("Europe/Berlin");
    auto *policy = dialog->findChild<QComboBox *>("duplicatePolicyCombo");
    policy->setCurrentIndex(policy->findData("AT_MOST_1"));
    auto *captcha = dialog->findChild<QCheckBox *>("captchaRequiredCheck");
    QVERIFY(captcha && !captcha->isChecked());
    captcha->setChecked(true);
    dialog->findChild<QSpinBox *>("pushEwtThresholdSpin")->setValue(90);
    dialog->findChild<QPushButton *>("okButton")->click();
    QVERIFY(closedBySave(dialog));

    const QJsonObject stored = serverService("svc_new");
    QCOMPARE(stored.value("tenant").toString(), m_fixture.tenant);
    QCOMPARE(stored.value("timeZone").toString(), QString("Europe/Berlin"));
    QCOMPARE(stored.value("duplicatePolicy").toString(), QString("AT_MOST_1"));
    QCOMPARE(stored.value("captchaRequired"), QJsonValue(true));
    QCOMPARE(stored.value("pushEwtThreshold").toInt(), 90);
    QCOMPARE(stored.value("officeHours"),
             QJsonValue(QJsonArray{hours(Weekdays, "08:00", "18:00")}));
    QVERIFY(rowOf("svc_new") >= 0);
}

void TestDesktopServices::invalidValuesAreRefusedBeforeSending()
{
    const QJsonObject before = serverService("svc_edit");
    ServiceDialog *dialog = editService("svc_edit");
    QVERIFY(dialog);
    dialog->findChild<QTabWidget *>("servicePages")->setCurrentWidget(dialog->limitsPage());
    dialog->findChild<QLineEdit *>("nameEdit")->setText("bad/name");
    dialog->findChild<QComboBox *>("timeZoneCombo")->setCurrentText("Mars/Olympus_Mons");
    dialog->findChild<QPushButton *>("okButton")->click();
    QCOMPARE(m_app->client.requestsInFlight(), 0); // nothing was sent
    auto *error = dialog->findChild<QLabel *>("dialogErrorLabel");
    QVERIFY(error->isVisible());
    // Labelled as the dialog labels its fields, the problems in the user's words.
    QVERIFY2(error->text().contains("Name: 1 to 100 letters") &&
                 error->text().contains("Time zone: \"Mars/Olympus_Mons\""),
             qPrintable(error->text()));
    // The user is taken to the first field in question.
    QCOMPARE(dialog->findChild<QTabWidget *>("servicePages")->currentWidget(),
             static_cast<QWidget *>(dialog->generalPage()));
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QCOMPARE(serverService("svc_edit"), before);
}

void TestDesktopServices::serverRefusalIsShownInDialog()
{
    ServiceDialog *dialog = editService("svc_edit");
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>("nameEdit")->setText(m_fixture.service); // taken
    dialog->findChild<QPushButton *>("okButton")->click();
    auto *error = dialog->findChild<QLabel *>("dialogErrorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), ServerTimeoutMs);
    QVERIFY2(error->text().startsWith("The server did not save the service: "),
             qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QVERIFY(!serverService("svc_edit").isEmpty());
}

void TestDesktopServices::deleteRemovesService()
{
    QVERIFY(addServiceOnServer("svc_delete"));
    QTableView *view = tab()->serviceSection()->view();
    tab()->serviceSection()->selectRow(rowOf("svc_delete"));
    QVERIFY(focus(view));
    QTest::keyClick(view, Qt::Key_Delete);
    confirmDelete();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf("svc_delete") < 0, ServerTimeoutMs);
    QVERIFY(serverService("svc_delete").isEmpty());
}

void TestDesktopServices::deleteWithActiveCallbacksShowsConflict()
{
    QVERIFY(!m_fixture.createCallback("+4930111222").isEmpty());
    tab()->serviceSection()->selectRow(rowOf(m_fixture.service));
    m_app->find<QPushButton>(tab(), "deleteServiceButton")->click();
    confirmDelete();
    auto *error = m_app->find<QLabel>(tab(), "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), ServerTimeoutMs);
    QVERIFY2(error->text().contains("active callbacks"), qPrintable(error->text()));
    QVERIFY(rowOf(m_fixture.service) >= 0);
    QVERIFY(!serverService(m_fixture.service).isEmpty());
}

void TestDesktopServices::callInGroupCreateEditDelete()
{
    m_app->find<QPushButton>(tab(), "newGroupButton")->click();
    auto *dialog = openDialog<CallInGroupDialog>(tab());
    QVERIFY(dialog);
    dialog->findChild<QComboBox *>("tenantCombo")->setCurrentText(m_fixture.tenant);
    dialog->findChild<QLineEdit *>("nameEdit")->setText("Hotline");
    auto *numbers = dialog->findChild<QPlainTextEdit *>("numbersEdit");
    numbers->setPlainText("+49 30 555000\n0049 (30) 555-001\nnot a number");
    auto *feedback = dialog->findChild<QLabel *>("numberFeedback");
    QVERIFY(feedback->text().contains("+4930555000, +4930555001"));
    QVERIFY(feedback->text().contains("Not a phone number: not a number"));
    dialog->findChild<QPushButton *>("okButton")->click();
    QCOMPARE(m_app->client.requestsInFlight(), 0); // refused before sending
    QVERIFY(dialog->findChild<QLabel *>("dialogErrorLabel")->isVisible());

    numbers->setPlainText("+49 30 555000\n0049 (30) 555-001");
    dialog->findChild<QSpinBox *>("codeLengthSpin")->setValue(8);
    dialog->findChild<QSpinBox *>("expirySpin")->setValue(900);
    dialog->findChild<QPushButton *>("okButton")->click();
    QVERIFY(closedBySave(dialog));
    QJsonObject stored = serverGroup("Hotline");
    QCOMPARE(stored.value("phoneNumbers"), QJsonValue(QJsonArray{"+4930555000", "+4930555001"}));
    QCOMPARE(stored.value("accessCodeLength").toInt(), 8);
    QCOMPARE(stored.value("expirySeconds").toInt(), 900);
    QCOMPARE(tab()->groupModel()->rowCount(), 1);

    tab()->groupSection()->selectRow(0);
    m_app->find<QPushButton>(tab(), "editGroupButton")->click();
    dialog = openDialog<CallInGroupDialog>(tab());
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>("codeLengthSpin")->setValue(5);
    dialog->findChild<QPushButton *>("okButton")->click();
    QVERIFY(closedBySave(dialog));
    QCOMPARE(serverGroup("Hotline").value("accessCodeLength").toInt(), 5);
    QCOMPARE(tab()->groupModel()->groupAt(0).accessCodeLength, 5);

    tab()->groupSection()->selectRow(0);
    m_app->find<QPushButton>(tab(), "deleteGroupButton")->click();
    confirmDelete();
    QTRY_VERIFY_WITH_TIMEOUT(tab()->groupModel()->rowCount() == 0, ServerTimeoutMs);
    QVERIFY(serverGroup("Hotline").isEmpty());
}

void TestDesktopServices::monitorSeesReadOnlyActions()
{
    QVERIFY(m_fixture.createUser("svc_monitor", "monitor-pass-1", {ges::roles::Monitor}));
    App monitor;
    QVERIFY(m_fixture.logIn(monitor, "svc_monitor", "monitor-pass-1"));
    ServicesTab *services = monitor.window.servicesTab();
    QVERIFY(monitor.window.tabs()->isTabEnabled(monitor.window.tabs()->indexOf(services)));
    QTRY_VERIFY_WITH_TIMEOUT(services->serviceModel()->rowCount() > 0, ServerTimeoutMs);
    services->serviceSection()->selectRow(0);
    for (const char *name : {"newServiceButton", "editServiceButton", "deleteServiceButton",
                             "newGroupButton", "editGroupButton", "deleteGroupButton"})
        QVERIFY2(!monitor.find<QPushButton>(services, name)->isEnabled(), name);
    // A row still opens, read-only: nothing to save.
    QTest::keyClick(services->serviceSection()->view(), Qt::Key_Return);
    auto *dialog = openDialog<ServiceDialog>(services);
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QPushButton *>("okButton")->isVisible());
    QVERIFY(!dialog->generalPage()->isEnabled());
    dialog->reject();
}

QTEST_MAIN(TestDesktopServices)
#include "tst_desktopservices.moc"
