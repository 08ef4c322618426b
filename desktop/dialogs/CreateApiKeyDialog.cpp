#include "CreateApiKeyDialog.h"

#include "client/DeveloperApi.h"
#include "widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

CreateApiKeyDialog::CreateApiKeyDialog(DeveloperApi *api, const QStringList &tenants,
                                       bool anyTenant, QWidget *parent)
    : QDialog(parent), m_api(api), m_tenantCombo(new QComboBox(this)),
      m_nameEdit(new QLineEdit(this)), m_expiresCheck(new QCheckBox(tr("E&xpires:"), this)),
      m_expiresEdit(new QDateTimeEdit(this)), m_errorBanner(new ErrorBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName("createKeyDialog");
    setWindowTitle(tr("Create API key"));
    m_tenantCombo->setObjectName("tenantCombo");
    m_tenantCombo->addItems(tenants);
    m_tenantCombo->setEditable(anyTenant);
    m_nameEdit->setObjectName("nameEdit");
    m_nameEdit->setPlaceholderText(tr("What the key is for, e.g. web widget"));
    m_expiresCheck->setObjectName("expiresCheck");
    m_expiresEdit->setObjectName("expiresEdit");
    m_expiresEdit->setCalendarPopup(true);
    m_expiresEdit->setDateTime(QDateTime::currentDateTime().addYears(1));
    m_expiresEdit->setMinimumDateTime(QDateTime::currentDateTime());
    m_expiresEdit->setEnabled(false);
    connect(m_expiresCheck, &QCheckBox::toggled, m_expiresEdit, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("&Tenant:"), m_tenantCombo);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(m_expiresCheck, m_expiresEdit);
    form->addRow(tr("&Scopes:"), buildScopes());

    m_buttons->setObjectName("buttons");
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName("createButton");
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateApiKeyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateApiKeyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_buttons);
}

QWidget *CreateApiKeyDialog::buildScopes()
{
    m_scopeList = new QListWidget(this);
    m_scopeList->setObjectName("scopeList");
    m_scopeList->setToolTip(tr("None checked: the key may use the whole external API. Scopes "
                               "are recorded but not yet enforced by the server."));
    for (const QString &scope : apiKeyScopes()) {
        auto *item = new QListWidgetItem(scope, m_scopeList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_scopeList->setMaximumHeight(m_scopeList->sizeHintForRow(0) * 5);
    return m_scopeList;
}

NewApiKey CreateApiKeyDialog::newKey() const
{
    NewApiKey key{m_tenantCombo->currentText().trimmed(), m_nameEdit->text().trimmed(), {}, {}};
    if (m_expiresCheck->isChecked())
        key.expiresAt = m_expiresEdit->dateTime().toUTC();
    for (int row = 0; row < m_scopeList->count(); ++row) {
        if (m_scopeList->item(row)->checkState() == Qt::Checked)
            key.scopes.append(m_scopeList->item(row)->text());
    }
    return key;
}

void CreateApiKeyDialog::accept()
{
    if (m_busy)
        return;
    const NewApiKey key = newKey();
    if (key.tenant.isEmpty() || key.name.isEmpty()) {
        m_errorBanner->showMessage(tr("A key needs a tenant and a name."));
        return;
    }
    setBusy(true);
    m_api->createKey(key, this, [this](const ApiResult<CreatedApiKey> &result) {
        setBusy(false);
        if (!result.ok()) {
            m_errorBanner->showError(tr("Could not create the key"), result.error());
            return;
        }
        emit created(result.value());
        QDialog::accept();
    });
}

void CreateApiKeyDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void CreateApiKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    if (busy)
        m_errorBanner->hide();
}
