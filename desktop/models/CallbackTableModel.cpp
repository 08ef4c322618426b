#include "CallbackTableModel.h"
#include "CallbackText.h"
#include "models/TimeText.h"

#include <QJsonDocument>
#include <QSet>

CallbackTableModel::CallbackTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int CallbackTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_callbacks.size());
}

int CallbackTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallbackTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ges::Callback &callback = m_callbacks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(callback, index.column());
    case IdRole:
        return callback.id;
    case Qt::ToolTipRole:
        if (index.column() == UserDataColumn && !callback.userData.isEmpty())
            return QString::fromUtf8(QJsonDocument(callback.userData).toJson());
        if (index.column() == StateColumn)
            return ges::toString(callback.state);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == EwtColumn || index.column() == PositionColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CallbackTableModel::display(const ges::Callback &callback, int column) const
{
    switch (column) {
    case TenantColumn:
        return callback.tenant;
    case ServiceColumn:
        return callback.serviceName;
    case PhoneColumn:
        return callback.phoneNumber;
    case StateColumn:
        return CallbackText::state(callback.state);
    case DesiredTimeColumn:
        return timeText(callback.desiredTime, m_locale);
    case EwtColumn:
        return callback.estimatedWaitTime ? CallbackText::waitTime(*callback.estimatedWaitTime)
                                          : QString();
    case PositionColumn:
        return callback.positionInQueue ? QString::number(*callback.positionInQueue) : QString();
    case CreatedColumn:
        return timeText(callback.createdAt, m_locale);
    case ReasonColumn:
        return callback.reason.isEmpty() ? QString() : CallbackText::reason(callback.reason);
    case UserDataColumn:
        return userDataPreview(callback.userData);
    }
    return {};
}

QString CallbackTableModel::userDataPreview(const QJsonObject &userData)
{
    if (userData.isEmpty())
        return {};
    const QString compact =
        QString::fromUtf8(QJsonDocument(userData).toJson(QJsonDocument::Compact));
    if (compact.size() <= UserDataPreviewLength)
        return compact;
    return compact.left(UserDataPreviewLength - 1) + QChar(0x2026); // ellipsis
}

QVariant CallbackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TenantColumn:
        return tr("Tenant");
    case ServiceColumn:
        return tr("Service");
    case PhoneColumn:
        return tr("Phone");
    case StateColumn:
        return tr("State");
    case DesiredTimeColumn:
        return tr("Desired time");
    case EwtColumn:
        return tr("EWT");
    case PositionColumn:
        return tr("Position");
    case CreatedColumn:
        return tr("Created");
    case ReasonColumn:
        return tr("Reason");
    case UserDataColumn:
        return tr("User data");
    }
    return {};
}

bool CallbackTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_nextCursor.isEmpty() && !m_fetching && !m_fetchFailed;
}

void CallbackTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    emit moreRequested(m_nextCursor);
}

void CallbackTableModel::setFirstPage(const CallbackPage &page)
{
    beginResetModel();
    m_callbacks = page.callbacks;
    m_nextCursor = page.nextCursor;
    m_fetching = false;
    m_fetchFailed = false;
    endResetModel();
}

void CallbackTableModel::appendPage(const CallbackPage &page)
{
    m_fetching = false;
    m_nextCursor = page.nextCursor;
    if (page.callbacks.isEmpty())
        return;
    const int first = int(m_callbacks.size());
    beginInsertRows({}, first, first + int(page.callbacks.size()) - 1);
    m_callbacks.append(page.callbacks);
    endInsertRows();
}

void CallbackTableModel::fetchFailed()
{
    m_fetching = false;
    m_fetchFailed = true;
}

void CallbackTableModel::clear()
{
    setFirstPage(CallbackPage());
}

void CallbackTableModel::updateCallback(const ges::Callback &callback)
{
    for (int row = 0; row < m_callbacks.size(); ++row) {
        if (m_callbacks.at(row).id == callback.id) {
            m_callbacks[row] = callback;
            rowChanged(row);
            return;
        }
    }
}

void CallbackTableModel::markCancelled(const QStringList &ids)
{
    const QSet<QString> wanted(ids.begin(), ids.end());
    for (int row = 0; row < m_callbacks.size(); ++row) {
        ges::Callback &callback = m_callbacks[row];
        if (!wanted.contains(callback.id))
            continue;
        callback.state = ges::CallbackState::Completed;
        callback.reason = QLatin1String(ges::reason::Cancelled);
        callback.positionInQueue.reset();
        callback.estimatedWaitTime.reset();
        rowChanged(row);
    }
}

void CallbackTableModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
