#include "RequestLogModel.h"

#include <QColor>
#include <QLocale>

RequestLogModel::RequestLogModel(QObject *parent) : QAbstractTableModel(parent) {}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RequestLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_nextCursor.isEmpty() && !m_fetching && !m_fetchFailed;
}

void RequestLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    emit moreRequested(m_nextCursor);
}

void RequestLogModel::setFirstPage(const RequestLogPage &page)
{
    beginResetModel();
    m_entries = page.entries;
    m_nextCursor = page.nextCursor;
    m_fetching = false;
    m_fetchFailed = false;
    endResetModel();
}

void RequestLogModel::appendPage(const RequestLogPage &page)
{
    m_fetching = false;
    m_nextCursor = page.nextCursor;
    if (page.entries.isEmpty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + int(page.entries.size()) - 1);
    m_entries.append(page.entries);
    endInsertRows();
}

void RequestLogModel::fetchFailed()
{
    m_fetching = false;
    m_fetchFailed = true;
}

void RequestLogModel::clear()
{
    setFirstPage({});
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const RequestLogEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole)
        return display(entry, index.column());
    if (role == Qt::ForegroundRole && entry.status >= 400)
        return QColor(entry.status >= 500 ? 0xb0 : 0x9a, 0x00, entry.status >= 500 ? 0x20 : 0x60);
    if (role == Qt::ToolTipRole && !entry.message.isEmpty())
        return entry.message;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == StatusColumn || index.column() == LatencyColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RequestLogModel::display(const RequestLogEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(entry.time.toLocalTime(), "yyyy-MM-dd HH:mm:ss.zzz");
    case MethodColumn:
        return entry.method;
    case PathColumn:
        return entry.path;
    case StatusColumn:
        return entry.status;
    case ErrorCodeColumn:
        return entry.errorCode;
    case LatencyColumn:
        return tr("%1 ms").arg(QLocale().toString(entry.latencyMs, 'f', 1));
    case KeyPrefixColumn:
        return entry.keyPrefix;
    default:
        return {};
    }
}

QString RequestLogModel::details(const RequestLogEntry &entry)
{
    QStringList lines{
        tr("%1 %2 → %3").arg(entry.method, entry.path).arg(entry.status),
        tr("Time: %1").arg(QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat)),
        tr("Latency: %1 ms").arg(QLocale().toString(entry.latencyMs, 'f', 1)),
        tr("Key: %1…").arg(entry.keyPrefix),
        tr("Client address: %1").arg(entry.clientAddress),
        tr("Request id: %1").arg(entry.corrId)};
    if (!entry.errorCode.isEmpty()) {
        lines.append(tr("Error code: %1").arg(entry.errorCode));
        lines.append(tr("Message: %1").arg(entry.message));
    }
    return lines.join('\n');
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case ErrorCodeColumn:
        return tr("Error code");
    case LatencyColumn:
        return tr("Latency");
    case KeyPrefixColumn:
        return tr("Key");
    default:
        return {};
    }
}
