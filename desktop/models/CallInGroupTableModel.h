#pragma once
#include "RecordTableModel.h"

#include "shared/CallInGroup.h"

// The click-to-call-in groups of the Services tab, one row each.
class CallInGroupTableModel : public RecordTableModel<ges::CallInGroup>
{
    Q_OBJECT

public:
    enum Column
    {
        TenantColumn,
        NameColumn,
        CodeLengthColumn,
        ExpiryColumn,
        NumbersColumn, // last: it takes the rest of the width
        ColumnCount
    };

    using RecordTableModel::RecordTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setGroups(const QList<ges::CallInGroup> &groups) { setRecords(groups); }
    const ges::CallInGroup &groupAt(int row) const { return m_records.at(row); }
};
