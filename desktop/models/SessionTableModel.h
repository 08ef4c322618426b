#pragma once
#include "client/UsersApi.h"

#include <QAbstractTableModel>

// The live sessions of one user. The id column is the session's public id (the
// SHA-256 of its token), never the token.
class SessionTableModel : public QAbstractTableModel
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

    explicit SessionTableModel(QObject *parent = nullptr);

    void setSessions(const QList<AdminSessionInfo> &sessions);
    void clear() { setSessions({}); }
    const AdminSessionInfo &sessionAt(int row) const { return m_sessions.at(row); }
    int rowOf(const QString &id) const; // -1: not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AdminSessionInfo &session, int column) const;

    QList<AdminSessionInfo> m_sessions;
};
