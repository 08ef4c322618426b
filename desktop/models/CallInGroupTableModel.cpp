#include "CallInGroupTableModel.h"

int CallInGroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallInGroupTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const ges::CallInGroup &g = m_records.at(index.row());
    if (role == Qt::TextAlignmentRole &&
        (index.column() == CodeLengthColumn || index.column() == ExpiryColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NumbersColumn)
        return g.phoneNumbers.join('\n');
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TenantColumn:
        return g.tenant;
    case NameColumn:
        return g.name;
    case NumbersColumn:
        return g.phoneNumbers.join(QStringLiteral(", "));
    case CodeLengthColumn:
        return g.accessCodeLength;
    case ExpiryColumn:
        return g.expirySeconds;
    default:
        return {};
    }
}

QVariant CallInGroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TenantColumn:
        return tr("Tenant");
    case NameColumn:
        return tr("Name");
    case NumbersColumn:
        return tr("Phone numbers");
    case CodeLengthColumn:
        return tr("Code length");
    case ExpiryColumn:
        return tr("Expiry (s)");
    default:
        return {};
    }
}
