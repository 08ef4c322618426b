#pragma once
#include "settings/LoginHistory.h"

#include <QDialog>

class AdminClient;
class PasswordStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks for server, user name and password and logs in through AdminClient. Accepted
// only once the server has opened a session; its error sentence is shown otherwise.
// Servers and user names are remembered in QSettings, the password (on request) in the
// OS keychain.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(AdminClient *client, PasswordStore *passwords, QWidget *parent = nullptr);

    // Called before every showing: clears the password and any old error.
    void prepare(const QString &preselectedServer = {}, const QString &notice = {});

    void accept() override; // starts the login; the dialog closes when it succeeds
    void reject() override;

signals:
    // The keychain refused to store or forget a password; login itself succeeded.
    void keychainProblem(const QString &message);

private:
    void buildForm();
    void serverPicked();
    void credentialsChosen();
    void passwordRead(const QString &server, const QString &user, const QString &password,
                      const QString &error);
    void loginFinished(const QString &server, const QString &user, const QString &password,
                       bool succeeded);
    void updatePasswordStore(const QString &server, const QString &user, const QString &password);
    void setBusy(bool busy);
    void showError(const QString &message);
    QString server() const;
    QString user() const;

    AdminClient *m_client;
    PasswordStore *m_passwords;
    LoginHistory m_history;
    QComboBox *m_serverCombo;
    QLineEdit *m_userEdit;
    QLineEdit *m_passwordEdit;
    QCheckBox *m_rememberCheck;
    QLabel *m_noticeLabel;
    QLabel *m_errorLabel;
    QLabel *m_keychainLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_loginButton;
    bool m_busy = false;
};
