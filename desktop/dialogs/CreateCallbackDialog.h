#pragma once
#include "client/CallbacksApi.h"

#include <QDialog>

class ErrorBanner;
class JsonObjectEdit;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class SlotPicker;

// Creates a callback for a tenant (POST /ges/v1/admin/callbacks): as soon as possible, or
// in a free slot picked from the service's availability. The services offered are those
// the user can see (GET /ges/v1/admin/services).
class CreateCallbackDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreateCallbackDialog(CallbacksApi *api, QWidget *parent = nullptr);

    SlotPicker *slotPicker() const { return m_picker; }
    bool servicesLoaded() const { return m_servicesLoaded; }
    bool isSaving() const { return m_saving; }

    // Refused while the create is out, so its answer (the new callback) always lands.
    void reject() override;

signals:
    void created(const QString &id);

private:
    void buildForm();
    void servicesArrived(const ApiResult<QList<ServiceName>> &result);
    void tenantChanged();
    void serviceChanged();
    void create();
    void updateState();

    CallbacksApi *m_api;
    QList<ServiceName> m_services;
    QComboBox *m_tenantCombo;
    QComboBox *m_serviceCombo;
    QLineEdit *m_phoneEdit;
    QCheckBox *m_scheduledCheck;
    SlotPicker *m_picker;
    JsonObjectEdit *m_userDataEdit;
    ErrorBanner *m_error;
    QDialogButtonBox *m_buttons;
    bool m_servicesLoaded = false;
    bool m_saving = false;
};
