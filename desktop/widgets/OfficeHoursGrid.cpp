#include "OfficeHoursGrid.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>

namespace {
// Fixed colours rather than the palette's: "open" must read as open in every style.
const QColor kOpen(0x2e, 0x7d, 0x32);
const QColor kOpenDisabled(0x8f, 0xb9, 0x91);
const QColor kClosed(0xee, 0xee, 0xee);

QString dayName(int day, QLocale::FormatType format)
{
    return QLocale().dayName(day + 1, format);
}

QString clock(int minute)
{
    return QLocale().toString(QTime(0, 0).addSecs(minute * 60), QLocale::ShortFormat);
}
} // namespace

OfficeHoursGrid::OfficeHoursGrid(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_Hover);
}

void OfficeHoursGrid::setHours(const WeeklyHours &hours)
{
    m_hours = hours;
    m_anchor.reset();
    update();
}

void OfficeHoursGrid::setCellMinutes(int minutes)
{
    if (minutes <= 0 || WeeklyHours::MinutesPerDay % minutes != 0)
        return;
    const int cursorMinute = m_cursor.x() * m_cellMinutes;
    m_cellMinutes = minutes;
    m_cursor.setX(cursorMinute / minutes);
    updateGeometry();
    update();
}

int OfficeHoursGrid::labelWidth() const
{
    int width = 0;
    for (int day = 0; day < WeeklyHours::Days; ++day)
        width =
            std::max(width, fontMetrics().horizontalAdvance(dayName(day, QLocale::ShortFormat)));
    return width + 8;
}

int OfficeHoursGrid::headerHeight() const
{
    return fontMetrics().height() + 6;
}

int OfficeHoursGrid::rowHeight() const
{
    return std::max(fontMetrics().height() + 6, 20);
}

double OfficeHoursGrid::cellWidth() const
{
    return double(width() - labelWidth() - 1) / cellCount();
}

QSize OfficeHoursGrid::sizeHint() const
{
    return {labelWidth() + 48 * 16 + 1, headerHeight() + WeeklyHours::Days * rowHeight() + 1};
}

QSize OfficeHoursGrid::minimumSizeHint() const
{
    return {labelWidth() + 48 * 8 + 1, sizeHint().height()};
}

QRect OfficeHoursGrid::cellRect(int day, int cell) const
{
    const double w = cellWidth();
    const int left = labelWidth() + int(std::lround(cell * w));
    const int right = labelWidth() + int(std::lround((cell + 1) * w));
    return QRect(left, headerHeight() + day * rowHeight(), right - left, rowHeight());
}

std::optional<QPoint> OfficeHoursGrid::cellAt(QPoint pos) const
{
    const int x = pos.x() - labelWidth();
    const int y = pos.y() - headerHeight();
    if (x < 0 || y < 0)
        return std::nullopt;
    const int cell = int(x / cellWidth());
    const int day = y / rowHeight();
    if (cell >= cellCount() || day >= WeeklyHours::Days)
        return std::nullopt;
    return QPoint(cell, day);
}

bool OfficeHoursGrid::isCellOpen(QPoint cell) const
{
    const int from = cell.x() * m_cellMinutes;
    return m_hours.openMinutes(cell.y(), from, from + m_cellMinutes) == m_cellMinutes;
}

void OfficeHoursGrid::paintRectangle(QPoint from, QPoint to, bool open)
{
    m_hours = m_beforeDrag;
    const int firstCell = std::min(from.x(), to.x());
    const int lastCell = std::max(from.x(), to.x());
    for (int day = std::min(from.y(), to.y()); day <= std::max(from.y(), to.y()); ++day)
        m_hours.setOpen(day, firstCell * m_cellMinutes, (lastCell + 1) * m_cellMinutes, open);
    update();
}

void OfficeHoursGrid::mousePressEvent(QMouseEvent *event)
{
    const auto cell = cellAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !cell)
        return QWidget::mousePressEvent(event);
    m_anchor = cell;
    m_cursor = *cell;
    m_beforeDrag = m_hours;
    m_paintOpen = !isCellOpen(*cell);
    paintRectangle(*cell, *cell, m_paintOpen);
}

void OfficeHoursGrid::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_anchor)
        return QWidget::mouseMoveEvent(event);
    // Clamp to the grid, so a drag past its edge still reaches the last cell.
    const QPoint pos = event->position().toPoint();
    const QRect last = cellRect(WeeklyHours::Days - 1, cellCount() - 1);
    const QPoint clamped(std::clamp(pos.x(), labelWidth(), last.right()),
                         std::clamp(pos.y(), headerHeight(), last.bottom()));
    if (const auto cell = cellAt(clamped)) {
        m_cursor = *cell;
        paintRectangle(*m_anchor, *cell, m_paintOpen);
    }
}

void OfficeHoursGrid::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_anchor || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_anchor.reset();
    if (!(m_hours == m_beforeDrag))
        emit hoursChanged();
}

void OfficeHoursGrid::keyPressEvent(QKeyEvent *event)
{
    QPoint next = m_cursor;
    switch (event->key()) {
    case Qt::Key_Left:
        next.rx() -= 1;
        break;
    case Qt::Key_Right:
        next.rx() += 1;
        break;
    case Qt::Key_Up:
        next.ry() -= 1;
        break;
    case Qt::Key_Down:
        next.ry() += 1;
        break;
    case Qt::Key_Space: {
        const int from = m_cursor.x() * m_cellMinutes;
        m_hours.setOpen(m_cursor.y(), from, from + m_cellMinutes, !isCellOpen(m_cursor));
        update();
        emit hoursChanged();
        return;
    }
    default:
        return QWidget::keyPressEvent(event);
    }
    m_cursor = QPoint(std::clamp(next.x(), 0, cellCount() - 1),
                      std::clamp(next.y(), 0, WeeklyHours::Days - 1));
    update();
}

bool OfficeHoursGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const auto cell = cellAt(help->pos()))
            QToolTip::showText(help->globalPos(), cellText(*cell), this,
                               cellRect(cell->y(), cell->x()));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QString OfficeHoursGrid::cellText(QPoint cell) const
{
    const int from = cell.x() * m_cellMinutes;
    const int open = m_hours.openMinutes(cell.y(), from, from + m_cellMinutes);
    const QString state = open == m_cellMinutes ? tr("open")
                          : open == 0           ? tr("closed")
                                                : tr("partly open (%n minute(s))", nullptr, open);
    return tr("%1 %2-%3: %4")
        .arg(dayName(cell.y(), QLocale::LongFormat), clock(from), clock(from + m_cellMinutes),
             state);
}

void OfficeHoursGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintCells(painter);
    paintLabels(painter);
}

void OfficeHoursGrid::paintCells(QPainter &painter) const
{
    const QColor open = isEnabled() ? kOpen : kOpenDisabled;
    const QColor line = palette().color(QPalette::Mid);
    for (int day = 0; day < WeeklyHours::Days; ++day) {
        for (int cell = 0; cell < cellCount(); ++cell) {
            const QRect r = cellRect(day, cell);
            const int from = cell * m_cellMinutes;
            const int minutes = m_hours.openMinutes(day, from, from + m_cellMinutes);
            painter.fillRect(r, kClosed);
            // A partly open cell fills as much of its width as it is open.
            const int filled = int(std::lround(double(r.width()) * minutes / m_cellMinutes));
            painter.fillRect(QRect(r.left(), r.top(), filled, r.height()), open);
            const bool hourLine = from % 60 == 0;
            painter.setPen(hourLine ? line : line.lighter(125));
            painter.drawLine(r.topLeft(), r.bottomLeft());
        }
        painter.setPen(line);
        const QRect first = cellRect(day, 0);
        painter.drawLine(first.left(), first.top(), width() - 1, first.top());
    }
    const QRect last = cellRect(WeeklyHours::Days - 1, cellCount() - 1);
    painter.drawLine(labelWidth(), last.bottom() + 1, last.right() + 1, last.bottom() + 1);
    painter.drawLine(last.right() + 1, headerHeight(), last.right() + 1, last.bottom() + 1);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(cellRect(m_cursor.y(), m_cursor.x()).adjusted(1, 1, -1, -1));
    }
}

void OfficeHoursGrid::paintLabels(QPainter &painter) const
{
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    for (int day = 0; day < WeeklyHours::Days; ++day) {
        const QRect r(0, headerHeight() + day * rowHeight(), labelWidth() - 4, rowHeight());
        painter.drawText(r, Qt::AlignRight | Qt::AlignVCenter, dayName(day, QLocale::ShortFormat));
    }
    // An hour label every 1, 2 or 3 hours, whichever leaves room for the text.
    const int hourWidth = int(cellWidth() * 60 / m_cellMinutes);
    const int textWidth = fontMetrics().horizontalAdvance(QStringLiteral("00")) + 6;
    const int step = hourWidth >= textWidth ? 1 : hourWidth * 2 >= textWidth ? 2 : 3;
    for (int hour = 0; hour < 24; hour += step) {
        const QRect cell = cellRect(0, hour * 60 / m_cellMinutes);
        const QRect r(cell.left() + 2, 0, textWidth, headerHeight());
        painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
    }
}
