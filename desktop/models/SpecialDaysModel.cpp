#include "SpecialDaysModel.h"
#include "WeeklyHours.h"

#include <QJsonObject>
#include <algorithm>

int SpecialDaysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SpecialDaysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpecialDaysModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case DateColumn:
        if (role == Qt::EditRole)
            return row.date;
        // ISO, as the API writes it: no day/month ambiguity across locales.
        return role == Qt::DisplayRole ? QVariant(row.date.toString(Qt::ISODate)) : QVariant();
    case ClosedColumn:
        return role == Qt::CheckStateRole ? QVariant(row.closed ? Qt::Checked : Qt::Unchecked)
                                          : QVariant();
    case OpenColumn:
    case CloseColumn: {
        const QString &text = index.column() == OpenColumn ? row.open : row.close;
        if (role == Qt::EditRole)
            return text;
        if (role == Qt::DisplayRole)
            return row.closed ? QStringLiteral("–") : text;
        if (role == Qt::ToolTipRole)
            return tr("HH:MM in the service's time zone; 24:00 is the end of the day");
        return {};
    }
    default:
        return {};
    }
}

bool SpecialDaysModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == ClosedColumn && role == Qt::CheckStateRole) {
        row.closed = value.value<Qt::CheckState>() == Qt::Checked;
        if (!row.closed && row.open.isEmpty() && row.close.isEmpty()) {
            row.open = QStringLiteral("09:00");
            row.close = QStringLiteral("12:00");
        }
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    if (index.column() == DateColumn)
        row.date = value.toDate();
    else if (index.column() == OpenColumn)
        row.open = value.toString().trimmed();
    else if (index.column() == CloseColumn)
        row.close = value.toString().trimmed();
    else
        return false;
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags SpecialDaysModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ClosedColumn)
        return flags | Qt::ItemIsUserCheckable;
    const bool hours = index.column() == OpenColumn || index.column() == CloseColumn;
    if (hours && m_rows.at(index.row()).closed)
        return flags;
    return flags | Qt::ItemIsEditable;
}

QVariant SpecialDaysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ClosedColumn:
        return tr("Closed all day");
    case OpenColumn:
        return tr("Open");
    case CloseColumn:
        return tr("Close");
    default:
        return {};
    }
}

void SpecialDaysModel::setDays(const QList<ges::SpecialDay> &days)
{
    beginResetModel();
    m_rows.clear();
    for (const ges::SpecialDay &day : days) {
        m_rows.append({day.date, day.closed,
                       day.closed ? QString() : WeeklyHours::clockText(day.openMinute),
                       day.closed ? QString() : WeeklyHours::clockText(day.closeMinute)});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.date < b.date; });
    endResetModel();
}

QJsonArray SpecialDaysModel::toJson() const
{
    QJsonArray days;
    for (const Row &row : m_rows) {
        QJsonObject day{{"date", row.date.toString(Qt::ISODate)}};
        if (row.closed) {
            day.insert("closed", true);
        } else {
            day.insert("open", row.open);
            day.insert("close", row.close);
        }
        days.append(day);
    }
    return days;
}

int SpecialDaysModel::addDay()
{
    QDate date = QDate::currentDate().addDays(1);
    if (!m_rows.isEmpty() && m_rows.constLast().date.isValid())
        date = std::max(date, m_rows.constLast().date.addDays(1));
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({date, true, {}, {}});
    endInsertRows();
    return row;
}

void SpecialDaysModel::removeDay(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}
