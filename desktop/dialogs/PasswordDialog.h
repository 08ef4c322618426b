#pragma once
#include "client/UsersApi.h"

#include <QDialog>

class ErrorBanner;
class QLabel;
class QLineEdit;
class QPushButton;

// Sets a new password for a user (typed twice, the server's length rule checked first)
// and sends it itself. The server ends every session of the user when it changes.
//
// The tab reuses one instance: while the change is out the dialog cannot be cancelled, so
// its answer always concerns the user it names; discard() drops it when the session ends.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(AdminClient *client, QWidget *parent = nullptr);

    void prepare(const QString &userName);
    QString userName() const { return m_userName; }

    void accept() override;
    void reject() override; // refused while the change is out; forgets the typed password
    // Closes even while busy, forgetting the password and the answer of a change under way.
    void discard();

signals:
    void passwordChanged(const QString &userName);

private:
    QString problem() const;
    void clearPasswords();
    void finished(const ApiResult<AdminUserInfo> &result);
    void validate();
    void setBusy(bool busy);

    UsersApi m_api;
    QString m_userName;
    QLabel *m_introLabel;
    QLineEdit *m_passwordEdit;
    QLineEdit *m_repeatEdit;
    QLabel *m_problemLabel;
    ErrorBanner *m_errorBanner;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    bool m_busy = false;
    int m_request = 0; // the change whose answer is awaited; older answers are dropped
};
