#pragma once
#include "client/CallbacksApi.h"

#include <QDialog>

class ErrorBanner;
class QDialogButtonBox;
class SlotPicker;

// Moves a SCHEDULED or QUEUED callback to a free slot of its service
// (POST .../reschedule); only free slots are offered.
class RescheduleDialog : public QDialog
{
    Q_OBJECT

public:
    RescheduleDialog(CallbacksApi *api, const ges::Callback &callback, QWidget *parent = nullptr);

    SlotPicker *slotPicker() const { return m_picker; }

    // Refused while the request is out, so its answer always reaches the list.
    void reject() override;

signals:
    void rescheduled(const ges::Callback &callback);

private:
    void reschedule();
    void updateState();

    CallbacksApi *m_api;
    QString m_id;
    SlotPicker *m_picker;
    ErrorBanner *m_error;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
};
