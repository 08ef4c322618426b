#include "RescheduleDialog.h"

#include "widgets/ErrorBanner.h"
#include "widgets/SlotPicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

RescheduleDialog::RescheduleDialog(CallbacksApi *api, const ges::Callback &callback,
                                   QWidget *parent)
    : QDialog(parent), m_api(api), m_id(callback.id), m_picker(new SlotPicker(api, this)),
      m_error(new ErrorBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName("rescheduleDialog");
    setWindowTitle(tr("Reschedule %1").arg(callback.phoneNumber));
    auto *rescheduleButton = m_buttons->button(QDialogButtonBox::Ok);
    rescheduleButton->setText(tr("&Reschedule"));
    rescheduleButton->setObjectName("rescheduleButton");

    auto *current = new QLabel(
        tr("%1, service %2, now at %3")
            .arg(callback.phoneNumber, callback.serviceName,
                 QLocale().toString(callback.desiredTime.toLocalTime(), QLocale::ShortFormat)),
        this);
    current->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(current);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(360, 420);

    const QDate day = callback.desiredTime.toLocalTime().date();
    m_picker->setDay(qMax(day, QDate::currentDate()));
    m_picker->setService(callback.tenant, callback.serviceName);
    connect(m_picker, &SlotPicker::selectionChanged, this, &RescheduleDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RescheduleDialog::reschedule);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RescheduleDialog::reject);
    updateState();
}

void RescheduleDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_picker->selectedTime().isValid() && !m_saving);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_saving);
}

void RescheduleDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}

void RescheduleDialog::reschedule()
{
    const QDateTime time = m_picker->selectedTime();
    if (!time.isValid() || m_saving)
        return;
    m_saving = true;
    m_error->hide();
    updateState();
    m_api->reschedule(m_id, time, this, [this](const ApiResult<ges::Callback> &result) {
        m_saving = false;
        updateState();
        if (!result.ok())
            return m_error->showError(tr("Could not reschedule"), result.error());
        emit rescheduled(result.value());
        accept();
    });
}
