#pragma once
#include "client/UsersApi.h"

#include <QAbstractTableModel>

// The users of the admin API the caller may see, one row each.
class UserTableModel : public QAbstractTableModel
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

    explicit UserTableModel(QObject *parent = nullptr);

    void setUsers(const QList<AdminUserInfo> &users);
    void clear() { setUsers({}); }
    const AdminUserInfo &userAt(int row) const { return m_users.at(row); }
    int rowOf(const QString &name) const; // -1: not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AdminUserInfo &user, int column) const;

    QList<AdminUserInfo> m_users;
};
