#include "SessionTableModel.h"
#include "models/TimeText.h"

#include <QFont>
#include <QLocale>

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const AdminSessionInfo &session = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(session, index.column());
    case Qt::ToolTipRole:
        return session.current ? tr("This is your own session.") : display(session, index.column());
    case SortRole:
        switch (index.column()) {
        case CreatedColumn:
            return session.createdAt;
        case LastSeenColumn:
            return session.lastSeenAt;
        case ExpiresColumn:
            return session.expiresAt;
        default:
            return display(session, index.column());
        }
    case Qt::FontRole:
        if (session.current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant SessionTableModel::display(const AdminSessionInfo &session, int column) const
{
    switch (column) {
    case UserColumn:
        return session.current ? tr("%1 (this session)").arg(session.user) : session.user;
    case AddressColumn:
        return session.address;
    case CreatedColumn:
        return timeText(session.createdAt);
    case LastSeenColumn:
        return timeText(session.lastSeenAt);
    case ExpiresColumn:
        return timeText(session.expiresAt);
    case IdColumn:
        return session.id;
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case AddressColumn:
        return tr("Address");
    case CreatedColumn:
        return tr("Created");
    case LastSeenColumn:
        return tr("Last seen");
    case ExpiresColumn:
        return tr("Expires");
    case IdColumn:
        return tr("Session ID");
    default:
        return {};
    }
}
