#include "UserTableModel.h"
#include "models/TimeText.h"

#include <QFont>
#include <QLocale>

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const AdminUserInfo &user = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(user, index.column());
    case SortRole:
        return index.column() == CreatedColumn ? QVariant(user.createdAt)
                                               : display(user, index.column());
    case Qt::FontRole:
        if (user.disabled) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant UserTableModel::display(const AdminUserInfo &user, int column) const
{
    switch (column) {
    case NameColumn:
        return user.name;
    case RolesColumn:
        return user.roles.join(QLatin1String(", "));
    case TenantsColumn:
        return user.tenants.contains(QStringLiteral("*")) ? tr("all tenants (*)")
                                                          : user.tenants.join(QLatin1String(", "));
    case StatusColumn:
        return user.disabled ? tr("Disabled") : tr("Active");
    case CreatedColumn:
        return timeText(user.createdAt);
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Roles");
    case TenantsColumn:
        return tr("Tenants");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}
