// The Credentials tab against a real gesd: register, edit, test and delete a tenant's
// GWS credentials through the real dialog, asserting on the model and on the server, and
// that the client secret is nowhere to be seen once saved.
#include "DesktopFixture.h"
#include "FakeGws.h"
#include "dialogs/GwsCredentialDialog.h"
#include "models/GwsCredentialTableModel.h"
#include "tabs/CredentialsTab.h"

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
using ges::test::ServerTimeoutMs;

namespace {
constexpr char Tenant[] = "cred_tenant";
constexpr char Secret[] = "s3cr3t-never-shown-again";
constexpr char AuthUrl[] = "https://gws-auth.example.com/auth/v3";

// True when no cell of `model`, for any role up to well past Qt::UserRole, mentions `text`.
bool modelNeverShows(const QAbstractItemModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (int role = 0; role <= Qt::UserRole + 16; ++role) {
                if (model->index(row, column).data(role).toString().contains(text))
                    return false;
            }
        }
    }
    return true;
}
} // namespace

class TestDesktopAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registerThroughDialogNeverShowsSecret();
    void invalidUrlKeepsSaveDisabled();
    void editWithoutSecretKeepsStoredOne();
    void editWithSecretReplacesIt();
    void testShowsVerdict();
    void deleteRemovesCredentials();
    void cancelIsRefusedWhileSaving();
    void clearClosesDialogAndDropsItsAnswer();

private:
    CredentialsTab *tab() const { return m_app->window.credentialsTab(); }
    GwsCredentialDialog *dialog() const { return tab()->dialog(); }
    QLineEdit *field(const char *name) const { return m_app->find<QLineEdit>(dialog(), name); }
    bool waitIdle() const;
    void focusView() const;
    bool selectTenant(const QString &tenant) const;
    bool save() const;
    void fillRegister(const QString &tenant) const;
    QPushButton *cancelButton() const
    {
        return dialog()->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    }
    QJsonObject serverCredential(const QString &tenant) const;
    QString storedSecret(const QString &tenant) const;

    ges::test::DesktopFixture m_fixture;
    std::unique_ptr<App> m_app;
};

void TestDesktopAdmin::initTestCase()
{
    // gesd takes this environment: the fake GWS listens on loopback, which only an
    // operator's list of GWS hosts allows (and then only the hosts on it).
    qputenv("GWS_ALLOWED_HOSTS", "127.0.0.1,gws-auth.example.com");
    QVERIFY(m_fixture.start());
    m_app = std::make_unique<App>();
    QVERIFY(m_fixture.logIn(*m_app));
    QVERIFY(waitIdle());
    QVERIFY(m_app->find<QPushButton>(tab(), "registerButton")->isEnabled());
    m_app->window.tabs()->setCurrentWidget(tab());
}

// Shortcuts reach only the shown tab of the active window; offscreen, a closed dialog
// leaves no window active.
void TestDesktopAdmin::focusView() const
{
    m_app->window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_app->window));
    tab()->view()->setFocus();
}

bool TestDesktopAdmin::waitIdle() const
{
    return QTest::qWaitFor([this] { return !tab()->isBusy(); }, ServerTimeoutMs);
}

bool TestDesktopAdmin::selectTenant(const QString &tenant) const
{
    if (!QTest::qWaitFor([&] { return tab()->model()->rowOf(tenant) >= 0; }, ServerTimeoutMs) ||
        !waitIdle())
        return false;
    const QAbstractItemModel *shown = tab()->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, GwsCredentialTableModel::TenantColumn).data() == tenant) {
            tab()->view()->selectRow(row);
            return true;
        }
    }
    return false;
}

// Presses Save and waits until the dialog closed after the server's answer.
bool TestDesktopAdmin::save() const
{
    QPushButton *button = m_app->find<QPushButton>(dialog(), "saveButton");
    if (!button->isEnabled())
        return false;
    button->click();
    return QTest::qWaitFor([this] { return !dialog()->isVisible(); }, ServerTimeoutMs);
}

QJsonObject TestDesktopAdmin::serverCredential(const QString &tenant) const
{
    const auto response = m_fixture.admin("GET", ges::paths::AdminGwsCredentials);
    for (const QJsonValue &item : response.data().toObject().value("credentials").toArray()) {
        if (item.toObject().value("tenant").toString() == tenant)
            return item.toObject();
    }
    return {};
}

QString TestDesktopAdmin::storedSecret(const QString &tenant) const
{
    return m_fixture.stack->postgres().psql(
        QStringLiteral("SELECT encode(secret_encrypted, 'hex') FROM gws_credentials "
                       "WHERE tenant = '%1'")
            .arg(tenant));
}

void TestDesktopAdmin::registerThroughDialogNeverShowsSecret()
{
    focusView();
    QTest::keyClick(tab()->view(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(dialog()->isVisible());
    QVERIFY(!dialog()->isEditing());
    field("tenantEdit")->setText(Tenant);
    field("clientIdEdit")->setText("ges-client");
    field("secretEdit")->setText(Secret);
    field("authUrlEdit")->setText(AuthUrl);
    field("envUrlEdit")->setText("https://gws-env.example.com/environment/v3");
    QCOMPARE(field("secretEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(save());

    const QJsonObject stored = serverCredential(Tenant);
    QCOMPARE(stored.value("clientId").toString(), QString("ges-client"));
    QCOMPARE(stored.value("urls").toObject().value("auth").toString(), QString(AuthUrl));
    QVERIFY(stored.value("hasSecret").toBool());
    QVERIFY(!storedSecret(Tenant).isEmpty());
    QVERIFY(!m_fixture.admin("GET", ges::paths::AdminGwsCredentials).body.contains(Secret));

    QVERIFY(selectTenant(Tenant));
    const int row = tab()->model()->rowOf(Tenant);
    QCOMPARE(tab()->model()->credentialAt(row).clientId, QString("ges-client"));
    QVERIFY(modelNeverShows(tab()->model(), Secret));
    QVERIFY(modelNeverShows(tab()->view()->model(), Secret));
    QVERIFY(field("secretEdit")->text().isEmpty()); // not kept in the closed dialog
}

void TestDesktopAdmin::invalidUrlKeepsSaveDisabled()
{
    tab()->registerCredentials();
    QVERIFY(dialog()->isVisible());
    field("tenantEdit")->setText("other_tenant");
    field("clientIdEdit")->setText("client");
    field("secretEdit")->setText("x");
    field("authUrlEdit")->setText("ftp://gws.example.com/auth");
    QPushButton *saveButton = m_app->find<QPushButton>(dialog(), "saveButton");
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(m_app->find<QLabel>(dialog(), "problemLabel")->text().contains("http"));
    field("authUrlEdit")->setText(AuthUrl);
    QVERIFY(saveButton->isEnabled());
    dialog()->reject();
    QVERIFY(serverCredential("other_tenant").isEmpty());
}

void TestDesktopAdmin::editWithoutSecretKeepsStoredOne()
{
    const QString sealedBefore = storedSecret(Tenant);
    QVERIFY(!sealedBefore.isEmpty());
    QVERIFY(selectTenant(Tenant));
    m_app->find<QPushButton>(tab(), "editButton")->click();
    QVERIFY(dialog()->isVisible());
    QVERIFY(dialog()->isEditing());
    QVERIFY(field("secretEdit")->text().isEmpty());
    QCOMPARE(field("secretEdit")->placeholderText(), QString("unchanged — type to replace"));
    QVERIFY(field("tenantEdit")->isReadOnly());
    QCOMPARE(field("authUrlEdit")->text(), QString(AuthUrl));
    field("clientIdEdit")->setText("ges-client-2");
    QVERIFY(save());

    const QJsonObject stored = serverCredential(Tenant);
    QCOMPARE(stored.value("clientId").toString(), QString("ges-client-2"));
    QVERIFY(stored.value("hasSecret").toBool());
    QCOMPARE(storedSecret(Tenant), sealedBefore);
    QVERIFY(QTest::qWaitFor(
        [this] {
            const int row = tab()->model()->rowOf(Tenant);
            return row >= 0 && tab()->model()->credentialAt(row).clientId == "ges-client-2";
        },
        ServerTimeoutMs));
}

void TestDesktopAdmin::editWithSecretReplacesIt()
{
    const QString sealedBefore = storedSecret(Tenant);
    QVERIFY(selectTenant(Tenant));
    tab()->editSelected();
    QVERIFY(dialog()->isVisible());
    field("secretEdit")->setText("another-secret-value");
    QVERIFY(save());
    const QString sealedAfter = storedSecret(Tenant);
    QVERIFY(!sealedAfter.isEmpty());
    QVERIFY(sealedAfter != sealedBefore);
    QVERIFY(modelNeverShows(tab()->model(), "another-secret-value"));
}

// The Test button against a fake GWS: credentials registered (through the admin API)
// with the fake's secret pass, the same client with another secret fails at authentication.
void TestDesktopAdmin::testShowsVerdict()
{
    ges::test::FakeGws gws("desktop-client", "the-right-secret");
    QVERIFY(gws.start());
    const auto registerAt = [&](const QString &tenant, const QString &secret) {
        return m_fixture
                   .admin("PUT", ges::paths::with(ges::paths::AdminGwsCredential, tenant),
                          QJsonObject{{"clientId", "desktop-client"},
                                      {"clientSecret", secret},
                                      {"urls", QJsonObject{{"auth", gws.authUrl()},
                                                           {"stats", gws.statsUrl()}}}})
                   .status == 200;
    };
    QVERIFY(registerAt("gws_good", "the-right-secret"));
    QVERIFY(registerAt("gws_bad", "a-wrong-secret"));
    tab()->reload();
    auto *testButton = m_app->find<QPushButton>(tab(), "testButton");
    auto *result = m_app->find<QLabel>(tab(), "testResultLabel");

    QVERIFY(selectTenant("gws_good"));
    testButton->click();
    QVERIFY(!testButton->isEnabled()); // busy while the server answers
    QVERIFY(
        QTest::qWaitFor([result] { return result->text().contains("passed"); }, ServerTimeoutMs));
    QVERIFY2(result->text().contains("gws_good"), qPrintable(result->text()));
    QVERIFY(testButton->isEnabled());
    QCOMPARE(gws.tokenRequests(), 1);
    QCOMPARE(gws.statsRequests(), 1);

    QVERIFY(selectTenant("gws_bad"));
    testButton->click();
    QVERIFY(
        QTest::qWaitFor([result] { return result->text().contains("failed"); }, ServerTimeoutMs));
    QVERIFY2(result->text().contains("Test of gws_bad failed at authentication"),
             qPrintable(result->text()));
    QVERIFY(!result->text().contains("a-wrong-secret"));
    QCOMPARE(gws.tokenRequests(), 2);
    QCOMPARE(gws.statsRequests(), 1); // no token, no statistics call
}

void TestDesktopAdmin::deleteRemovesCredentials()
{
    QVERIFY(selectTenant(Tenant));
    focusView();
    QTest::keyClick(tab()->view(), Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor(
        [this, &box] {
            for (QMessageBox *candidate : tab()->findChildren<QMessageBox *>("confirmationBox"))
                if (candidate->isVisible())
                    box = candidate;
            return box != nullptr;
        },
        ServerTimeoutMs));
    QVERIFY(serverCredential(Tenant).value("tenant").toString() == Tenant); // not yet
    m_app->find<QPushButton>(box, "confirmButton")->click();
    QVERIFY(QTest::qWaitFor([this] { return tab()->model()->rowOf(Tenant) < 0; }, ServerTimeoutMs));
    QVERIFY(serverCredential(Tenant).isEmpty());
    QVERIFY(storedSecret(Tenant).isEmpty());
}

void TestDesktopAdmin::fillRegister(const QString &tenant) const
{
    tab()->registerCredentials();
    field("tenantEdit")->setText(tenant);
    field("clientIdEdit")->setText("client");
    field("secretEdit")->setText(Secret);
    field("authUrlEdit")->setText(AuthUrl);
}

// The tab reuses its dialog: cancelled while saving, it could be reopened for another
// tenant and the first answer would then close that form. Its answer always lands now.
void TestDesktopAdmin::cancelIsRefusedWhileSaving()
{
    QVERIFY(waitIdle());
    fillRegister("busy_tenant");
    QSignalSpy saved(dialog(), &GwsCredentialDialog::saved);
    m_app->find<QPushButton>(dialog(), "saveButton")->click();
    QVERIFY(dialog()->isBusy());
    QVERIFY(!cancelButton()->isEnabled());
    QTest::keyClick(dialog(), Qt::Key_Escape);
    dialog()->reject();
    QVERIFY(!dialog()->close());
    QVERIFY(dialog()->isVisible());
    QVERIFY(QTest::qWaitFor([this] { return !dialog()->isVisible(); }, ServerTimeoutMs));
    QCOMPARE(saved.size(), 1);
    QVERIFY(field("secretEdit")->text().isEmpty());
    QVERIFY(cancelButton()->isEnabled());
    QVERIFY(!serverCredential("busy_tenant").isEmpty());
}

// On logout (or another user) the open dialog closes even while saving, with its secret,
// and the answer that comes later changes nothing.
void TestDesktopAdmin::clearClosesDialogAndDropsItsAnswer()
{
    QVERIFY(waitIdle());
    fillRegister("dropped_tenant");
    QSignalSpy saved(dialog(), &GwsCredentialDialog::saved);
    m_app->find<QPushButton>(dialog(), "saveButton")->click();
    QVERIFY(dialog()->isBusy());
    tab()->clear();
    QVERIFY(!dialog()->isVisible());
    QVERIFY(field("secretEdit")->text().isEmpty());
    QVERIFY(QTest::qWaitFor([this] { return !serverCredential("dropped_tenant").isEmpty(); },
                            ServerTimeoutMs));
    QTest::qWait(200);
    QCOMPARE(saved.size(), 0);
    QVERIFY(!dialog()->isVisible());
    QCOMPARE(tab()->model()->rowCount(), 0);

    fillRegister("unsent_tenant"); // not busy: closes with what was typed
    tab()->clear();
    QVERIFY(!dialog()->isVisible());
    QVERIFY(field("secretEdit")->text().isEmpty());
    tab()->reload();
    QVERIFY(waitIdle());
}

QTEST_MAIN(TestDesktopAdmin)
#include "tst_desktopadmin.moc"
