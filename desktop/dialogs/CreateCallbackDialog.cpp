#include "CreateCallbackDialog.h"

#include "widgets/ErrorBanner.h"
#include "widgets/JsonObjectEdit.h"
#include "widgets/SlotPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

CreateCallbackDialog::CreateCallbackDialog(CallbacksApi *api, QWidget *parent)
    : QDialog(parent), m_api(api), m_tenantCombo(new QComboBox(this)),
      m_serviceCombo(new QComboBox(this)), m_phoneEdit(new QLineEdit(this)),
      m_scheduledCheck(new QCheckBox(tr("At a &time slot (otherwise as soon as possible)"), this)),
      m_picker(new SlotPicker(api, this)), m_userDataEdit(new JsonObjectEdit(this)),
      m_error(new ErrorBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName("createCallbackDialog");
    setWindowTitle(tr("New callback"));
    buildForm();
    resize(440, 560);

    connect(m_tenantCombo, &QComboBox::currentTextChanged, this,
            &CreateCallbackDialog::tenantChanged);
    connect(m_serviceCombo, &QComboBox::currentTextChanged, this,
            &CreateCallbackDialog::serviceChanged);
    connect(m_phoneEdit, &QLineEdit::textChanged, this, &CreateCallbackDialog::updateState);
    connect(m_scheduledCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_picker->setEnabled(on);
        updateState();
    });
    connect(m_picker, &SlotPicker::selectionChanged, this, &CreateCallbackDialog::updateState);
    connect(m_userDataEdit, &QPlainTextEdit::textChanged, this, &CreateCallbackDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateCallbackDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateCallbackDialog::reject);
    m_api->services(this, [this](const auto &result) { servicesArrived(result); });
    updateState();
}

void CreateCallbackDialog::buildForm()
{
    m_tenantCombo->setObjectName("tenantCombo");
    m_tenantCombo->setEditable(true);
    m_serviceCombo->setObjectName("serviceCombo");
    m_serviceCombo->setEditable(true);
    m_phoneEdit->setObjectName("phoneEdit");
    m_phoneEdit->setPlaceholderText(tr("+4930123456"));
    m_phoneEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\+?[0-9]{0,20}")), m_phoneEdit));
    m_scheduledCheck->setObjectName("scheduledCheck");
    m_picker->setEnabled(false);
    m_userDataEdit->setObjectName("userDataEdit");
    m_userDataEdit->setMaximumHeight(fontMetrics().height() * 6);
    auto *createButton = m_buttons->button(QDialogButtonBox::Ok);
    createButton->setText(tr("C&reate"));
    createButton->setObjectName("createButton");

    auto *form = new QFormLayout;
    form->addRow(tr("&Tenant:"), m_tenantCombo);
    form->addRow(tr("&Service:"), m_serviceCombo);
    form->addRow(tr("&Phone number:"), m_phoneEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_scheduledCheck);
    layout->addWidget(m_picker, 1);
    auto *userDataForm = new QFormLayout;
    userDataForm->addRow(tr("&User data:"), m_userDataEdit);
    layout->addLayout(userDataForm);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

void CreateCallbackDialog::servicesArrived(const ApiResult<QList<ServiceName>> &result)
{
    m_servicesLoaded = true;
    if (!result.ok())
        return m_error->showError(tr("Could not load the services"), result.error());
    m_services = result.value();
    QStringList tenants;
    for (const ServiceName &service : m_services)
        if (!tenants.contains(service.tenant))
            tenants << service.tenant;
    m_tenantCombo->addItems(tenants);
    tenantChanged();
}

void CreateCallbackDialog::tenantChanged()
{
    const QString current = m_serviceCombo->currentText();
    m_serviceCombo->clear();
    for (const ServiceName &service : m_services)
        if (service.tenant == m_tenantCombo->currentText())
            m_serviceCombo->addItem(service.name);
    if (!current.isEmpty() && m_serviceCombo->findText(current) >= 0)
        m_serviceCombo->setCurrentText(current);
    serviceChanged();
}

void CreateCallbackDialog::serviceChanged()
{
    m_picker->setService(m_tenantCombo->currentText().trimmed(),
                         m_serviceCombo->currentText().trimmed());
    updateState();
}

void CreateCallbackDialog::updateState()
{
    const bool complete = !m_tenantCombo->currentText().trimmed().isEmpty() &&
                          !m_serviceCombo->currentText().trimmed().isEmpty() &&
                          m_phoneEdit->text().size() >= 3 && m_userDataEdit->isValid() &&
                          (!m_scheduledCheck->isChecked() || m_picker->selectedTime().isValid());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_saving);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_saving);
    m_userDataEdit->setToolTip(m_userDataEdit->problem());
}

void CreateCallbackDialog::create()
{
    const auto userData = m_userDataEdit->object();
    if (!userData || m_saving)
        return;
    NewCallback callback{m_tenantCombo->currentText().trimmed(),
                         m_serviceCombo->currentText().trimmed(), m_phoneEdit->text(),
                         m_scheduledCheck->isChecked() ? m_picker->selectedTime() : QDateTime(),
                         *userData};
    m_saving = true;
    m_error->hide();
    updateState();
    m_api->create(callback, this, [this](const ApiResult<QString> &result) {
        m_saving = false;
        updateState();
        if (!result.ok())
            return m_error->showError(tr("Could not create the callback"), result.error());
        emit created(result.value());
        accept();
    });
}

void CreateCallbackDialog::reject()
{
    if (m_saving)
        return;
    QDialog::reject();
}
