#include "CallbackHistoryModel.h"
#include "CallbackText.h"

#include <QLocale>

CallbackHistoryModel::CallbackHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

int CallbackHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int CallbackHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallbackHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const CallbackEvent &event = m_events.at(index.row());
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
    case StateColumn:
        if (const auto state = ges::callbackStateFromString(event.state))
            return CallbackText::state(*state);
        return event.state;
    case ReasonColumn:
        return event.reason.isEmpty() ? QString() : CallbackText::reason(event.reason);
    case ActorColumn:
        return event.actor;
    }
    return {};
}

QVariant CallbackHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("When");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason");
    case ActorColumn:
        return tr("By");
    }
    return {};
}

void CallbackHistoryModel::setHistory(const QList<CallbackEvent> &history)
{
    beginResetModel();
    m_events = history;
    endResetModel();
}
