// The Callbacks tab's actions against a real gesd, through their dialogs: create with
// the slot picker, reschedule to a free slot, edit user data, cancel, bulk cancel after
// its dry run; asserting on the table and on the server's state. Role-aware: a Monitor
// gets the list without the changing actions.
#include "CallbacksTabDriver.h"
#include "dialogs/BulkCancelDialog.h"
#include "dialogs/CreateCallbackDialog.h"
#include "dialogs/RescheduleDialog.h"
#include "dialogs/UserDataDialog.h"
#include "tabs/CallbackActions.h"
#include "widgets/SlotPicker.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>

using namespace ges::test;

namespace {
// Selects the slot starting at `time` in the picker; false if it is not offered.
bool pickSlot(SlotPicker *picker, const QDateTime &time)
{
    auto *list = picker->findChild<QListView *>("slotList");
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(SlotPicker::SlotTimeRole).toDateTime() == time) {
            list->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

QDateTime tomorrowAt(int hour, int minute = 0)
{
    return QDateTime(QDate::currentDate().addDays(1), QTime(hour, minute)).toUTC();
}
} // namespace

class TestDesktopCallbackActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createWithTheSlotPicker();
    void rescheduleOffersOnlyFreeSlots();
    void editUserData();
    void cancelAfterConfirmation();
    void bulkCancelShowsTheDryRunFirst();
    void monitorCannotChangeCallbacks();

private:
    CallbacksTab *tab() const { return m_app->window.callbacksTab(); }
    template <typename Dialog> Dialog *waitForDialog();

    DesktopFixture m_fixture;
    App *m_app = nullptr;
};

void TestDesktopCallbackActions::initTestCase()
{
    QVERIFY(m_fixture.start());
    // A service with one place per slot, so a booking makes its slot full.
    QCOMPARE(
        m_fixture.stack
            ->createService(m_fixture.token,
                            {{"tenant", m_fixture.tenant}, {"name", "tiny"}, {"slotCapacity", 1}})
            .status,
        200);
    m_app = new App;
    m_app->window.resize(1200, 800);
    QVERIFY(m_fixture.logIn(*m_app));
    QVERIFY(waitIdle(tab()));
}

template <typename Dialog> Dialog *TestDesktopCallbackActions::waitForDialog()
{
    Dialog *dialog = nullptr;
    const bool shown =
        QTest::qWaitFor([&] { return (dialog = tab()->findChild<Dialog *>()) != nullptr; }, 5000);
    return shown ? dialog : nullptr;
}

void TestDesktopCallbackActions::createWithTheSlotPicker()
{
    QAction *action = tab()->actions()->newAction();
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
    action->trigger();
    QPointer<CreateCallbackDialog> dialog = waitForDialog<CreateCallbackDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->servicesLoaded(), ServerTimeoutMs);
    dialog->findChild<QComboBox *>("tenantCombo")->setCurrentText(m_fixture.tenant);
    dialog->findChild<QComboBox *>("serviceCombo")->setCurrentText(m_fixture.service);
    dialog->findChild<QLineEdit *>("phoneEdit")->setText("+4930811001");
    dialog->findChild<QCheckBox *>("scheduledCheck")->setChecked(true);
    auto *create = dialog->findChild<QPushButton *>("createButton");
    QVERIFY(!create->isEnabled()); // scheduled, but no slot picked yet
    SlotPicker *picker = dialog->slotPicker();
    picker->setDay(QDate::currentDate().addDays(1));
    QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading() && picker->slotCount() > 0, ServerTimeoutMs);
    QCOMPARE(picker->slotCount(), 96); // a whole open day of 15-minute slots, all free
    const QDateTime slot = tomorrowAt(14, 30);
    QVERIFY(pickSlot(picker, slot));
    dialog->findChild<QPlainTextEdit *>("userDataEdit")->setPlainText("{\"source\": \"desk\"}");
    QVERIFY(create->isEnabled());
    QSignalSpy createdSpy(dialog.data(), &CreateCallbackDialog::created);
    create->click();
    dialog->reject(); // refused while the create is out: the new callback must reach the list
    QVERIFY(dialog && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, ServerTimeoutMs); // closed on success
    QCOMPARE(createdSpy.size(), 1);

    const auto found = m_fixture.admin("GET", "/ges/v1/admin/callbacks?phone=4930811001");
    const QJsonArray list = found.data().toObject().value("callbacks").toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject created = list.first().toObject();
    QCOMPARE(created.value("desiredTime").toString(), slot.toString(Qt::ISODateWithMs));
    QCOMPARE(created.value("callbackState").toString(), QStringLiteral("SCHEDULED"));
    QCOMPARE(created.value("userData").toObject().value("source").toString(),
             QStringLiteral("desk"));
    // The list reloads and shows it.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(tab()->model(), created.value("id").toString()) >= 0,
                             ServerTimeoutMs);
}

void TestDesktopCallbackActions::rescheduleOffersOnlyFreeSlots()
{
    const QDateTime nine = tomorrowAt(9), ten = tomorrowAt(10), eleven = tomorrowAt(11);
    const QJsonObject tiny{{"serviceName", "tiny"}};
    QJsonObject at = tiny;
    at.insert("desiredTime", nine.toString(Qt::ISODateWithMs));
    const QString id = m_fixture.createCallback("+4930822001", at);
    at.insert("desiredTime", ten.toString(Qt::ISODateWithMs));
    QVERIFY(!m_fixture.createCallback("+4930822002", at).isEmpty()); // 10:00 is now full
    QVERIFY(!id.isEmpty());
    QVERIFY(showPhones(*m_app, "0822"));
    QVERIFY(selectCallbacks(tab(), {id}));
    QVERIFY(tab()->actions()->rescheduleAction()->isEnabled());
    tab()->actions()->rescheduleAction()->trigger();
    QPointer<RescheduleDialog> dialog = waitForDialog<RescheduleDialog>();
    QVERIFY(dialog);
    SlotPicker *picker = dialog->slotPicker();
    QCOMPARE(picker->day(), nine.toLocalTime().date());
    QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading() && picker->slotCount() > 0, ServerTimeoutMs);
    QCOMPARE(picker->slotCount(), 94); // 96 less the two full ones
    QVERIFY(!pickSlot(picker, ten));
    QVERIFY(!pickSlot(picker, nine));
    QVERIFY(pickSlot(picker, eleven));
    dialog->findChild<QPushButton *>("rescheduleButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, ServerTimeoutMs);

    QCOMPARE(serverCallback(m_fixture, id).value("desiredTime").toString(),
             eleven.toString(Qt::ISODateWithMs));
    const int row = rowOf(tab()->model(), id);
    QCOMPARE(tab()->model()->callbackAt(row).desiredTime, eleven);
}

void TestDesktopCallbackActions::editUserData()
{
    const QString id =
        m_fixture.createCallback("+4930833001", {{"userData", QJsonObject{{"a", 1}}}});
    QVERIFY(showPhones(*m_app, "0833"));
    QVERIFY(selectCallbacks(tab(), {id}));
    tab()->actions()->editAction()->trigger();
    QPointer<UserDataDialog> dialog = waitForDialog<UserDataDialog>();
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QPlainTextEdit *>("userDataEdit");
    auto *save = dialog->findChild<QPushButton *>("saveButton");
    QVERIFY(edit->toPlainText().contains("\"a\": 1"));
    edit->setPlainText("{\"order id\": 1}"); // not an identifier: the server would refuse it
    QVERIFY(!save->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>("userDataProblem")->text().contains("order id"));
    edit->setPlainText("[1, 2]");
    QVERIFY(!save->isEnabled());
    edit->setPlainText("{\"orderId\": \"A-7\", \"amount\": 12.5}");
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, ServerTimeoutMs);

    const QJsonObject expected{{"orderId", "A-7"}, {"amount", 12.5}};
    QCOMPARE(serverCallback(m_fixture, id).value("userData").toObject(), expected);
    QCOMPARE(tab()->model()->callbackAt(rowOf(tab()->model(), id)).userData, expected);
}

void TestDesktopCallbackActions::cancelAfterConfirmation()
{
    const QString id = m_fixture.createCallback("+4930844001");
    QVERIFY(showPhones(*m_app, "0844"));
    QVERIFY(selectCallbacks(tab(), {id}));
    QCOMPARE(tab()->actions()->cancelAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    tab()->actions()->cancelAction()->trigger();
    QPointer<QMessageBox> box = waitForDialog<QMessageBox>();
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("cancelConfirm"));
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(serverCallback(m_fixture, id).value("callbackReason").toString(),
                              QStringLiteral("CANCELLED"), ServerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(tab()->model()->callbackAt(rowOf(tab()->model(), id)).state ==
                                 ges::CallbackState::Completed,
                             ServerTimeoutMs);
}

void TestDesktopCallbackActions::bulkCancelShowsTheDryRunFirst()
{
    QStringList ids;
    for (int i = 1; i <= 3; ++i)
        ids << m_fixture.createCallback(QStringLiteral("+493085500%1").arg(i));
    QVERIFY(!ids.contains(QString()));
    QCOMPARE(
        m_fixture.admin("POST", ges::paths::with(ges::paths::AdminCallbackCancel, ids[2])).status,
        200); // already COMPLETED: the dry run reports it as skipped
    QVERIFY(showPhones(*m_app, "085500"));
    QVERIFY(selectCallbacks(tab(), ids));
    QCOMPARE(tab()->actions()->selected().size(), 3);
    QVERIFY(!tab()->actions()->cancelAction()->isEnabled()); // one at a time only
    tab()->actions()->bulkCancelAction()->trigger();
    QPointer<BulkCancelDialog> dialog = waitForDialog<BulkCancelDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->dryRunDone(), ServerTimeoutMs);
    const QString summary = dialog->findChild<QLabel *>("summaryLabel")->text();
    // The skip reason in words, not the server's code.
    QVERIFY2(summary.contains("2 callback") && summary.contains("1 already completed") &&
                 !summary.contains("COMPLETED"),
             qPrintable(summary));
    QCOMPARE(dialog->wouldCancel(), 2);
    // Only a dry run so far: nothing changed on the server.
    QCOMPARE(serverCallback(m_fixture, ids[0]).value("callbackState").toString(),
             QStringLiteral("QUEUED"));
    QSignalSpy cancelled(dialog.data(), &BulkCancelDialog::cancelled);
    dialog->findChild<QPushButton *>("confirmButton")->click();
    QVERIFY(dialog->isCancelling());
    dialog->reject(); // Esc during the real run is refused: its answer must reach the list
    QVERIFY(dialog && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, ServerTimeoutMs);
    QCOMPARE(cancelled.size(), 1);
    for (const QString &id : ids.mid(0, 2)) {
        const QJsonObject callback = serverCallback(m_fixture, id);
        QCOMPARE(callback.value("callbackState").toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(callback.value("callbackReason").toString(), QStringLiteral("CANCELLED"));
        QVERIFY(tab()->model()->callbackAt(rowOf(tab()->model(), id)).state ==
                ges::CallbackState::Completed);
    }
}

void TestDesktopCallbackActions::monitorCannotChangeCallbacks()
{
    QVERIFY(m_fixture.createUser("cb-monitor", "monitor password 1", {ges::roles::Monitor}));
    App app;
    QVERIFY(m_fixture.logIn(app, "cb-monitor", "monitor password 1"));
    CallbacksTab *monitorTab = app.window.callbacksTab();
    QVERIFY(waitIdle(monitorTab));
    QVERIFY(monitorTab->model()->rowCount() > 0); // reading is allowed
    QVERIFY(selectCallbacks(monitorTab, {monitorTab->model()->callbackAt(0).id}));
    for (QAction *action : monitorTab->actions()->all())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    QVERIFY(monitorTab->exportAction()->isEnabled());
}

QTEST_MAIN(TestDesktopCallbackActions)
#include "tst_desktopcallbackactions.moc"
