#include "DependencyHealthModel.h"

#include <QColor>
#include <QLocale>

DependencyHealthModel::DependencyHealthModel(QObject *parent) : QAbstractTableModel(parent) {}

int DependencyHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dependencies.size());
}

int DependencyHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DependencyHealthModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_dependencies.size(); ++row) {
        if (m_dependencies.at(row).name == name)
            return row;
    }
    return -1;
}

void DependencyHealthModel::setDependencies(const QList<DependencyHealth> &dependencies)
{
    beginResetModel();
    m_dependencies = dependencies;
    endResetModel();
}

QString DependencyHealthModel::displayName(const QString &name)
{
    if (name == QLatin1String("redis"))
        return tr("Redis");
    if (name == QLatin1String("postgres"))
        return tr("PostgreSQL");
    if (name == QLatin1String("orsRedis"))
        return tr("ORS Redis");
    if (name == QLatin1String("gws"))
        return tr("GWS");
    return name;
}

QString DependencyHealthModel::statusText(const QString &status)
{
    if (status == QLatin1String("UP"))
        return tr("Up", "health status");
    if (status == QLatin1String("DEGRADED"))
        return tr("Degraded", "health status");
    if (status == QLatin1String("DOWN"))
        return tr("Down", "health status");
    return status;
}

QVariant DependencyHealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_dependencies.size())
        return {};
    const DependencyHealth &dependency = m_dependencies.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return dependency.status == QLatin1String("UP") ? QColor(0x2c, 0xa0, 0x2c)
                                                        : QColor(0xb0, 0x00, 0x20);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return displayName(dependency.name);
    case StatusColumn:
        return statusText(dependency.status);
    case LatencyColumn:
        return tr("%1 ms").arg(QLocale().toString(dependency.latencyMs, 'f', 1));
    case ErrorColumn:
        return dependency.error;
    default:
        return {};
    }
}

QVariant DependencyHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Dependency");
    case StatusColumn:
        return tr("Status");
    case LatencyColumn:
        return tr("Latency");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}
