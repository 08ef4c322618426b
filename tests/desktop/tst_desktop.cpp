// Drives ges-admin's real widgets against a real gesd, as a user would: log in through
// the dialog, see the callbacks an app created, page through them, get logged out.
#include "DesktopFixture.h"
#include "models/CallbackTableModel.h"
#include "settings/PasswordStore.h"
#include "tabs/CallbacksTab.h"

#include "shared/ApiPaths.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <memory>

using ges::test::App;
using ges::test::HttpClient;
using ges::test::ServerTimeoutMs;

namespace {
constexpr char FirstPhone[] = "+4930123456";

bool modelHasPhone(const CallbackTableModel *model, const QString &phone)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->callbackAt(row).phoneNumber == phone)
            return true;
    }
    return false;
}

CallbackTableModel *modelOf(const App &app)
{
    return app.window.callbacksTab()->model();
}
} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void callbackModelPagesAndPreviewsUserData();
    void invalidServerAddressIsRefusedBeforeSending();
    void unreachableServerIsReportedInDialog();
    void loginShowsCallbackCreatedByApp();
    void stateFilterIsAppliedByServer();
    void wrongPasswordShowsServerMessage();
    void pagesAreFetchedWhenViewNeedsThem();
    void endedSessionAsksForLoginAgain();
    void rememberedPasswordComesBackFromKeychain();

private:
    QString createCallback(const QString &phone);
    void openLogin(App &app);
    void logIn(App &app, const QString &password);

    ges::test::DesktopFixture m_fixture;
    ges::test::TestStack *m_stack = nullptr;
};

void TestDesktop::initTestCase()
{
    QVERIFY(m_fixture.start());
    m_stack = m_fixture.stack.get();
    QVERIFY(!createCallback(FirstPhone).isEmpty());
}

QString TestDesktop::createCallback(const QString &phone)
{
    return m_fixture.createCallback(phone, {{"userData", QJsonObject{{"case", 42}}}});
}

void TestDesktop::openLogin(App &app)
{
    m_fixture.openLogin(app);
    QTRY_VERIFY(app.dialog()->isVisible());
}

void TestDesktop::logIn(App &app, const QString &password)
{
    m_fixture.submitLogin(app, m_stack->adminUser(), password);
}

void TestDesktop::callbackModelPagesAndPreviewsUserData()
{
    CallbackTableModel model;
    ges::Callback callback;
    callback.id = "a";
    callback.phoneNumber = FirstPhone;
    for (int i = 0; i < 40; ++i)
        callback.userData.insert(QStringLiteral("key%1").arg(i), i);
    CallbackPage first{{callback}, "cursor-1"};
    model.setFirstPage(first);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.canFetchMore({}));

    QStringList requested;
    connect(&model, &CallbackTableModel::moreRequested, this,
            [&requested](const QString &cursor) { requested.append(cursor); });
    model.fetchMore({});
    model.fetchMore({}); // already fetching: no second request for the same page
    QCOMPARE(requested, QStringList{"cursor-1"});

    callback.id = "b";
    model.appendPage(CallbackPage{{callback}, QString()});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.canFetchMore({}));

    const QString preview = model.index(0, CallbackTableModel::UserDataColumn).data().toString();
    QCOMPARE(preview.size(), CallbackTableModel::UserDataPreviewLength);
    QVERIFY(preview.startsWith("{\""));
}

void TestDesktop::invalidServerAddressIsRefusedBeforeSending()
{
    AdminClient client;
    std::optional<ApiResult<SessionInfo>> answer;
    client.login("not a url", "admin", "pw", this,
                 [&answer](const ApiResult<SessionInfo> &result) { answer = result; });
    QVERIFY(!answer); // asynchronous even when nothing is sent
    QTRY_VERIFY(answer);
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error().httpStatus, 0);
    QVERIFY(answer->error().message.contains("not a url"));
    QVERIFY(!client.hasSession());
}

void TestDesktop::unreachableServerIsReportedInDialog()
{
    QTcpServer closed; // a port nobody listens on any more
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();

    App app;
    app.window.show();
    app.window.showLogin(url);
    app.find<QLineEdit>(app.dialog(), "userEdit")->setText("admin");
    app.find<QLineEdit>(app.dialog(), "passwordEdit")->setText("pw");
    app.find<QPushButton>(app.dialog(), "loginButton")->click();
    auto *error = app.find<QLabel>(app.dialog(), "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), ServerTimeoutMs);
    QVERIFY(!error->text().isEmpty());
    QVERIFY(app.dialog()->isVisible());
    QCOMPARE(app.find<QLabel>(&app.window, "connectionLabel")->text(), QString("Not connected"));
}

void TestDesktop::loginShowsCallbackCreatedByApp()
{
    App app;
    openLogin(app);
    logIn(app, m_stack->adminPassword());
    QTRY_VERIFY_WITH_TIMEOUT(!app.dialog()->isVisible(), ServerTimeoutMs);
    QVERIFY(app.client.hasSession());
    QTRY_VERIFY_WITH_TIMEOUT(modelHasPhone(modelOf(app), FirstPhone), ServerTimeoutMs);

    const auto *status = app.find<QLabel>(&app.window, "connectionLabel");
    QVERIFY(status->text().contains(m_stack->adminUser()));
    QVERIFY(!app.find<QLabel>(app.window.callbacksTab(), "errorLabel")->isVisible());
    const QModelIndex tenant = modelOf(app)->index(0, CallbackTableModel::TenantColumn);
    QCOMPARE(tenant.data().toString(), m_fixture.tenant);
}

void TestDesktop::stateFilterIsAppliedByServer()
{
    App app;
    openLogin(app);
    logIn(app, m_stack->adminPassword());
    QTRY_VERIFY_WITH_TIMEOUT(modelHasPhone(modelOf(app), FirstPhone), ServerTimeoutMs);

    auto *states = app.find<QComboBox>(app.window.callbacksTab(), "stateFilter");
    states->setCurrentIndex(states->findData("COMPLETED")); // nothing has completed yet
    QTRY_VERIFY_WITH_TIMEOUT(!app.window.callbacksTab()->isBusy(), ServerTimeoutMs);
    QCOMPARE(modelOf(app)->rowCount(), 0);
    QVERIFY(!app.find<QLabel>(app.window.callbacksTab(), "errorLabel")->isVisible());

    states->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(modelHasPhone(modelOf(app), FirstPhone), ServerTimeoutMs);
}

void TestDesktop::wrongPasswordShowsServerMessage()
{
    const auto expected =
        HttpClient::postJson(m_stack->internalUrl(ges::paths::Login),
                             {{"username", m_stack->adminUser()}, {"password", "wrong"}});
    QCOMPARE(expected.status, 401);
    const QString message = expected.json().value("status").toObject().value("message").toString();
    QVERIFY(!message.isEmpty());

    App app;
    openLogin(app);
    logIn(app, "wrong");
    auto *error = app.find<QLabel>(app.dialog(), "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), ServerTimeoutMs);
    QCOMPARE(error->text(), message);
    QVERIFY(app.dialog()->isVisible());
    QVERIFY(!app.client.hasSession());
    QVERIFY(app.find<QPushButton>(app.dialog(), "loginButton")->isEnabled());
}

void TestDesktop::pagesAreFetchedWhenViewNeedsThem()
{
    const QString second = "+4930123457";
    const QString third = "+4930123458";
    QVERIFY(!createCallback(second).isEmpty());
    QVERIFY(!createCallback(third).isEmpty());

    App app;
    app.window.callbacksTab()->setPageSize(2);
    openLogin(app);
    logIn(app, m_stack->adminPassword());
    CallbackTableModel *model = modelOf(app);
    // The view asks for the next page while its rows do not fill it; asking here too
    // keeps the test independent of the offscreen window's size.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (model->canFetchMore({}))
                model->fetchMore({});
            return model->rowCount() >= 3 && model->nextCursor().isEmpty() &&
                   !app.window.callbacksTab()->isBusy();
        }(),
        ServerTimeoutMs);

    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->callbackAt(row).id);
    QCOMPARE(ids.size(), model->rowCount());           // keyset pages neither repeat nor skip
    QCOMPARE(model->callbackAt(0).phoneNumber, third); // newest first
    QVERIFY(modelHasPhone(model, second));
    QVERIFY(modelHasPhone(model, FirstPhone));
}

void TestDesktop::endedSessionAsksForLoginAgain()
{
    App app;
    openLogin(app);
    logIn(app, m_stack->adminPassword());
    QTRY_VERIFY_WITH_TIMEOUT(modelHasPhone(modelOf(app), FirstPhone), ServerTimeoutMs);

    // The session ends on the server behind the client's back.
    const auto logout =
        HttpClient::postJson(m_stack->internalUrl(ges::paths::Logout), {},
                             {{"Authorization", "Bearer " + app.client.token().toUtf8()}});
    QCOMPARE(logout.status, 200);

    app.find<QPushButton>(app.window.callbacksTab(), "refreshButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(app.dialog()->isVisible(), ServerTimeoutMs);
    QVERIFY(app.window.isVisible());
    QVERIFY(app.find<QLabel>(app.dialog(), "noticeLabel")->isVisible());
    QVERIFY(app.find<QLabel>(app.window.callbacksTab(), "errorLabel")->isVisible());
    QVERIFY(!app.client.hasSession());

    logIn(app, m_stack->adminPassword());
    QTRY_VERIFY_WITH_TIMEOUT(!app.dialog()->isVisible(), ServerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        !app.window.callbacksTab()->isBusy() &&
            !app.find<QLabel>(app.window.callbacksTab(), "errorLabel")->isVisible(),
        ServerTimeoutMs);
    QVERIFY(modelHasPhone(modelOf(app), FirstPhone));
}

// Needs a session bus and an unlocked keyring: scripts/test provides both. By hand:
//   GES_TEST_KEYCHAIN=1 dbus-run-session -- sh -c
//     'echo -n pw | gnome-keyring-daemon --unlock --components=secrets; ./tst_desktop'
void TestDesktop::rememberedPasswordComesBackFromKeychain()
{
    if (qEnvironmentVariableIntValue("GES_TEST_KEYCHAIN") != 1)
        QSKIP("set GES_TEST_KEYCHAIN=1 with an unlocked keyring to run this");
    App app;
    QSignalSpy problems(app.dialog(), &LoginDialog::keychainProblem);
    openLogin(app);
    auto *remember = app.find<QCheckBox>(app.dialog(), "rememberCheck");
    remember->setChecked(true);
    logIn(app, m_stack->adminPassword());
    QTRY_VERIFY_WITH_TIMEOUT(!app.dialog()->isVisible(), ServerTimeoutMs);
    PasswordStore store;
    QTRY_VERIFY(store.hasPassword(m_stack->internalUrl(), m_stack->adminUser()));
    QCOMPARE(problems.size(), 0);

    app.window.findChild<QAction *>("logoutAction")->trigger();
    QTRY_VERIFY(app.dialog()->isVisible());
    auto *password = app.find<QLineEdit>(app.dialog(), "passwordEdit");
    QTRY_COMPARE(password->text(), m_stack->adminPassword());
    QVERIFY(remember->isChecked());

    remember->setChecked(false); // logging in without it forgets the stored password
    app.find<QPushButton>(app.dialog(), "loginButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!app.dialog()->isVisible(), ServerTimeoutMs);
    QTRY_VERIFY(!store.hasPassword(m_stack->internalUrl(), m_stack->adminUser()));
    QCOMPARE(problems.size(), 0);
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
