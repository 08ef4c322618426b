#pragma once
#include "client/UsersApi.h"

#include <QDialog>

class ErrorBanner;
class QLabel;
class QLineEdit;
class QPushButton;

// Sets a new password for a user (typed twice, the server's length rule checked first)
// and sends it itself. The server ends every session of the user when it changes.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(AdminClient *client, QWidget *parent = nullptr);

    void prepare(const QString &userName);
    QString userName() const { return m_userName; }

    void accept() override;

signals:
    void passwordChanged(const QString &userName);

private:
    QString problem() const;
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
    bool m_busy = false;
};
