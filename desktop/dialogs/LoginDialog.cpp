#include "LoginDialog.h"

#include "client/AdminClient.h"
#include "settings/PasswordStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoginDialog::LoginDialog(AdminClient *client, PasswordStore *passwords, QWidget *parent)
    : QDialog(parent), m_client(client), m_passwords(passwords)
{
    setObjectName("loginDialog");
    setWindowTitle(tr("Log in to GES"));
    buildForm();
}

void LoginDialog::buildForm()
{
    m_serverCombo = new QComboBox(this);
    m_serverCombo->setObjectName("serverCombo");
    m_serverCombo->setEditable(true);
    m_serverCombo->setInsertPolicy(QComboBox::NoInsert);
    m_serverCombo->setMinimumContentsLength(32);
    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName("userEdit");
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName("passwordEdit");
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_rememberCheck = new QCheckBox(tr("&Remember password in the system keychain"), this);
    m_rememberCheck->setObjectName("rememberCheck");

    const auto makeLabel = [this](const char *name, const QString &style) {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setStyleSheet(style);
        label->hide();
        return label;
    };
    m_noticeLabel = makeLabel("noticeLabel", {});
    m_errorLabel = makeLabel("errorLabel", "QLabel { color: #b00020; }");
    m_keychainLabel = makeLabel("keychainLabel", "QLabel { color: palette(mid); }");

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_loginButton = m_buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName("loginButton");
    m_loginButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_serverCombo);
    form->addRow(tr("&User name:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(QString(), m_rememberCheck);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_noticeLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_keychainLabel);
    layout->addWidget(m_buttons);

    connect(m_serverCombo, &QComboBox::activated, this, &LoginDialog::serverPicked);
    connect(m_serverCombo->lineEdit(), &QLineEdit::editingFinished, this,
            &LoginDialog::credentialsChosen);
    connect(m_userEdit, &QLineEdit::editingFinished, this, &LoginDialog::credentialsChosen);
}

void LoginDialog::prepare(const QString &preselectedServer, const QString &notice)
{
    const QString current = server();
    QStringList servers = m_history.servers();
    if (servers.isEmpty())
        servers.append(LoginHistory::defaultServer());
    m_serverCombo->clear();
    m_serverCombo->addItems(servers);
    // Preselected (--server) beats the server of the last session, which beats history.
    const QString chosen = !preselectedServer.isEmpty() ? preselectedServer
                           : !current.isEmpty()         ? current
                                                        : servers.first();
    m_serverCombo->setEditText(chosen);
    m_userEdit->setText(m_history.userFor(chosen));
    m_passwordEdit->clear();
    m_rememberCheck->setChecked(false);
    m_noticeLabel->setText(notice);
    m_noticeLabel->setVisible(!notice.isEmpty());
    m_errorLabel->hide();
    m_keychainLabel->hide();
    setBusy(false);
    credentialsChosen();
    (m_userEdit->text().isEmpty() ? m_userEdit : m_passwordEdit)->setFocus();
}

QString LoginDialog::server() const
{
    return m_serverCombo->currentText().trimmed();
}

QString LoginDialog::user() const
{
    return m_userEdit->text().trimmed();
}

void LoginDialog::serverPicked()
{
    // Another server usually means another account: offer the one used there last.
    const QString rememberedUser = m_history.userFor(server());
    if (!rememberedUser.isEmpty() && rememberedUser != user()) {
        m_userEdit->setText(rememberedUser);
        m_passwordEdit->clear();
        m_rememberCheck->setChecked(false);
    }
    credentialsChosen();
}

void LoginDialog::credentialsChosen()
{
    const QString server = this->server();
    if (user().isEmpty())
        m_userEdit->setText(m_history.userFor(server));
    const QString user = this->user();
    if (server.isEmpty() || user.isEmpty() || !m_passwords->hasPassword(server, user))
        return;
    m_passwords->read(server, user, this,
                      [this, server, user](const QString &password, const QString &error) {
                          passwordRead(server, user, password, error);
                      });
}

void LoginDialog::passwordRead(const QString &server, const QString &user, const QString &password,
                               const QString &error)
{
    // The user may have moved on to another server or account meanwhile.
    if (server != this->server() || user != this->user())
        return;
    if (!error.isEmpty()) {
        m_keychainLabel->setText(
            tr("The saved password could not be read from the keychain: %1").arg(error));
        m_keychainLabel->show();
        return;
    }
    if (password.isEmpty() || !m_passwordEdit->text().isEmpty())
        return;
    m_passwordEdit->setText(password);
    m_rememberCheck->setChecked(true);
}

void LoginDialog::accept()
{
    if (m_busy)
        return;
    const QString server = this->server();
    const QString user = this->user();
    const QString password = m_passwordEdit->text();
    if (server.isEmpty() || user.isEmpty() || password.isEmpty()) {
        showError(tr("Please enter the server, your user name and your password."));
        return;
    }
    setBusy(true);
    m_client->login(server, user, password, this,
                    [this, server, user, password](const ApiResult<SessionInfo> &result) {
                        setBusy(false);
                        if (!result.ok()) {
                            showError(result.error().message);
                            m_passwordEdit->selectAll();
                            m_passwordEdit->setFocus();
                            return;
                        }
                        m_history.remember(server, user);
                        updatePasswordStore(server, user, password);
                        m_passwordEdit->clear();
                        QDialog::accept();
                    });
}

void LoginDialog::reject()
{
    // A login in flight ends within the client's timeout; closing now would leave a
    // session opening behind the user's back.
    if (m_busy)
        return;
    QDialog::reject();
}

void LoginDialog::updatePasswordStore(const QString &server, const QString &user,
                                      const QString &password)
{
    const auto reportProblem = [this](const QString &error) {
        if (!error.isEmpty())
            emit keychainProblem(
                tr("Could not update the saved password in the system keychain: %1").arg(error));
    };
    if (m_rememberCheck->isChecked())
        m_passwords->write(server, user, password, this, reportProblem);
    else if (m_passwords->hasPassword(server, user))
        m_passwords->remove(server, user, this, reportProblem);
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_serverCombo->setEnabled(!busy);
    m_userEdit->setEnabled(!busy);
    m_passwordEdit->setEnabled(!busy);
    m_rememberCheck->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    m_loginButton->setText(busy ? tr("Logging in…") : tr("&Log in"));
    if (busy)
        m_errorLabel->hide();
}

void LoginDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}
