#pragma once
#include "RecordTableModel.h"

#include "client/UsersApi.h"

// The users of the admin API the caller may see, one row each.
class UserTableModel : public RecordTableModel<AdminUserInfo, &AdminUserInfo::name>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RolesColumn,
        TenantsColumn,
        StatusColumn,
        CreatedColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    using RecordTableModel::RecordTableModel;

    void setUsers(const QList<AdminUserInfo> &users) { setRecords(users); }
    void clear() { setUsers({}); }
    const AdminUserInfo &userAt(int row) const { return m_records.at(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AdminUserInfo &user, int column) const;
};
