#include "CallInGroupDialog.h"
#include "FieldProblemText.h"

#include "client/ServicesApi.h"
#include "shared/PhoneNumber.h"
#include "widgets/ErrorBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split('\n')) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}
} // namespace

CallInGroupDialog::CallInGroupDialog(ServicesApi *api, QWidget *parent)
    : QDialog(parent), m_api(api), m_tenant(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_numbers(new QPlainTextEdit(this)), m_numberFeedback(new QLabel(this)),
      m_codeLength(new QSpinBox(this)), m_expiry(new QSpinBox(this)),
      m_error(new ErrorBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName("callInGroupDialog");
    m_error->setObjectName("dialogErrorLabel");
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName("okButton");
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName("cancelButton");
    buildForm();
    connect(m_numbers, &QPlainTextEdit::textChanged, this,
            &CallInGroupDialog::updateNumberFeedback);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CallInGroupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CallInGroupDialog::reject);
}

void CallInGroupDialog::buildForm()
{
    m_tenant->setObjectName("tenantCombo");
    m_tenant->setToolTip(tr("The tenant (CCID) the group belongs to."));
    m_name->setObjectName("nameEdit");
    m_name->setToolTip(tr("1-100 letters, digits, space or _ . : @ -"));
    m_numbers->setObjectName("numbersEdit");
    m_numbers->setTabChangesFocus(true);
    m_numbers->setToolTip(tr("The numbers a caller may be told to dial, one per line. Spaces, "
                             "dashes and brackets are dropped; 00 becomes +."));
    m_numberFeedback->setObjectName("numberFeedback");
    m_numberFeedback->setWordWrap(true);
    m_numberFeedback->setTextFormat(Qt::PlainText);
    m_codeLength->setObjectName("codeLengthSpin");
    m_codeLength->setRange(4, 10);
    m_codeLength->setSuffix(tr(" digits"));
    m_codeLength->setToolTip(tr("Digits of the access code a caller types: 4 at least, or codes "
                                "are guessable; 10 at most, or callers mistype them."));
    m_expiry->setObjectName("expirySpin");
    m_expiry->setRange(30, 86400);
    m_expiry->setSuffix(tr(" s"));
    m_expiry->setAccelerated(true);
    m_expiry->setToolTip(tr("How long after the request a call can still be matched to it."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Phone n&umbers:"), m_numbers);
    form->addRow(QString(), m_numberFeedback);
    form->addRow(tr("Access code &length:"), m_codeLength);
    form->addRow(tr("&Expiry:"), m_expiry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

void CallInGroupDialog::edit(const ges::CallInGroup &group, bool isNew, const QStringList &tenants,
                             bool anyTenant)
{
    m_original = group;
    m_isNew = isNew;
    setWindowTitle(isNew ? tr("New call-in group") : tr("Call-in group %1").arg(group.name));
    m_tenant->clear();
    m_tenant->addItems(tenants);
    if (!group.tenant.isEmpty() && !tenants.contains(group.tenant))
        m_tenant->addItem(group.tenant);
    m_tenant->setEditable(anyTenant && isNew);
    m_tenant->setEnabled(isNew);
    if (!group.tenant.isEmpty())
        m_tenant->setCurrentText(group.tenant);
    m_name->setText(group.name);
    m_numbers->setPlainText(group.phoneNumbers.join('\n'));
    m_codeLength->setValue(group.accessCodeLength);
    m_expiry->setValue(group.expirySeconds);
    m_error->hide();
    updateNumberFeedback();
}

void CallInGroupDialog::setReadOnly(bool readOnly)
{
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_tenant, m_name, m_codeLength, m_expiry})
        field->setEnabled(!readOnly && (field != m_tenant || m_isNew));
    m_numbers->setReadOnly(readOnly);
    m_buttons->button(QDialogButtonBox::Ok)->setVisible(!readOnly);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(readOnly ? tr("&Close") : tr("&Cancel"));
}

void CallInGroupDialog::updateNumberFeedback()
{
    QStringList normalised;
    QStringList wrong;
    for (const QString &line : lines(m_numbers)) {
        if (const auto number = ges::phone::normalize(line))
            normalised << *number;
        else
            wrong << line;
    }
    QString text = normalised.isEmpty()
                       ? tr("No valid number yet.")
                       : tr("Will be stored as: %1").arg(normalised.join(QStringLiteral(", ")));
    if (!wrong.isEmpty())
        text += '\n' + tr("Not a phone number: %1").arg(wrong.join(QStringLiteral(", ")));
    m_numberFeedback->setText(text);
    m_numberFeedback->setStyleSheet(wrong.isEmpty() ? QString()
                                                    : QStringLiteral("QLabel { color: #b00020; }"));
}

std::optional<ges::CallInGroup> CallInGroupDialog::collect(QList<ges::FieldProblem> *problems) const
{
    QJsonObject json = m_original.toJson();
    json.insert("tenant", m_tenant->currentText().trimmed());
    json.insert("name", m_name->text().trimmed());
    json.insert("phoneNumbers", QJsonArray::fromStringList(lines(m_numbers)));
    json.insert("accessCodeLength", m_codeLength->value());
    json.insert("expirySeconds", m_expiry->value());
    return ges::CallInGroup::fromJson(json, problems);
}

void CallInGroupDialog::accept()
{
    if (m_busy || !m_buttons->button(QDialogButtonBox::Ok)->isVisible())
        return;
    QList<ges::FieldProblem> problems;
    const auto group = collect(&problems);
    if (!group) {
        m_error->showMessage(FieldProblemText::describe(
            tr("Please correct the call-in group before saving:"), problems));
        return;
    }
    setBusy(true);
    const auto done = [this](const ApiResult<ges::CallInGroup> &result) { saveFinished(result); };
    if (m_isNew)
        m_api->createGroup(*group, this, done);
    else
        m_api->updateGroup(*group, this, done);
}

void CallInGroupDialog::saveFinished(const ApiResult<ges::CallInGroup> &result)
{
    setBusy(false);
    if (!result.ok()) {
        m_error->showMessage(
            FieldProblemText::describe(tr("The server did not save the group"), result.error()));
        return;
    }
    emit saved(result.value());
    QDialog::accept();
}

void CallInGroupDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void CallInGroupDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    if (busy)
        m_error->hide();
}
