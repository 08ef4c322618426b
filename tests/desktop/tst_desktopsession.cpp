// The window across sessions against a real gesd: after an expiry the same user finds
// everything as they left it, another user finds nothing of the previous one (models,
// pasted key, open dialogs); logging out closes the open dialogs.
#include "DesktopFixture.h"
#include "dialogs/CreateApiKeyDialog.h"
#include "dialogs/GwsCredentialDialog.h"
#include "models/ApiKeyTableModel.h"
#include "models/UserTableModel.h"
#include "tabs/ApiKeysPanel.h"
#include "tabs/CredentialsTab.h"
#include "tabs/DeveloperTab.h"
#include "tabs/KeyValidationPanel.h"
#include "tabs/UsersTab.h"

#include "shared/AdminEndpoints.h"

#include <QAction>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using ges::test::App;
using ges::test::HttpClient;
using ges::test::ServerTimeoutMs;

namespace {
constexpr char Secret[] = "half-typed-secret";
constexpr char MonitorName[] = "session_monitor";
constexpr char MonitorPassword[] = "monitor-password-1234";
} // namespace

class TestDesktopSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameUserAfterExpiryKeepsEverything();
    void otherUserAfterExpiryStartsClean();
    void logoutClosesDialogs();

private:
    // Logged in as the administrator with the users and keys loaded, a key checked, the
    // GWS dialog open with a secret typed and the create-key dialog open.
    void prepare(App &app);
    // Ends the session on the server and lets the window notice it.
    void expire(App &app);
    static QLineEdit *secretEdit(const App &app)
    {
        return app.find<QLineEdit>(app.window.credentialsTab()->dialog(), "secretEdit");
    }
    static KeyValidationPanel *validation(const App &app)
    {
        return app.window.developerTab()->validationPanel();
    }
    static CreateApiKeyDialog *createKeyDialog(const App &app)
    {
        return app.find<CreateApiKeyDialog>("createKeyDialog");
    }

    ges::test::DesktopFixture m_fixture;
};

void TestDesktopSession::initTestCase()
{
    QVERIFY(m_fixture.start());
    QVERIFY(m_fixture.createUser(MonitorName, MonitorPassword, {ges::roles::Monitor}));
}

void TestDesktopSession::prepare(App &app)
{
    QVERIFY(m_fixture.logIn(app));
    QTRY_VERIFY_WITH_TIMEOUT(app.window.usersTab()->userModel()->rowOf(MonitorName) >= 0,
                             ServerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(app.window.developerTab()->keysPanel()->model()->rowCount() > 0,
                             ServerTimeoutMs);

    app.find<QLineEdit>(validation(app), "validateKeyEdit")->setText(m_fixture.apiKey);
    validation(app)->validate();
    QTRY_VERIFY_WITH_TIMEOUT(validation(app)->lastValidity().has_value(), ServerTimeoutMs);

    app.window.credentialsTab()->registerCredentials();
    QVERIFY(app.window.credentialsTab()->dialog()->isVisible());
    secretEdit(app)->setText(Secret);
    app.window.developerTab()->keysPanel()->createKey();
    QVERIFY(createKeyDialog(app) && createKeyDialog(app)->isVisible());
}

void TestDesktopSession::expire(App &app)
{
    const auto logout =
        HttpClient::postJson(m_fixture.stack->internalUrl(ges::paths::Logout), {},
                             {{"Authorization", "Bearer " + app.client.token().toUtf8()}});
    QCOMPARE(logout.status, 200);
    app.window.usersTab()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(app.dialog()->isVisible(), ServerTimeoutMs);
    QVERIFY(!app.client.hasSession());
}

void TestDesktopSession::sameUserAfterExpiryKeepsEverything()
{
    App app;
    prepare(app);
    if (QTest::currentTestFailed())
        return;
    expire(app);
    if (QTest::currentTestFailed())
        return;

    m_fixture.submitLogin(app, m_fixture.stack->adminUser(), m_fixture.stack->adminPassword());
    QTRY_VERIFY_WITH_TIMEOUT(app.client.hasSession() && !app.dialog()->isVisible(),
                             ServerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!app.window.usersTab()->isBusy(), ServerTimeoutMs);
    QVERIFY(app.window.usersTab()->userModel()->rowOf(MonitorName) >= 0);
    QVERIFY(app.window.developerTab()->keysPanel()->model()->rowCount() > 0);
    QVERIFY(validation(app)->lastValidity().has_value());
    QCOMPARE(app.find<QLineEdit>(validation(app), "validateKeyEdit")->text(), m_fixture.apiKey);
    QVERIFY(app.window.credentialsTab()->dialog()->isVisible());
    QCOMPARE(secretEdit(app)->text(), QString(Secret));
    QVERIFY(createKeyDialog(app) && createKeyDialog(app)->isVisible());
}

void TestDesktopSession::otherUserAfterExpiryStartsClean()
{
    App app;
    prepare(app);
    if (QTest::currentTestFailed())
        return;
    QPointer<CreateApiKeyDialog> createDialog = createKeyDialog(app);
    expire(app);
    if (QTest::currentTestFailed())
        return;

    m_fixture.submitLogin(app, MonitorName, MonitorPassword);
    QTRY_VERIFY_WITH_TIMEOUT(app.client.hasSession() && !app.dialog()->isVisible(),
                             ServerTimeoutMs);
    QCOMPARE(app.client.session().userName, QString(MonitorName));
    // The monitor may read neither users nor keys: nothing may be left of the administrator's.
    QCOMPARE(app.window.usersTab()->userModel()->rowCount(), 0);
    QCOMPARE(app.window.developerTab()->keysPanel()->model()->rowCount(), 0);
    QVERIFY(!validation(app)->lastValidity().has_value());
    QVERIFY(app.find<QLineEdit>(validation(app), "validateKeyEdit")->text().isEmpty());
    // The administrator's dialogs are closed, the typed secret gone.
    QVERIFY(!app.window.credentialsTab()->dialog()->isVisible());
    QVERIFY(secretEdit(app)->text().isEmpty());
    QVERIFY(!createDialog || !createDialog->isVisible());
    // Nothing arrives later either.
    QTest::qWait(300);
    QCOMPARE(app.window.usersTab()->userModel()->rowCount(), 0);
}

void TestDesktopSession::logoutClosesDialogs()
{
    App app;
    prepare(app);
    if (QTest::currentTestFailed())
        return;
    QPointer<CreateApiKeyDialog> createDialog = createKeyDialog(app);
    app.find<QAction>("logoutAction")->trigger();
    QVERIFY(!app.client.hasSession());
    QVERIFY(!app.window.credentialsTab()->dialog()->isVisible());
    QVERIFY(secretEdit(app)->text().isEmpty());
    QVERIFY(!createDialog || !createDialog->isVisible());
    QVERIFY(app.dialog()->isVisible()); // the login dialog stays: it asks for the next one
}

QTEST_MAIN(TestDesktopSession)
#include "tst_desktopsession.moc"
