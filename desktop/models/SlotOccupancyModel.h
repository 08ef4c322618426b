#pragma once
#include "client/QueuesApi.h"

#include <QAbstractTableModel>

// The coming days of one service: booked, free and total slot places, and the share
// booked (OccupancyColumn, drawn as a bar by OccupancyBarDelegate).
class SlotOccupancyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DayColumn,
        BookedColumn,
        FreeColumn,
        TotalColumn,
        OccupancyColumn,
        ColumnCount
    };
    // The booked share, 0..1, or an invalid variant for a day without slots.
    static constexpr int OccupancyRole = Qt::UserRole + 1;

    explicit SlotOccupancyModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QueueSlotDay &dayAt(int row) const { return m_days.at(row); }
    // Same days as before: dataChanged only; otherwise the rows are replaced.
    void setDays(const QList<QueueSlotDay> &days);

private:
    QVariant display(const QueueSlotDay &day, int column) const;

    QList<QueueSlotDay> m_days;
};
