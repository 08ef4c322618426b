#include "SlotOccupancyModel.h"

#include <QLocale>

SlotOccupancyModel::SlotOccupancyModel(QObject *parent) : QAbstractTableModel(parent) {}

int SlotOccupancyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int SlotOccupancyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SlotOccupancyModel::setDays(const QList<QueueSlotDay> &days)
{
    bool sameDays = days.size() == m_days.size();
    for (int row = 0; sameDays && row < days.size(); ++row)
        sameDays = days.at(row).day == m_days.at(row).day;
    if (!sameDays) {
        beginResetModel();
        m_days = days;
        endResetModel();
        return;
    }
    m_days = days;
    if (!m_days.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant SlotOccupancyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_days.size())
        return {};
    const QueueSlotDay &day = m_days.at(index.row());
    if (role == Qt::DisplayRole)
        return display(day, index.column());
    if (role == OccupancyRole && day.total > 0)
        return double(day.booked) / double(day.total);
    if (role == Qt::TextAlignmentRole && index.column() != DayColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == OccupancyColumn && day.total == 0)
        return tr("No bookable slots on this day");
    return {};
}

QVariant SlotOccupancyModel::display(const QueueSlotDay &day, int column) const
{
    switch (column) {
    case DayColumn:
        return QLocale().toString(day.day, QLocale::ShortFormat) + QLatin1Char(' ') +
               QLocale().dayName(day.day.dayOfWeek(), QLocale::ShortFormat);
    case BookedColumn:
        return day.booked;
    case FreeColumn:
        return day.free;
    case TotalColumn:
        return day.total;
    case OccupancyColumn:
        return day.total > 0 ? QStringLiteral("%1 %").arg(100 * day.booked / day.total) : QString();
    default:
        return {};
    }
}

QVariant SlotOccupancyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn:
        return tr("Day");
    case BookedColumn:
        return tr("Booked");
    case FreeColumn:
        return tr("Free");
    case TotalColumn:
        return tr("Total");
    case OccupancyColumn:
        return tr("Occupancy");
    default:
        return {};
    }
}
