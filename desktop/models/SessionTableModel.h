#pragma once
#include "RecordTableModel.h"

#include "client/UsersApi.h"

// The live sessions of one user. The id column is the session's public id (the
// SHA-256 of its token), never the token.
class SessionTableModel : public RecordTableModel<AdminSessionInfo>
{
    Q_OBJECT

public:
    enum Column
    {
        UserColumn,
        AddressColumn,
        CreatedColumn,
        LastSeenColumn,
        ExpiresColumn,
        IdColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    using RecordTableModel::RecordTableModel;

    void setSessions(const QList<AdminSessionInfo> &sessions) { setRecords(sessions); }
    void clear() { setSessions({}); }
    const AdminSessionInfo &sessionAt(int row) const { return m_records.at(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AdminSessionInfo &session, int column) const;
};
