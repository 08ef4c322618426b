#pragma once
#include <QStyledItemDelegate>

// Draws a share (0..1, from SlotOccupancyModel::OccupancyRole) as a horizontal bar behind
// the cell's text: green while there is room, amber above 75 %, red when full.
class OccupancyBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
