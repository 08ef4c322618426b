// The Users tab against a real gesd: create, edit, disable a user and reset a password
// through the real dialogs, list and end sessions, and the tabs a supervisor may not use.
// Each check is made on the tab's models and on the server (admin API, HTTP logins).
#include "DesktopFixture.h"
#include "dialogs/PasswordDialog.h"
#include "dialogs/UserDialog.h"
#include "models/SessionTableModel.h"
#include "models/UserTableModel.h"
#include "tabs/CallbacksTab.h"
#include "tabs/CredentialsTab.h"
#include "tabs/UsersTab.h"

#include "shared/AdminEndpoints.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <memory>

using ges::test::App;
using ges::test::HttpClient;
using ges::test::ServerTimeoutMs;

namespace {
constexpr char Password[] = "first-password-1234";

// Selects the row of `view` whose `column` shows `text`; false when there is none.
bool selectRow(QTableView *view, int column, const QString &text)
{
    const QAbstractItemModel *shown = view->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, column).data().toString() == text) {
            view->selectRow(row);
            return true;
        }
    }
    return false;
}
} // namespace

class TestDesktopUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createUserThroughDialog();
    void editRolesChangesServer();
    void disablingUserStopsLogin();
    void ownDisableAndDemotionAreRefusedWithServerMessage();
    void resetPasswordMakesNewOneWork();
    void passwordDialogsForgetOnCancelAndAwaitTheirAnswer();
    void sessionsAreListedAndCanBeEnded();
    void supervisorHasUsersAndCredentialsDisabled();

private:
    UsersTab *tab() const { return m_app->window.usersTab(); }
    bool waitIdle() const
    {
        return QTest::qWaitFor([this] { return !tab()->isBusy(); }, ServerTimeoutMs);
    }
    bool selectUser(const QString &name) const;
    bool clickSave(QDialog *dialog) const;
    QJsonObject serverUser(const QString &name) const
    {
        return m_fixture.admin("GET", ges::paths::with(ges::paths::AdminUser, name))
            .data()
            .toObject();
    }
    bool canLogIn(const QString &name, const QString &password) const
    {
        return !m_fixture.stack->login(name, password).isEmpty();
    }

    ges::test::DesktopFixture m_fixture;
    std::unique_ptr<App> m_app;
};

void TestDesktopUsers::initTestCase()
{
    QVERIFY(m_fixture.start());
    m_app = std::make_unique<App>();
    QVERIFY(m_fixture.logIn(*m_app));
    QVERIFY(waitIdle());
    m_app->window.tabs()->setCurrentWidget(tab());
    QVERIFY(tab()->userModel()->rowOf(m_fixture.stack->adminUser()) >= 0);
}

// Reloads (others created users by HTTP) and selects `name`'s row.
bool TestDesktopUsers::selectUser(const QString &name) const
{
    tab()->reload();
    if (!waitIdle() || tab()->userModel()->rowOf(name) < 0)
        return false;
    if (!selectRow(tab()->userView(), UserTableModel::NameColumn, name))
        return false;
    return waitIdle() && tab()->sessionsUser() == name;
}

bool TestDesktopUsers::clickSave(QDialog *dialog) const
{
    auto *button = m_app->find<QPushButton>(dialog, "saveButton");
    if (!button->isEnabled())
        return false;
    button->click();
    return QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, ServerTimeoutMs);
}

void TestDesktopUsers::createUserThroughDialog()
{
    m_app->find<QPushButton>(tab(), "newUserButton")->click();
    UserDialog *dialog = tab()->userDialog();
    QVERIFY(dialog->isVisible());
    m_app->find<QLineEdit>(dialog, "nameEdit")->setText("desk_new");
    m_app->find<QLineEdit>(dialog, "passwordEdit")->setText(Password);
    m_app->find<QLineEdit>(dialog, "repeatEdit")->setText("different-password-9");
    auto *save = m_app->find<QPushButton>(dialog, "saveButton");
    m_app->find<QCheckBox>(dialog, "role:Callback Supervisor")->setChecked(true);
    m_app->find<QLineEdit>(dialog, "tenantInput")->setText(m_fixture.tenant);
    m_app->find<QPushButton>(dialog, "addTenantButton")->click();
    QVERIFY(!save->isEnabled()); // the passwords differ
    m_app->find<QLineEdit>(dialog, "repeatEdit")->setText(Password);
    QVERIFY(clickSave(dialog));

    const QJsonObject user = serverUser("desk_new");
    QCOMPARE(user.value("roles").toArray(), QJsonArray{ges::roles::Supervisor});
    QCOMPARE(user.value("tenants").toArray(), QJsonArray{m_fixture.tenant});
    QVERIFY(canLogIn("desk_new", Password));
    QVERIFY(QTest::qWaitFor([this] { return tab()->userModel()->rowOf("desk_new") >= 0; },
                            ServerTimeoutMs));
}

void TestDesktopUsers::editRolesChangesServer()
{
    QVERIFY(m_fixture.createUser("desk_edit", Password, {ges::roles::Monitor}));
    QVERIFY(selectUser("desk_edit"));
    m_app->find<QPushButton>(tab(), "editUserButton")->click();
    UserDialog *dialog = tab()->userDialog();
    QVERIFY(dialog->isVisible() && dialog->isEditing());
    QVERIFY(m_app->find<QCheckBox>(dialog, "role:Callback Monitor")->isChecked());
    m_app->find<QCheckBox>(dialog, "role:Callback Monitor")->setChecked(false);
    m_app->find<QCheckBox>(dialog, "role:Developer")->setChecked(true);
    QVERIFY(clickSave(dialog));
    QCOMPARE(serverUser("desk_edit").value("roles").toArray(), QJsonArray{ges::roles::Developer});
    const int row = tab()->userModel()->rowOf("desk_edit");
    QCOMPARE(tab()->userModel()->userAt(row).roles, QStringList{ges::roles::Developer});
}

void TestDesktopUsers::disablingUserStopsLogin()
{
    QVERIFY(m_fixture.createUser("desk_off", Password, {ges::roles::Monitor}));
    QVERIFY(canLogIn("desk_off", Password));
    QVERIFY(selectUser("desk_off"));
    tab()->editSelected();
    UserDialog *dialog = tab()->userDialog();
    m_app->find<QCheckBox>(dialog, "disabledCheck")->setChecked(true);
    QVERIFY(clickSave(dialog));
    QVERIFY(serverUser("desk_off").value("disabled").toBool());
    QVERIFY(!canLogIn("desk_off", Password));
}

void TestDesktopUsers::ownDisableAndDemotionAreRefusedWithServerMessage()
{
    const QString me = m_fixture.stack->adminUser();
    QVERIFY(selectUser(me));
    tab()->editSelected();
    UserDialog *dialog = tab()->userDialog();
    m_app->find<QCheckBox>(dialog, "disabledCheck")->setChecked(true);
    m_app->find<QPushButton>(dialog, "saveButton")->click();
    auto *error = m_app->find<QLabel>(dialog, "errorLabel");
    QVERIFY(QTest::qWaitFor([error] { return error->isVisible(); }, ServerTimeoutMs));
    QVERIFY2(error->text().contains("cannot disable yourself"), qPrintable(error->text()));
    QVERIFY(dialog->isVisible()); // the form stays for the user to correct

    m_app->find<QCheckBox>(dialog, "disabledCheck")->setChecked(false);
    m_app->find<QCheckBox>(dialog, "role:Callback Administrator")->setChecked(false);
    m_app->find<QCheckBox>(dialog, "role:Callback Monitor")->setChecked(true);
    m_app->find<QPushButton>(dialog, "saveButton")->click();
    QVERIFY(QTest::qWaitFor([error] { return error->text().contains("cannot remove your own"); },
                            ServerTimeoutMs));
    dialog->reject();
    QVERIFY(!serverUser(me).value("disabled").toBool());
    QVERIFY(serverUser(me).value("roles").toArray().contains(ges::roles::Administrator));
}

void TestDesktopUsers::resetPasswordMakesNewOneWork()
{
    const QString newPassword = QStringLiteral("second-password-5678");
    QVERIFY(m_fixture.createUser("desk_pw", Password, {ges::roles::Monitor}));
    QVERIFY(selectUser("desk_pw"));
    m_app->find<QPushButton>(tab(), "resetPasswordButton")->click();
    PasswordDialog *dialog = tab()->passwordDialog();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->userName(), QString("desk_pw"));
    m_app->find<QLineEdit>(dialog, "newPasswordEdit")->setText("short");
    m_app->find<QLineEdit>(dialog, "repeatPasswordEdit")->setText("short");
    QVERIFY(!m_app->find<QPushButton>(dialog, "saveButton")->isEnabled()); // under 12
    m_app->find<QLineEdit>(dialog, "newPasswordEdit")->setText(newPassword);
    m_app->find<QLineEdit>(dialog, "repeatPasswordEdit")->setText(newPassword);
    QVERIFY(clickSave(dialog));
    QVERIFY(canLogIn("desk_pw", newPassword));
    QVERIFY(!canLogIn("desk_pw", Password));
}

// Cancel forgets typed passwords; while a change is out the reused dialog cannot be
// cancelled (reopened for someone else, the old answer would have named them).
void TestDesktopUsers::passwordDialogsForgetOnCancelAndAwaitTheirAnswer()
{
    const QString newPassword = QStringLiteral("third-password-9012");
    QVERIFY(m_fixture.createUser("desk_pw2", Password, {ges::roles::Monitor}));
    QVERIFY(selectUser("desk_pw2"));
    PasswordDialog *dialog = tab()->passwordDialog();
    auto *edit = m_app->find<QLineEdit>(dialog, "newPasswordEdit");
    auto *repeat = m_app->find<QLineEdit>(dialog, "repeatPasswordEdit");
    auto *cancel = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    tab()->resetPassword();
    edit->setText(newPassword);
    repeat->setText(newPassword);
    cancel->click();
    QVERIFY(!dialog->isVisible());
    QVERIFY(edit->text().isEmpty() && repeat->text().isEmpty());

    tab()->resetPassword();
    edit->setText(newPassword);
    repeat->setText(newPassword);
    QSignalSpy changed(dialog, &PasswordDialog::passwordChanged);
    m_app->find<QPushButton>(dialog, "saveButton")->click();
    QVERIFY(!cancel->isEnabled());
    dialog->reject();
    QVERIFY(dialog->isVisible());
    QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, ServerTimeoutMs));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), QString("desk_pw2"));
    QVERIFY(edit->text().isEmpty());
    QVERIFY(canLogIn("desk_pw2", newPassword));

    UserDialog *userDialog = tab()->userDialog();
    tab()->newUser();
    m_app->find<QLineEdit>(userDialog, "nameEdit")->setText("desk_never");
    m_app->find<QLineEdit>(userDialog, "passwordEdit")->setText(newPassword);
    m_app->find<QLineEdit>(userDialog, "repeatEdit")->setText(newPassword);
    userDialog->reject();
    QVERIFY(!userDialog->isVisible());
    QVERIFY(m_app->find<QLineEdit>(userDialog, "passwordEdit")->text().isEmpty());
    QVERIFY(m_app->find<QLineEdit>(userDialog, "repeatEdit")->text().isEmpty());
}

void TestDesktopUsers::sessionsAreListedAndCanBeEnded()
{
    // The window's own session, under the administrator.
    QVERIFY(selectUser(m_fixture.stack->adminUser()));
    bool ownListed = false;
    for (int row = 0; row < tab()->sessionModel()->rowCount(); ++row)
        ownListed = ownListed || tab()->sessionModel()->sessionAt(row).current;
    QVERIFY(ownListed);

    // A second session: another user logged in by HTTP.
    QVERIFY(m_fixture.createUser("desk_sess", Password, {ges::roles::Monitor}));
    const QString token = m_fixture.stack->login("desk_sess", Password);
    QVERIFY(!token.isEmpty());
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
    QVERIFY(selectUser("desk_sess"));
    QVERIFY(tab()->sessionModel()->rowOf(id) >= 0);
    QVERIFY(selectRow(tab()->sessionView(), SessionTableModel::IdColumn, id));

    m_app->find<QPushButton>(tab(), "endSessionButton")->click();
    QMessageBox *box = tab()->findChild<QMessageBox *>("confirmationBox");
    QVERIFY(box && box->isVisible());
    const HttpClient::Headers auth{{"Authorization", "Bearer " + token.toUtf8()}};
    // A Monitor may list callbacks: the token works until the session is ended.
    const QString url = m_fixture.stack->internalUrl(ges::paths::AdminCallbacks);
    QCOMPARE(HttpClient::get(url, auth).status, 200);
    m_app->find<QPushButton>(box, "confirmButton")->click();
    QVERIFY(QTest::qWaitFor([this, &id] { return tab()->sessionModel()->rowOf(id) < 0; },
                            ServerTimeoutMs));
    QCOMPARE(HttpClient::get(url, auth).status, 401);
}

void TestDesktopUsers::supervisorHasUsersAndCredentialsDisabled()
{
    QVERIFY(m_fixture.createUser("desk_super", Password, {ges::roles::Supervisor}));
    App supervisor;
    QVERIFY(m_fixture.logIn(supervisor, "desk_super", Password));
    const QTabWidget *tabs = supervisor.window.tabs();
    QVERIFY(!tabs->isTabEnabled(tabs->indexOf(supervisor.window.usersTab())));
    QVERIFY(!tabs->isTabEnabled(tabs->indexOf(supervisor.window.credentialsTab())));
    QVERIFY(tabs->isTabEnabled(tabs->indexOf(supervisor.window.callbacksTab())));
    QVERIFY(
        !supervisor.find<QPushButton>(supervisor.window.usersTab(), "newUserButton")->isEnabled());
    QVERIFY(!supervisor.find<QPushButton>(supervisor.window.credentialsTab(), "registerButton")
                 ->isEnabled());
}

QTEST_MAIN(TestDesktopUsers)
#include "tst_desktopusers.moc"
