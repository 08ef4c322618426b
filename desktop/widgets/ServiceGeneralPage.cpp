#include "ServiceGeneralPage.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>
#include <QTimeZone>

ServiceGeneralPage::ServiceGeneralPage(QWidget *parent)
    : QWidget(parent), m_tenant(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_virtualQueue(new QLineEdit(this)), m_timeZone(new QComboBox(this))
{
    m_tenant->setObjectName("tenantCombo");
    m_tenant->setToolTip(tr("The tenant (CCID) the service belongs to."));
    m_name->setObjectName("nameEdit");
    m_name->setToolTip(tr("What apps send as serviceName; unique within the tenant. "
                          "1-100 letters, digits, space or _ . : @ -"));
    m_virtualQueue->setObjectName("virtualQueueEdit");
    m_virtualQueue->setToolTip(tr("The Genesys virtual queue the service's callbacks are "
                                  "routed through."));

    m_timeZone->setObjectName("timeZoneCombo");
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    // Type any part of a name ("Berlin") to find it.
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->setToolTip(tr("The IANA time zone of the office hours, special days and "
                              "slots (e.g. Europe/Berlin)."));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Virtual queue:"), m_virtualQueue);
    form->addRow(tr("Time &zone:"), m_timeZone);
}

void ServiceGeneralPage::load(const ges::ServiceConfig &service, bool isNew,
                              const QStringList &tenants, bool anyTenant)
{
    m_tenant->clear();
    m_tenant->addItems(tenants);
    if (!service.tenant.isEmpty() && !tenants.contains(service.tenant))
        m_tenant->addItem(service.tenant);
    m_tenant->setEditable(anyTenant && isNew);
    m_tenant->setEnabled(isNew);
    if (!service.tenant.isEmpty())
        m_tenant->setCurrentText(service.tenant);
    m_name->setText(service.name);
    m_virtualQueue->setText(service.virtualQueue);
    m_timeZone->setCurrentText(service.timeZone);
}

void ServiceGeneralPage::write(QJsonObject &json) const
{
    json.insert("tenant", m_tenant->currentText().trimmed());
    json.insert("name", m_name->text().trimmed());
    json.insert("virtualQueue", m_virtualQueue->text().trimmed());
    json.insert("timeZone", m_timeZone->currentText().trimmed());
}

QWidget *ServiceGeneralPage::widgetFor(const QString &field) const
{
    if (field == QLatin1String("tenant"))
        return m_tenant;
    if (field == QLatin1String("name"))
        return m_name;
    if (field == QLatin1String("virtualQueue"))
        return m_virtualQueue;
    if (field == QLatin1String("timeZone"))
        return m_timeZone;
    return nullptr;
}
