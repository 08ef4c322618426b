#pragma once
#include "models/WeeklyHours.h"

#include <QPoint>
#include <QWidget>
#include <optional>

class QPainter;

// The weekly office hours as a grid: one row per day (Monday first), one column per cell
// of the day (30 minutes unless told otherwise). A click toggles a cell; a drag paints
// the rectangle from the pressed cell to the pointer, open if the pressed cell was not
// fully open, closed otherwise. Arrow keys move a cursor cell and Space toggles it.
//
// The hours live minute by minute (WeeklyHours), so hours that do not fall on cell
// boundaries are kept as they are and painted as partly open cells until changed.
class OfficeHoursGrid : public QWidget
{
    Q_OBJECT

public:
    explicit OfficeHoursGrid(QWidget *parent = nullptr);

    void setHours(const WeeklyHours &hours);
    const WeeklyHours &hours() const { return m_hours; }
    // 15, 30 or 60; any divisor of a day works.
    void setCellMinutes(int minutes);
    int cellMinutes() const { return m_cellMinutes; }
    int cellCount() const { return WeeklyHours::MinutesPerDay / m_cellMinutes; }
    // Where the cell of `day` (0 = MON) starting at `cell * cellMinutes()` is drawn.
    QRect cellRect(int day, int cell) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The user changed the hours (not emitted by setHours()).
    void hoursChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int labelWidth() const;
    int headerHeight() const;
    int rowHeight() const;
    double cellWidth() const;
    // x = cell, y = day; nothing outside the cells.
    std::optional<QPoint> cellAt(QPoint pos) const;
    bool isCellOpen(QPoint cell) const;
    void paintRectangle(QPoint from, QPoint to, bool open);
    void paintCells(QPainter &painter) const;
    void paintLabels(QPainter &painter) const;
    QString cellText(QPoint cell) const;

    WeeklyHours m_hours;
    WeeklyHours m_beforeDrag; // a drag repaints its rectangle over these
    int m_cellMinutes = 30;
    std::optional<QPoint> m_anchor; // the pressed cell while dragging
    bool m_paintOpen = true;
    QPoint m_cursor{16, 0}; // the keyboard's cell: MON 08:00 at 30-minute cells
};
