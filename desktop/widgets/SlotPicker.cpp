#include "SlotPicker.h"

#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QStandardItemModel>
#include <QVBoxLayout>

SlotPicker::SlotPicker(CallbacksApi *api, QWidget *parent)
    : QWidget(parent), m_api(api), m_dayEdit(new QDateEdit(QDate::currentDate(), this)),
      m_list(new QListView(this)), m_slots(new QStandardItemModel(this)), m_status(new QLabel(this))
{
    m_dayEdit->setObjectName("slotDay");
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setMinimumDate(QDate::currentDate());
    m_list->setObjectName("slotList");
    m_list->setModel(m_slots);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_status->setObjectName("slotStatus");
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dayEdit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(m_dayEdit, &QDateEdit::dateChanged, this, &SlotPicker::reload);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SlotPicker::selectionChanged);
}

void SlotPicker::setService(const QString &tenant, const QString &service)
{
    if (tenant == m_tenant && service == m_service)
        return;
    m_tenant = tenant;
    m_service = service;
    reload();
}

void SlotPicker::setDay(const QDate &day)
{
    m_dayEdit->setDate(day); // reloads when it changed
}

QDate SlotPicker::day() const
{
    return m_dayEdit->date();
}

QDateTime SlotPicker::selectedTime() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    return current.isValid() ? current.data(SlotTimeRole).toDateTime() : QDateTime();
}

int SlotPicker::slotCount() const
{
    return m_slots->rowCount();
}

void SlotPicker::reload()
{
    const int generation = ++m_generation;
    m_slots->clear();
    emit selectionChanged();
    if (m_tenant.isEmpty() || m_service.isEmpty()) {
        m_status->setText(tr("Choose a service to see its free slots."));
        return;
    }
    m_loading = true;
    m_status->setText(tr("Loading free slots…"));
    // From local midnight, or from now for today: past slots cannot be booked.
    QDateTime start(day(), QTime(0, 0));
    start = qMax(start, QDateTime::currentDateTime());
    m_api->availability(m_tenant, m_service, start.toUTC(), 1, this,
                        [this, generation](const ApiResult<Availability> &result) {
                            if (generation == m_generation)
                                showSlots(result);
                        });
}

void SlotPicker::showSlots(const ApiResult<Availability> &result)
{
    m_loading = false;
    if (!result.ok()) {
        m_status->setText(tr("Could not load free slots: %1").arg(result.error().message));
        emit loaded();
        return;
    }
    const QLocale locale;
    for (const AvailabilitySlot &slot : result.value().times) {
        if (slot.capacity <= 0)
            continue; // only free slots are offered
        auto *item = new QStandardItem(
            tr("%1 (%2 of %3 free)")
                .arg(locale.toString(slot.start.toLocalTime().time(), QLocale::ShortFormat))
                .arg(slot.capacity)
                .arg(slot.total));
        item->setData(slot.start, SlotTimeRole);
        m_slots->appendRow(item);
    }
    m_status->setText(m_slots->rowCount() == 0
                          ? tr("No free slot on this day.")
                          : tr("%n free slot(s) of %1 minutes.", nullptr, m_slots->rowCount())
                                .arg(result.value().durationMin));
    emit loaded();
}
