#include "OccupancyBarDelegate.h"

#include "models/SlotOccupancyModel.h"

#include <QPainter>

void OccupancyBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QVariant share = index.data(SlotOccupancyModel::OccupancyRole);
    if (share.isValid()) {
        const double value = qBound(0.0, share.toDouble(), 1.0);
        const QColor color = value >= 1.0    ? QColor(0xd6, 0x27, 0x28)
                             : value >= 0.75 ? QColor(0xff, 0xa5, 0x00)
                                             : QColor(0x2c, 0xa0, 0x2c);
        const QRect frame = option.rect.adjusted(3, 3, -3, -3);
        painter->save();
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(frame);
        QRect bar = frame.adjusted(1, 1, 0, 0);
        bar.setWidth(int(bar.width() * value));
        painter->fillRect(bar, color.lighter(130));
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}
