#pragma once
#include "ServiceConfig.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>
#include <array>
#include <optional>

namespace ges {

struct TimeSlot
{
    QDateTime start;      // UTC
    QDateTime end;        // UTC (start + slotMinutes, clipped to the office closing instant)
    QDateTime localStart; // start expressed in the service's time zone (QDateTime with QTimeZone)
};

struct OpenInterval // UTC, half-open [start, end)
{
    QDateTime start;
    QDateTime end;
};

enum class BookingProblem
{
    None,
    InThePast,
    TooFarAhead,
    OutsideOfficeHours
};

// When a service's office is open and how that time is cut into slots.
//
// Office hours are wall-clock times in the service's time zone. A local date's intervals are
// its special-day entries if it has any (none when closed), else the weekly office hours of its
// weekday; intervals of one date that touch or overlap are merged. Each end is turned into a
// UTC instant: a wall-clock time skipped by a DST jump becomes the first instant after the gap,
// one that occurs twice becomes the earlier instant, and "24:00" is the next date's 00:00.
// Slots step by slotMinutes of real time from each day interval's opening, so a DST day has
// fewer or more slots rather than slots of odd length. Inputs are taken by their instant,
// whatever their time spec; outputs are UTC except TimeSlot::localStart.
class SlotCalendar
{
public:
    // openFor() of an office that never closes.
    static constexpr qint64 kOpenForLimitSeconds = 7 * 24 * 3600;

    explicit SlotCalendar(const ServiceConfig &service);
    // Office-open intervals (UTC) intersecting [from, to), clipped to it, adjacent or
    // overlapping ones merged (so Mon 00:00-24:00 + Tue 00:00-08:00 is one interval), sorted.
    QList<OpenInterval> openIntervals(const QDateTime &from, const QDateTime &to) const;
    bool isOpen(const QDateTime &at) const;
    // Seconds from `at` until the office closes, following merged intervals across midnight; 0
    // when closed, else rounded up to at least 1; at most kOpenForLimitSeconds.
    qint64 openFor(const QDateTime &at) const;
    // Slots whose start lies in [from, to), in time order, no duplicates. (Not named slots():
    // Qt's `slots` keyword macro would expand it to nothing at every call.)
    QList<TimeSlot> slotsBetween(const QDateTime &from, const QDateTime &to) const;
    // The slot containing `at` (start <= at < end), if `at` is inside office hours.
    std::optional<TimeSlot> slotAt(const QDateTime &at) const;
    // Whether a callback may be booked for `desired` at time `now`: InThePast if desired < now;
    // TooFarAhead if desired is after now + maxDaysAhead days; OutsideOfficeHours if no slot
    // contains it.
    BookingProblem check(const QDateTime &desired, const QDateTime &now) const;
    // The end of the bookable horizon: now + maxDaysAhead days of 24 hours.
    QDateTime horizon(const QDateTime &now) const;

private:
    struct Minutes // of a local day, [open, close)
    {
        int open;
        int close;
    };
    struct Span // ms since the epoch, [open, close)
    {
        qint64 open;
        qint64 close;
    };

    QList<Span> daySpans(QDate localDate) const;
    QList<Span> spansAround(qint64 fromMs, qint64 toMs) const;
    qint64 toUtcMs(QDate localDate, int minute) const;
    TimeSlot slotIn(const Span &span, qint64 startMs) const;

    QTimeZone m_zone;
    qint64 m_slotMs;
    int m_maxDaysAhead;
    std::array<QList<Minutes>, 7> m_weekly; // index: Qt::DayOfWeek - 1
    QHash<QDate, QList<Minutes>> m_special; // a closed date maps to an empty list
};

} // namespace ges
