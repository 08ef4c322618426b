#pragma once
#include "RecordTableModel.h"

#include "shared/ServiceConfig.h"

// The callback services of the Services tab, one row each.
class ServiceTableModel : public RecordTableModel<ges::ServiceConfig>
{
    Q_OBJECT

public:
    enum Column
    {
        TenantColumn,
        NameColumn,
        VirtualQueueColumn,
        TimeZoneColumn,
        SlotMinutesColumn,
        SlotCapacityColumn,
        OfficeHoursColumn,
        ColumnCount
    };

    using RecordTableModel::RecordTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setServices(const QList<ges::ServiceConfig> &services) { setRecords(services); }
    const ges::ServiceConfig &serviceAt(int row) const { return m_records.at(row); }
    QStringList tenants() const;
};
