#include "PasswordDialog.h"

#include "widgets/ErrorBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(AdminClient *client, QWidget *parent)
    : QDialog(parent), m_api(client), m_introLabel(new QLabel(this)),
      m_passwordEdit(new QLineEdit(this)), m_repeatEdit(new QLineEdit(this)),
      m_problemLabel(new QLabel(this)), m_errorBanner(new ErrorBanner(this))
{
    setObjectName("passwordDialog");
    setModal(true);
    m_introLabel->setWordWrap(true);
    m_passwordEdit->setObjectName("newPasswordEdit");
    m_repeatEdit->setObjectName("repeatPasswordEdit");
    m_problemLabel->setObjectName("problemLabel");
    for (QLineEdit *edit : {m_passwordEdit, m_repeatEdit}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    }
    m_passwordEdit->setPlaceholderText(
        tr("at least %1 characters").arg(UsersApi::MinPasswordLength));

    auto *form = new QFormLayout;
    auto *passwordLabel = new QLabel(tr("&New password:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    form->addRow(passwordLabel, m_passwordEdit);
    auto *repeatLabel = new QLabel(tr("&Repeat:"), this);
    repeatLabel->setBuddy(m_repeatEdit);
    form->addRow(repeatLabel, m_repeatEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName("saveButton");
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_errorBanner);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

void PasswordDialog::prepare(const QString &userName)
{
    m_userName = userName;
    setWindowTitle(tr("Reset Password of %1").arg(userName));
    m_introLabel->setText(
        tr("A new password for %1. Every open session of %1 ends when it is saved.").arg(userName));
    clearPasswords();
    m_errorBanner->hide();
    setBusy(false);
    m_passwordEdit->setFocus();
}

void PasswordDialog::clearPasswords()
{
    ++m_request;
    m_passwordEdit->clear();
    m_repeatEdit->clear();
}

QString PasswordDialog::problem() const
{
    const qsizetype length = m_passwordEdit->text().size();
    if (length < UsersApi::MinPasswordLength)
        return tr("At least %1 characters").arg(UsersApi::MinPasswordLength);
    if (length > UsersApi::MaxPasswordLength)
        return tr("At most %1 characters").arg(UsersApi::MaxPasswordLength);
    if (m_repeatEdit->text() != m_passwordEdit->text())
        return tr("The two passwords differ");
    return {};
}

void PasswordDialog::validate()
{
    const QString text = problem();
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
    m_saveButton->setEnabled(text.isEmpty() && !m_busy);
}

void PasswordDialog::accept()
{
    if (m_busy || !problem().isEmpty())
        return;
    setBusy(true);
    m_api.resetPassword(m_userName, m_passwordEdit->text(), this,
                        [this, request = ++m_request](const ApiResult<AdminUserInfo> &result) {
                            if (request == m_request)
                                finished(result);
                        });
}

void PasswordDialog::finished(const ApiResult<AdminUserInfo> &result)
{
    setBusy(false);
    if (!result.ok()) {
        m_errorBanner->showError(tr("Not changed"), result.error());
        return;
    }
    clearPasswords();
    emit passwordChanged(m_userName);
    QDialog::accept();
}

void PasswordDialog::reject()
{
    if (m_busy)
        return;
    clearPasswords();
    QDialog::reject();
}

void PasswordDialog::discard()
{
    clearPasswords();
    setBusy(false);
    if (isVisible())
        done(QDialog::Rejected);
}

void PasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_passwordEdit->setEnabled(!busy);
    m_repeatEdit->setEnabled(!busy);
    m_saveButton->setText(busy ? tr("Saving…") : tr("&Save"));
    m_cancelButton->setEnabled(!busy);
    validate();
}
