#include "ServiceDialog.h"
#include "FieldProblemText.h"

#include "client/ServicesApi.h"
#include "widgets/ErrorBanner.h"
#include "widgets/OfficeHoursEditor.h"
#include "widgets/ServiceGeneralPage.h"
#include "widgets/ServiceLimitsPage.h"
#include "widgets/SpecialDaysEditor.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

ServiceDialog::ServiceDialog(ServicesApi *api, QWidget *parent)
    : QDialog(parent), m_api(api), m_pages(new QTabWidget(this)),
      m_general(new ServiceGeneralPage(this)), m_hours(new OfficeHoursEditor(this)),
      m_specialDays(new SpecialDaysEditor(this)), m_limits(new ServiceLimitsPage(this)),
      m_error(new ErrorBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName("serviceDialog");
    m_pages->setObjectName("servicePages");
    m_error->setObjectName("dialogErrorLabel");
    m_pages->addTab(m_general, tr("&General"));
    m_pages->addTab(m_hours, tr("Office &hours"));
    m_pages->addTab(m_specialDays, tr("S&pecial days"));
    m_pages->addTab(m_limits, tr("&Slots && policies"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName("okButton");
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName("cancelButton");

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServiceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServiceDialog::reject);
}

void ServiceDialog::edit(const ges::ServiceConfig &service, bool isNew, const QStringList &tenants,
                         bool anyTenant)
{
    m_original = service;
    m_isNew = isNew;
    setWindowTitle(isNew ? tr("New service") : tr("Service %1").arg(service.name));
    m_general->load(service, isNew, tenants, anyTenant);
    m_hours->load(service);
    m_specialDays->load(service);
    m_limits->load(service);
    m_error->hide();
}

void ServiceDialog::setReadOnly(bool readOnly)
{
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setEnabled(!readOnly);
    m_buttons->button(QDialogButtonBox::Ok)->setVisible(!readOnly);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(readOnly ? tr("&Close") : tr("&Cancel"));
}

std::optional<ges::ServiceConfig> ServiceDialog::collect(QList<ges::FieldProblem> *problems) const
{
    QJsonObject json = m_original.toJson();
    m_general->write(json);
    m_hours->write(json);
    m_specialDays->write(json);
    m_limits->write(json);
    auto service = ges::ServiceConfig::fromJson(json, problems);
    if (service)
        service->id = m_original.id;
    return service;
}

void ServiceDialog::accept()
{
    if (m_busy || !m_buttons->button(QDialogButtonBox::Ok)->isVisible())
        return;
    QList<ges::FieldProblem> problems;
    const auto service = collect(&problems);
    if (!service) {
        showProblems(
            FieldProblemText::describe(tr("Please correct the service before saving:"), problems),
            problems);
        return;
    }
    setBusy(true);
    const auto done = [this](const ApiResult<ges::ServiceConfig> &result) { saveFinished(result); };
    if (m_isNew)
        m_api->createService(*service, this, done);
    else
        m_api->updateService(*service, this, done);
}

void ServiceDialog::saveFinished(const ApiResult<ges::ServiceConfig> &result)
{
    setBusy(false);
    if (!result.ok()) {
        showProblems(
            FieldProblemText::describe(tr("The server did not save the service"), result.error()),
            FieldProblemText::fromDetails(result.error().details));
        return;
    }
    emit saved(result.value());
    QDialog::accept();
}

void ServiceDialog::showProblems(const QString &text, const QList<ges::FieldProblem> &problems)
{
    m_error->showMessage(text);
    // Take the user to the first field in question.
    for (const ges::FieldProblem &problem : problems) {
        QWidget *field = fieldWidget(problem.field);
        if (!field)
            continue;
        for (int i = 0; i < m_pages->count(); ++i) {
            if (m_pages->widget(i)->isAncestorOf(field))
                m_pages->setCurrentIndex(i);
        }
        field->setFocus();
        return;
    }
}

QWidget *ServiceDialog::fieldWidget(const QString &field) const
{
    if (QWidget *widget = m_general->widgetFor(field))
        return widget;
    if (QWidget *widget = m_hours->widgetFor(field))
        return widget;
    if (QWidget *widget = m_specialDays->widgetFor(field))
        return widget;
    return m_limits->widgetFor(field);
}

void ServiceDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void ServiceDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_pages->setEnabled(!busy);
    if (busy)
        m_error->hide();
}
