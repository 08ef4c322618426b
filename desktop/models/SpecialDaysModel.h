#pragma once
#include "shared/ServiceConfig.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QJsonArray>

// The special days of a service being edited: a date closed all day, or one interval of
// hours on that date (a date may have several rows). Open and close are kept as the text
// the user typed ("HH:MM", "24:00" allowed), so ServiceConfig's own validation judges them
// and its problems name the row ("specialDays[2]") the user sees as row 3.
class SpecialDaysModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        ClosedColumn,
        OpenColumn,
        CloseColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setDays(const QList<ges::SpecialDay> &days);
    // The rows as the service's "specialDays" JSON.
    QJsonArray toJson() const;
    // A new row: the day after the last row's date (or tomorrow), closed all day.
    int addDay();
    void removeDay(int row);

private:
    struct Row
    {
        QDate date;
        bool closed = true;
        QString open;
        QString close;
    };
    QList<Row> m_rows;
};
