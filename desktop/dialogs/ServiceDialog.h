#pragma once
#include "client/ApiResult.h"
#include "shared/ServiceConfig.h"

#include <QDialog>

class ErrorBanner;
class OfficeHoursEditor;
class QDialogButtonBox;
class QTabWidget;
class ServiceGeneralPage;
class ServiceLimitsPage;
class ServicesApi;
class SpecialDaysEditor;

// Creates or edits one callback service, every field the server accepts, on four pages.
// OK checks the service with ServiceConfig's own validation and sends nothing while it
// finds a problem; the dialog closes only once the server has stored the service, and
// shows the server's refusal (with its field problems) otherwise.
class ServiceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServiceDialog(ServicesApi *api, QWidget *parent = nullptr);

    // `tenants` are offered for a new service; `anyTenant` lets the user type another.
    void edit(const ges::ServiceConfig &service, bool isNew, const QStringList &tenants,
              bool anyTenant);
    // Shows the service without a way to save it (a role that may only read).
    void setReadOnly(bool readOnly);

    void accept() override; // validates and saves; closes when the server has stored it
    void reject() override; // refused while the save is out, so its answer always lands
    bool isBusy() const { return m_busy; }

    // The service as the dialog would send it; nothing, and `problems`, when it is invalid.
    std::optional<ges::ServiceConfig> collect(QList<ges::FieldProblem> *problems) const;

    ServiceGeneralPage *generalPage() const { return m_general; }
    OfficeHoursEditor *officeHoursEditor() const { return m_hours; }
    SpecialDaysEditor *specialDaysEditor() const { return m_specialDays; }
    ServiceLimitsPage *limitsPage() const { return m_limits; }

signals:
    void saved(const ges::ServiceConfig &service);

private:
    void saveFinished(const ApiResult<ges::ServiceConfig> &result);
    void showProblems(const QString &text, const QList<ges::FieldProblem> &problems);
    QWidget *fieldWidget(const QString &field) const;
    void setBusy(bool busy);

    ServicesApi *m_api;
    ges::ServiceConfig m_original; // keeps the id and fields this version does not edit
    bool m_isNew = true;
    QTabWidget *m_pages;
    ServiceGeneralPage *m_general;
    OfficeHoursEditor *m_hours;
    SpecialDaysEditor *m_specialDays;
    ServiceLimitsPage *m_limits;
    ErrorBanner *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};
