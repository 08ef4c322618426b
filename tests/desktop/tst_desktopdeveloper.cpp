// The Developer tab against a real gesd: a key created in the dialog is shown once, copies
// to the clipboard and works on the external API until it is revoked; the validate box,
// the request log with its error details and status filter, the health panel, and a role
// that may not manage keys.
#include "DesktopFixture.h"
#include "dialogs/CreateApiKeyDialog.h"
#include "dialogs/NewApiKeyDialog.h"
#include "models/ApiKeyTableModel.h"
#include "models/DependencyHealthModel.h"
#include "models/RequestLogModel.h"
#include "tabs/ApiKeysPanel.h"
#include "tabs/DeveloperTab.h"
#include "tabs/HealthPanel.h"
#include "tabs/KeyValidationPanel.h"
#include "tabs/RequestLogPanel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QThread>

using ges::test::App;
using ges::test::HttpClient;
using ges::test::ServerTimeoutMs;

namespace {

// App::find(name) cannot be called on the fixture's App (a const member); search by hand.
template <typename T> T *find(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}
constexpr char KeyName[] = "desktop test key";
} // namespace

class TestDesktopDeveloper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createdKeyIsShownOnceAndWorks();
    void validateBoxTellsValidFromGarbage();
    void revokedKeyStopsWorking();
    void requestLogShowsFailedCallWithItsError();
    void requestLogNextPageUsesTheAppliedFilters();
    void healthPanelShowsDependencies();
    void monitorMayNotCreateKeys();
    void createDialogWaitsForItsKey();
    void answerFromBeforeClearLeavesBusyAlone();

private:
    DeveloperTab *tab() const { return m_app->window.developerTab(); }
    ApiKeyTableModel *keys() const { return tab()->keysPanel()->model(); }
    int externalCreate(const QString &key, const QString &phone) const;
    int rowOfName(const QString &name) const;
    bool validate(const QString &key);
    bool loadLog(const std::function<bool(const RequestLogModel *)> &done);

    ges::test::DesktopFixture m_fixture;
    std::unique_ptr<App> m_app;
    QString m_key; // the one created through the dialog
};

void TestDesktopDeveloper::initTestCase()
{
    QVERIFY(m_fixture.start());
    m_app = std::make_unique<App>();
    QVERIFY(m_fixture.logIn(*m_app));
    m_app->window.tabs()->setCurrentWidget(tab());
    // The fixture's own key is listed.
    QVERIFY(QTest::qWaitFor([this] { return keys()->rowCount() > 0; }, ServerTimeoutMs));
}

int TestDesktopDeveloper::externalCreate(const QString &key, const QString &phone) const
{
    return HttpClient::postJson(
               m_fixture.stack->externalUrl(QLatin1String(ges::paths::CallbacksCreate)),
               {{"serviceName", m_fixture.service}, {"phoneNumber", phone}},
               {{"X-API-Key", key.toUtf8()}})
        .status;
}

int TestDesktopDeveloper::rowOfName(const QString &name) const
{
    for (int row = 0; row < keys()->rowCount(); ++row) {
        if (keys()->keyAt(row).name == name)
            return row;
    }
    return -1;
}

void TestDesktopDeveloper::createdKeyIsShownOnceAndWorks()
{
    auto *createButton = find<QPushButton>(&m_app->window, "createKeyButton");
    QVERIFY(createButton && createButton->isEnabled());
    createButton->click();
    auto *dialog = find<CreateApiKeyDialog>(&m_app->window, "createKeyDialog");
    QVERIFY(dialog && dialog->isVisible());
    find<QComboBox>(dialog, "tenantCombo")->setEditText(m_fixture.tenant);
    find<QLineEdit>(dialog, "nameEdit")->setText(KeyName);
    find<QPushButton>(dialog, "createButton")->click();

    NewApiKeyDialog *shown = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (shown = find<NewApiKeyDialog>(&m_app->window, "newKeyDialog")) != nullptr; },
        ServerTimeoutMs));
    QVERIFY(shown->isVisible());
    auto *keyEdit = find<QLineEdit>(shown, "keyEdit");
    QVERIFY(keyEdit->isReadOnly());
    m_key = keyEdit->text();
    QVERIFY(m_key.startsWith("ges_"));
    find<QPushButton>(shown, "copyButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), m_key);
    shown->close();

    QCOMPARE(externalCreate(m_key, "+4930777001"), 200);
    QVERIFY(QTest::qWaitFor([this] { return rowOfName(KeyName) >= 0; }, ServerTimeoutMs));
    const ApiKeyInfo &listed = keys()->keyAt(rowOfName(KeyName));
    QCOMPARE(listed.tenant, m_fixture.tenant);
    QVERIFY(m_key.startsWith(listed.prefix));
    QVERIFY(!listed.revoked());
}

bool TestDesktopDeveloper::validate(const QString &key)
{
    find<QLineEdit>(&m_app->window, "validateKeyEdit")->setText(key);
    find<QPushButton>(&m_app->window, "validateButton")->click();
    KeyValidationPanel *panel = tab()->validationPanel();
    return QTest::qWaitFor([panel] { return panel->lastValidity().has_value(); }, ServerTimeoutMs);
}

void TestDesktopDeveloper::validateBoxTellsValidFromGarbage()
{
    QVERIFY(!m_key.isEmpty());
    KeyValidationPanel *panel = tab()->validationPanel();
    QVERIFY(validate(m_key));
    QVERIFY(panel->lastValidity()->valid);
    QCOMPARE(panel->lastValidity()->tenant, m_fixture.tenant);
    QVERIFY(find<QLabel>(&m_app->window, "validationResult")->text().startsWith("Valid"));

    QVERIFY(validate("ges_this-is-no-key"));
    QVERIFY(!panel->lastValidity()->valid);
    QVERIFY(!panel->lastValidity()->reason.isEmpty());
    QVERIFY(find<QLabel>(&m_app->window, "validationResult")->text().startsWith("Not valid"));
}

void TestDesktopDeveloper::revokedKeyStopsWorking()
{
    const int row = rowOfName(KeyName);
    QVERIFY(row >= 0);
    const QString id = keys()->keyAt(row).id;
    auto *view = find<QTableView>(&m_app->window, "apiKeyView");
    view->selectRow(row);
    auto *revokeButton = find<QPushButton>(&m_app->window, "revokeKeyButton");
    QVERIFY(revokeButton->isEnabled());
    revokeButton->click();
    auto *box = find<QMessageBox>(&m_app->window, "confirmationBox");
    QVERIFY(box && box->isVisible());
    find<QPushButton>(box, "confirmButton")->click();

    QVERIFY(QTest::qWaitFor([&] { return keys()->keyAt(keys()->rowOf(id)).revoked(); },
                            ServerTimeoutMs));
    QVERIFY(!revokeButton->isEnabled());
    QCOMPARE(externalCreate(m_key, "+4930777002"), 401);
    const auto listed =
        m_fixture.admin("GET", QLatin1String(ges::paths::AdminApiKeys) + "?includeRevoked=true");
    bool revokedOnServer = false;
    for (const QJsonValue &key : listed.data().toObject().value("apiKeys").toArray()) {
        if (key.toObject().value("id").toString() == id)
            revokedOnServer = key.toObject().value("revokedAt").isString();
    }
    QVERIFY(revokedOnServer);
    QVERIFY(validate(m_key));
    QCOMPARE(tab()->validationPanel()->lastValidity()->reason, QString("revoked"));
}

// Refreshes the log until `done` holds: entries are written just after the answer.
bool TestDesktopDeveloper::loadLog(const std::function<bool(const RequestLogModel *)> &done)
{
    RequestLogPanel *panel = tab()->requestLogPanel();
    return QTest::qWaitFor(
        [&] {
            if (!panel->isBusy() && done(panel->model()))
                return true;
            if (!panel->isBusy())
                find<QPushButton>(&m_app->window, "logRefreshButton")->click();
            QTest::qWait(200);
            return false;
        },
        ServerTimeoutMs);
}

void TestDesktopDeveloper::requestLogShowsFailedCallWithItsError()
{
    QCOMPARE(externalCreate(m_fixture.apiKey, "not a phone"), 400);
    QCOMPARE(externalCreate(m_fixture.apiKey, "+4930777003"), 200);
    tab()->sections()->setCurrentWidget(tab()->requestLogPanel());
    auto *tenant = find<QComboBox>(&m_app->window, "logTenantFilter");
    QVERIFY(tenant->isEnabled());
    tenant->setEditText(m_fixture.tenant);
    const auto failedRow = [](const RequestLogModel *model) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->entryAt(row).status == 400 && !model->entryAt(row).errorCode.isEmpty())
                return row;
        }
        return -1;
    };
    const auto hasStatus = [](const RequestLogModel *model, int status) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->entryAt(row).status == status)
                return true;
        }
        return false;
    };
    QVERIFY(
        loadLog([&](const RequestLogModel *m) { return failedRow(m) >= 0 && hasStatus(m, 200); }));

    find<QComboBox>(&m_app->window, "statusFilter")->setCurrentText("4xx");
    QVERIFY(
        loadLog([&](const RequestLogModel *m) { return failedRow(m) >= 0 && !hasStatus(m, 200); }));
    const RequestLogModel *model = tab()->requestLogPanel()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->entryAt(row).status / 100 == 4);
    const RequestLogEntry failed = model->entryAt(failedRow(model));
    QCOMPARE(failed.path, QString(ges::paths::CallbacksCreate));
    QVERIFY(m_fixture.apiKey.startsWith(failed.keyPrefix));

    find<QTableView>(&m_app->window, "requestLogView")->selectRow(failedRow(model));
    const QString details = tab()->requestLogPanel()->details();
    QVERIFY2(details.contains(failed.errorCode) && details.contains(failed.corrId),
             qPrintable(details));
    QVERIFY(!failed.message.isEmpty() && details.contains(failed.message));
}

// A path typed but not confirmed is not what the log shows: the next page keeps its filters.
void TestDesktopDeveloper::requestLogNextPageUsesTheAppliedFilters()
{
    RequestLogPanel *panel = tab()->requestLogPanel();
    tab()->sections()->setCurrentWidget(panel);
    for (const char *phone : {"+4930777011", "+4930777012"})
        QCOMPARE(externalCreate(m_fixture.apiKey, phone), 200);
    panel->setPageSize(1);
    find<QComboBox>(&m_app->window, "statusFilter")->setCurrentText("2xx");
    QVERIFY(loadLog([](const RequestLogModel *m) {
        return m->rowCount() == 1 && m->entryAt(0).status / 100 == 2 && !m->nextCursor().isEmpty();
    }));
    auto *path = find<QLineEdit>(&m_app->window, "pathFilter");
    path->setText("/no/such/path"); // typed, not confirmed (no Enter, no focus out)
    panel->model()->fetchMore({});
    QVERIFY(QTest::qWaitFor([panel] { return !panel->isBusy() && panel->model()->rowCount() == 2; },
                            ServerTimeoutMs));
    QCOMPARE(panel->model()->entryAt(1).status / 100, 2);
    QCOMPARE(panel->appliedQuery().path, QString());
    path->clear();
    panel->setPageSize(100);
}

void TestDesktopDeveloper::healthPanelShowsDependencies()
{
    tab()->sections()->setCurrentWidget(tab()->healthPanel());
    HealthPanel *panel = tab()->healthPanel();
    QVERIFY(panel->isRefreshing());
    QVERIFY(QTest::qWaitFor([panel] { return panel->model()->rowOf("postgres") >= 0; },
                            ServerTimeoutMs));
    for (const char *name : {"redis", "postgres"})
        QCOMPARE(panel->model()->dependencyAt(panel->model()->rowOf(name)).status, QString("UP"));
    // Shown in words of the user's language, not the API's UP.
    QCOMPARE(panel->model()
                 ->index(panel->model()->rowOf("redis"), DependencyHealthModel::StatusColumn)
                 .data()
                 .toString(),
             QString("Up"));
    QVERIFY(!panel->overallStatus().isEmpty());
    QVERIFY(!find<QLabel>(&m_app->window, "healthVersion")->text().isEmpty());
    tab()->sections()->setCurrentIndex(0);
    QVERIFY(!panel->isRefreshing());
}

void TestDesktopDeveloper::monitorMayNotCreateKeys()
{
    QVERIFY(m_fixture.createUser("monitor_dev", "monitor-pass-1", {"Callback Monitor"}));
    App monitor;
    QVERIFY(m_fixture.logIn(monitor, "monitor_dev", "monitor-pass-1"));
    DeveloperTab *developer = monitor.window.developerTab();
    QVERIFY(!monitor.window.tabs()->isTabEnabled(monitor.window.tabs()->indexOf(developer)));
    QVERIFY(!find<QPushButton>(&monitor.window, "createKeyButton")->isEnabled());
    QVERIFY(!developer->requestLogPanel()->isEnabled());
}

// Cancel while the create is out used to delete the dialog and with it the new key's
// only display; now the dialog stays until the answer is there.
void TestDesktopDeveloper::createDialogWaitsForItsKey()
{
    tab()->keysPanel()->createKey();
    auto *dialog = find<CreateApiKeyDialog>(&m_app->window, "createKeyDialog");
    QVERIFY(dialog && dialog->isVisible());
    find<QComboBox>(dialog, "tenantCombo")->setEditText(m_fixture.tenant);
    find<QLineEdit>(dialog, "nameEdit")->setText("awaited key");
    find<QPushButton>(dialog, "createButton")->click();
    QVERIFY(dialog->isBusy());
    QVERIFY(
        !dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->isEnabled());
    dialog->reject();
    QVERIFY(!dialog->close());
    QVERIFY(dialog->isVisible());

    NewApiKeyDialog *shown = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (shown = find<NewApiKeyDialog>(&m_app->window, "newKeyDialog")) != nullptr; },
        ServerTimeoutMs));
    QVERIFY(shown->key().startsWith("ges_"));
    shown->close();
    QVERIFY(QTest::qWaitFor([this] { return rowOfName("awaited key") >= 0; }, ServerTimeoutMs));
}

// An answer of a request sent before clear() must not count down the requests sent after.
void TestDesktopDeveloper::answerFromBeforeClearLeavesBusyAlone()
{
    ApiKeysPanel *panel = tab()->keysPanel();
    auto *refresh = find<QPushButton>(panel, "keysRefreshButton");
    QVERIFY(
        QTest::qWaitFor([&] { return m_app->client.requestsInFlight() == 0; }, ServerTimeoutMs));
    QVERIFY(refresh->isEnabled());
    panel->reload();
    // The request goes out and its answer arrives, but waits unhandled in the event queue.
    QCoreApplication::processEvents();
    QThread::msleep(500);
    panel->clear();
    panel->reload();
    QVERIFY(!refresh->isEnabled());
    for (int i = 0; i < 50 && m_app->client.requestsInFlight() > 1; ++i)
        QCoreApplication::processEvents();
    if (m_app->client.requestsInFlight() != 1)
        QSKIP("both answers were handled at once: the order could not be arranged");
    QVERIFY(!refresh->isEnabled()); // the reload after clear() is still out
    QVERIFY(QTest::qWaitFor([&] { return refresh->isEnabled() && keys()->rowCount() > 0; },
                            ServerTimeoutMs));
}

QTEST_MAIN(TestDesktopDeveloper)
#include "tst_desktopdeveloper.moc"
