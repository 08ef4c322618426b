#pragma once
#include "client/QueuesApi.h"

#include <QAbstractTableModel>
#include <QList>

// The services of the Queues tab, one row each. Refreshes update the rows in place
// (dataChanged, inserts and removals of single rows, never a reset), so the view keeps its
// selection, scroll position and sort while the numbers move every two seconds.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TenantColumn,
        ServiceColumn,
        WaitingColumn,
        ScheduledColumn,
        InProgressColumn,
        CompletedTodayColumn,
        EwtColumn,
        OpenColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw numbers, so they sort as such
        KeyRole,                     // QueueInfo::key()
    };

    explicit QueueTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QueueInfo &queueAt(int row) const { return m_queues.at(row); }
    int rowOf(const QString &key) const; // -1 when not listed
    void setQueues(const QList<QueueInfo> &queues);
    void clear();

    static QString openText(const QueueInfo &queue);

private:
    void removeMissing(const QList<QueueInfo> &queues);
    QVariant display(const QueueInfo &queue, int column) const;
    QVariant sortValue(const QueueInfo &queue, int column) const;

    QList<QueueInfo> m_queues;
};
