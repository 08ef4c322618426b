#pragma once
#include <QAbstractTableModel>
#include <QList>

// The rows of a table of records with a string key, `id` unless Key names another (services,
// call-in groups, users, sessions, GWS credentials): replaced as a whole on load, then kept
// in step with single saves and deletes so a dialog's result shows without loading the list
// again. Subclasses give the columns.
template <typename Record, QString Record::*Key = &Record::id>
class RecordTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }

    void setRecords(const QList<Record> &records)
    {
        beginResetModel();
        m_records = records;
        endResetModel();
    }

    // Replaces the record with the same key, or appends it; returns its row.
    int upsert(const Record &record)
    {
        const int row = rowOf(record.*Key);
        if (row >= 0) {
            m_records[row] = record;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            return row;
        }
        const int last = int(m_records.size());
        beginInsertRows({}, last, last);
        m_records.append(record);
        endInsertRows();
        return last;
    }

    void removeId(const QString &id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_records.removeAt(row);
        endRemoveRows();
    }

    int rowOf(const QString &key) const // -1: not listed
    {
        for (int row = 0; row < m_records.size(); ++row) {
            if (m_records.at(row).*Key == key)
                return row;
        }
        return -1;
    }

protected:
    QList<Record> m_records;
};
