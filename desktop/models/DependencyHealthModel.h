#pragma once
#include "client/DeveloperRecords.h"

#include <QAbstractTableModel>

// The dependencies of GET /ges/v1/health/detail: name, status, latency, error.
class DependencyHealthModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        LatencyColumn,
        ErrorColumn,
        ColumnCount
    };

    explicit DependencyHealthModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const DependencyHealth &dependencyAt(int row) const { return m_dependencies.at(row); }
    int rowOf(const QString &name) const; // -1 when not reported
    void setDependencies(const QList<DependencyHealth> &dependencies);

    static QString displayName(const QString &name); // "orsRedis" -> "ORS Redis"
    // UP, DEGRADED, DOWN (the API's words) in the user's language; others as they came.
    static QString statusText(const QString &status);

private:
    QList<DependencyHealth> m_dependencies;
};
