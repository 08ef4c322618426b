#include "ServiceTableModel.h"
#include "WeeklyHours.h"

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const ges::ServiceConfig &s = m_records.at(index.row());
    if (role == Qt::TextAlignmentRole &&
        (index.column() == SlotMinutesColumn || index.column() == SlotCapacityColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TenantColumn:
        return s.tenant;
    case NameColumn:
        return s.name;
    case VirtualQueueColumn:
        return s.virtualQueue;
    case TimeZoneColumn:
        return s.timeZone;
    case SlotMinutesColumn:
        return s.slotMinutes;
    case SlotCapacityColumn:
        return s.slotCapacity;
    case OfficeHoursColumn:
        return s.officeHours.isEmpty() ? tr("Closed") : WeeklyHours::displayText(s.officeHours);
    default:
        return {};
    }
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TenantColumn:
        return tr("Tenant");
    case NameColumn:
        return tr("Name");
    case VirtualQueueColumn:
        return tr("Virtual queue");
    case TimeZoneColumn:
        return tr("Time zone");
    case SlotMinutesColumn:
        return tr("Slot (min)");
    case SlotCapacityColumn:
        return tr("Slot capacity");
    case OfficeHoursColumn:
        return tr("Office hours");
    default:
        return {};
    }
}

QStringList ServiceTableModel::tenants() const
{
    QStringList result;
    for (const ges::ServiceConfig &s : m_records) {
        if (!result.contains(s.tenant))
            result << s.tenant;
    }
    return result;
}
