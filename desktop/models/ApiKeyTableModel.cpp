#include "ApiKeyTableModel.h"
#include "models/TimeText.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

ApiKeyTableModel::ApiKeyTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int ApiKeyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ApiKeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ApiKeyTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == id)
            return row;
    }
    return -1;
}

void ApiKeyTableModel::setKeys(const QList<ApiKeyInfo> &keys)
{
    beginResetModel();
    m_keys = keys;
    endResetModel();
}

void ApiKeyTableModel::updateKey(const ApiKeyInfo &key)
{
    const int row = rowOf(key.id);
    if (row < 0)
        return;
    m_keys[row] = key;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QStringList ApiKeyTableModel::tenants() const
{
    QStringList list;
    for (const ApiKeyInfo &key : m_keys)
        list.append(key.tenant);
    list.removeDuplicates();
    list.sort();
    return list;
}

QString ApiKeyTableModel::timeText(const QDateTime &time, const QString &none)
{
    return time.isValid() ? ::timeText(time) : none;
}

QVariant ApiKeyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    const ApiKeyInfo &key = m_keys.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(key, index.column());
    case IdRole:
        return key.id;
    case Qt::ForegroundRole:
        return key.revoked() ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text))
                             : QVariant();
    case Qt::ToolTipRole:
        return key.scopes.isEmpty() ? tr("Scopes: the whole external API")
                                    : tr("Scopes: %1").arg(key.scopes.join(QStringLiteral(", ")));
    default:
        return {};
    }
}

QVariant ApiKeyTableModel::display(const ApiKeyInfo &key, int column) const
{
    switch (column) {
    case NameColumn:
        return key.name;
    case TenantColumn:
        return key.tenant;
    case PrefixColumn:
        return key.prefix + QStringLiteral("…");
    case CreatedColumn:
        return timeText(key.createdAt, QString());
    case ExpiresColumn:
        return timeText(key.expiresAt, tr("never"));
    case LastUsedColumn:
        return timeText(key.lastUsedAt, tr("never"));
    case RevokedColumn:
        return timeText(key.revokedAt, QString());
    default:
        return {};
    }
}

QVariant ApiKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TenantColumn:
        return tr("Tenant");
    case PrefixColumn:
        return tr("Key");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case LastUsedColumn:
        return tr("Last used");
    case RevokedColumn:
        return tr("Revoked");
    default:
        return {};
    }
}
