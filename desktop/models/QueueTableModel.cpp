#include "QueueTableModel.h"
#include "CallbackText.h"

#include <QSet>

QueueTableModel::QueueTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int QueueTableModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_queues.size(); ++row) {
        if (m_queues.at(row).key() == key)
            return row;
    }
    return -1;
}

void QueueTableModel::setQueues(const QList<QueueInfo> &queues)
{
    removeMissing(queues);
    for (const QueueInfo &queue : queues) {
        const int row = rowOf(queue.key());
        if (row >= 0) {
            m_queues[row] = queue;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const int end = int(m_queues.size());
        beginInsertRows({}, end, end);
        m_queues.append(queue);
        endInsertRows();
    }
}

void QueueTableModel::removeMissing(const QList<QueueInfo> &queues)
{
    QSet<QString> keys;
    for (const QueueInfo &queue : queues)
        keys.insert(queue.key());
    for (int row = int(m_queues.size()) - 1; row >= 0; --row) {
        if (keys.contains(m_queues.at(row).key()))
            continue;
        beginRemoveRows({}, row, row);
        m_queues.removeAt(row);
        endRemoveRows();
    }
}

void QueueTableModel::clear()
{
    if (m_queues.isEmpty())
        return;
    beginResetModel();
    m_queues.clear();
    endResetModel();
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_queues.size())
        return {};
    const QueueInfo &queue = m_queues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(queue, index.column());
    case SortRole:
        return sortValue(queue, index.column());
    case KeyRole:
        return queue.key();
    case Qt::TextAlignmentRole:
        if (index.column() >= WaitingColumn && index.column() <= EwtColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EwtColumn && !queue.ewtMessage.isEmpty())
            return queue.ewtMessage;
        if (index.column() == WaitingColumn && !queue.waiting)
            return tr("Redis cannot say; this is the number of queued callbacks.");
        return {};
    default:
        return {};
    }
}

QVariant QueueTableModel::display(const QueueInfo &queue, int column) const
{
    switch (column) {
    case TenantColumn:
        return queue.tenant;
    case ServiceColumn:
        return queue.service;
    case WaitingColumn:
        return queue.waitingNow();
    case ScheduledColumn:
        return queue.scheduled;
    case InProgressColumn:
        return queue.inProgress();
    case CompletedTodayColumn:
        return queue.completedToday;
    case EwtColumn:
        return queue.ewtSeconds < 0 ? tr("unknown") : CallbackText::waitTime(queue.ewtSeconds);
    case OpenColumn:
        return openText(queue);
    default:
        return {};
    }
}

QVariant QueueTableModel::sortValue(const QueueInfo &queue, int column) const
{
    switch (column) {
    case EwtColumn:
        return queue.ewtSeconds;
    case OpenColumn:
        return queue.openForSeconds;
    default:
        return display(queue, column);
    }
}

QString QueueTableModel::openText(const QueueInfo &queue)
{
    if (!queue.open)
        return tr("Closed");
    const qint64 minutes = (queue.openForSeconds + 59) / 60;
    if (minutes >= 24 * 60)
        return tr("Open (for %n day(s))", nullptr, int(minutes / (24 * 60)));
    if (minutes >= 60)
        return tr("Open (for %1 h %2 min)").arg(minutes / 60).arg(minutes % 60);
    return tr("Open (for %n min)", nullptr, int(minutes));
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TenantColumn:
        return tr("Tenant");
    case ServiceColumn:
        return tr("Service");
    case WaitingColumn:
        return tr("Waiting");
    case ScheduledColumn:
        return tr("Scheduled");
    case InProgressColumn:
        return tr("In progress");
    case CompletedTodayColumn:
        return tr("Completed today");
    case EwtColumn:
        return tr("EWT");
    case OpenColumn:
        return tr("Office");
    default:
        return {};
    }
}
