#pragma once
#include "client/CallbacksApi.h"

#include <QAbstractTableModel>

// The history of one callback (GET /ges/v1/admin/callbacks/{id}), oldest first.
class CallbackHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        StateColumn,
        ReasonColumn,
        ActorColumn,
        ColumnCount
    };

    explicit CallbackHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setHistory(const QList<CallbackEvent> &history);
    const CallbackEvent &eventAt(int row) const { return m_events.at(row); }

private:
    QList<CallbackEvent> m_events;
};
