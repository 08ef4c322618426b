#include "UserDataDialog.h"

#include "widgets/ErrorBanner.h"
#include "widgets/JsonObjectEdit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

UserDataDialog::UserDataDialog(CallbacksApi *api, const ges::Callback &callback, QWidget *parent)
    : QDialog(parent), m_api(api), m_id(callback.id), m_edit(new JsonObjectEdit(this)),
      m_problem(new QLabel(this)), m_error(new ErrorBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName("userDataDialog");
    setWindowTitle(tr("User data of %1").arg(callback.phoneNumber));
    m_edit->setObjectName("userDataEdit");
    m_edit->setObject(callback.userData);
    m_problem->setObjectName("userDataProblem");
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName("saveButton");

    auto *layout = new QVBoxLayout(this);
    auto *hint =
        new QLabel(tr("A JSON object; it replaces the callback's user data as a whole."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(480, 320);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &UserDataDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDataDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserDataDialog::reject);
    updateState();
}

void UserDataDialog::updateState()
{
    m_problem->setText(m_edit->problem());
    m_problem->setVisible(!m_edit->isValid());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_edit->isValid() && !m_saving);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_saving);
}

void UserDataDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}

void UserDataDialog::save()
{
    const auto userData = m_edit->object();
    if (!userData || m_saving)
        return;
    m_saving = true;
    m_error->hide();
    updateState();
    m_api->replaceUserData(m_id, *userData, this, [this](const ApiResult<ges::Callback> &result) {
        m_saving = false;
        updateState();
        if (!result.ok())
            return m_error->showError(tr("Could not save the user data"), result.error());
        emit saved(result.value());
        accept();
    });
}
