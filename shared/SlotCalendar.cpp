#include "SlotCalendar.h"

#include <algorithm>

namespace ges {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01
// Wider than any UTC offset (-12h..+14h), so every offset that can map a wall-clock time to an
// instant is in effect somewhere within this distance of it.
constexpr qint64 kOffsetReachMs = 18 * kHourMs;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QDate utcDate(qint64 ms)
{
    return QDate::fromJulianDay(kEpochJulianDay + ms / kDayMs - (ms % kDayMs < 0 ? 1 : 0));
}

int offsetMsAt(const QTimeZone &zone, qint64 ms)
{
    return zone.offsetFromUtc(utc(ms)) * 1000;
}

// The transition that skips over `wall`, if it lies in a DST gap; its instant is the first one
// after the gap.
std::optional<qint64> gapEnd(const QTimeZone::OffsetDataList &transitions, int offsetBefore,
                             qint64 wall)
{
    for (const QTimeZone::OffsetData &t : transitions) {
        const qint64 at = t.atUtc.toMSecsSinceEpoch();
        const int offsetAfter = t.offsetFromUtc * 1000;
        if (at + offsetBefore <= wall && wall < at + offsetAfter)
            return at;
        offsetBefore = offsetAfter;
    }
    return std::nullopt;
}

// `wall` is a local wall-clock time written as if it were UTC. QDateTime(date, time, zone) of
// Qt 6.4 resolves skipped and repeated times its own way, so every offset in effect near `wall`
// is tried instead: the earliest instant whose offset confirms it wins.
qint64 wallToUtc(const QTimeZone &zone, qint64 wall)
{
    const int offsetBefore = offsetMsAt(zone, wall - kOffsetReachMs);
    const auto transitions =
        zone.transitions(utc(wall - kOffsetReachMs), utc(wall + kOffsetReachMs));
    std::optional<qint64> earliest;
    auto consider = [&](int offset) {
        const qint64 at = wall - offset;
        if (offsetMsAt(zone, at) == offset && (!earliest || at < *earliest))
            earliest = at;
    };
    consider(offsetBefore);
    for (const QTimeZone::OffsetData &t : transitions)
        consider(t.offsetFromUtc * 1000);
    if (earliest)
        return *earliest;
    return gapEnd(transitions, offsetBefore, wall).value_or(wall - offsetBefore);
}

// Sorted, with touching or overlapping spans joined.
template <typename Span> QList<Span> merged(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.open < b.open; });
    QList<Span> result;
    for (const Span &s : spans) {
        if (!result.isEmpty() && s.open <= result.last().close)
            result.last().close = std::max(result.last().close, s.close);
        else
            result.append(s);
    }
    return result;
}
} // namespace

SlotCalendar::SlotCalendar(const ServiceConfig &service)
    : m_zone(service.timeZone.toUtf8()), m_slotMs(std::max(1, service.slotMinutes) * kMinuteMs),
      m_maxDaysAhead(service.maxDaysAhead)
{
    if (!m_zone.isValid()) // ServiceConfig::fromJson refuses such zones; do not crash on them
        m_zone = QTimeZone::utc();
    for (int day = 1; day <= 7; ++day)
        for (const OfficeHours &h : service.officeHours)
            if (h.coversDay(day))
                m_weekly[day - 1].append({h.openMinute, h.closeMinute});
    for (const SpecialDay &d : service.specialDays) {
        QList<Minutes> &hours = m_special[d.date];
        if (!d.closed)
            hours.append({d.openMinute, d.closeMinute});
    }
}

qint64 SlotCalendar::toUtcMs(QDate localDate, int minute) const
{
    const qint64 wall = (localDate.toJulianDay() - kEpochJulianDay) * kDayMs + minute * kMinuteMs;
    return wallToUtc(m_zone, wall);
}

// The date's open spans in UTC: merged, empty ones (both ends in one DST gap) dropped.
QList<SlotCalendar::Span> SlotCalendar::daySpans(QDate localDate) const
{
    const auto special = m_special.constFind(localDate);
    const QList<Minutes> &hours =
        special != m_special.cend() ? *special : m_weekly[localDate.dayOfWeek() - 1];
    QList<Span> spans;
    for (const Minutes &m : hours) {
        const Span span{toUtcMs(localDate, m.open), toUtcMs(localDate, m.close)};
        if (span.open < span.close)
            spans.append(span);
    }
    return merged(spans);
}

// The day spans, in time order, of every local date that can reach into [fromMs, toMs): a local
// date lies within a day of the UTC date of the same name, as offsets stay under 24 hours.
QList<SlotCalendar::Span> SlotCalendar::spansAround(qint64 fromMs, qint64 toMs) const
{
    QList<Span> spans;
    const QDate last = utcDate(toMs).addDays(1);
    for (QDate date = utcDate(fromMs).addDays(-1); date <= last; date = date.addDays(1))
        for (const Span &s : daySpans(date))
            if (s.close > fromMs && s.open < toMs)
                spans.append(s);
    return spans;
}

TimeSlot SlotCalendar::slotIn(const Span &span, qint64 startMs) const
{
    return {utc(startMs), utc(std::min(startMs + m_slotMs, span.close)),
            QDateTime::fromMSecsSinceEpoch(startMs, m_zone)};
}

QList<OpenInterval> SlotCalendar::openIntervals(const QDateTime &from, const QDateTime &to) const
{
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    QList<OpenInterval> result;
    if (fromMs >= toMs)
        return result;
    for (const Span &s : merged(spansAround(fromMs, toMs)))
        result.append({utc(std::max(s.open, fromMs)), utc(std::min(s.close, toMs))});
    return result;
}

bool SlotCalendar::isOpen(const QDateTime &at) const
{
    const qint64 ms = at.toMSecsSinceEpoch();
    return !spansAround(ms, ms + 1).isEmpty();
}

qint64 SlotCalendar::openFor(const QDateTime &at) const
{
    const qint64 startMs = at.toMSecsSinceEpoch();
    const qint64 limitMs = startMs + kOpenForLimitSeconds * 1000;
    qint64 endMs = startMs; // how far the office is known to stay open
    const QDate last = utcDate(limitMs).addDays(1);
    bool closes = false;
    for (QDate date = utcDate(startMs).addDays(-1); date <= last && !closes && endMs < limitMs;
         date = date.addDays(1)) {
        for (const Span &s : daySpans(date)) {
            closes = s.open > endMs;
            if (closes)
                break;
            endMs = std::max(endMs, s.close);
        }
    }
    // Rounded up, so that only a closed office gets 0.
    return (std::min(endMs, limitMs) - startMs + 999) / 1000;
}

QList<TimeSlot> SlotCalendar::slotsBetween(const QDateTime &from, const QDateTime &to) const
{
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    QList<TimeSlot> result;
    if (fromMs >= toMs)
        return result;
    for (const Span &s : spansAround(fromMs, toMs)) {
        qint64 start = s.open;
        if (start < fromMs) // jump to the first slot at or after `from`
            start += (fromMs - start + m_slotMs - 1) / m_slotMs * m_slotMs;
        for (; start < s.close && start < toMs; start += m_slotMs)
            result.append(slotIn(s, start));
    }
    return result;
}

std::optional<TimeSlot> SlotCalendar::slotAt(const QDateTime &at) const
{
    const qint64 ms = at.toMSecsSinceEpoch();
    const QList<Span> spans = spansAround(ms, ms + 1);
    if (spans.isEmpty())
        return std::nullopt;
    const Span &s = spans.first();
    return slotIn(s, s.open + (ms - s.open) / m_slotMs * m_slotMs);
}

BookingProblem SlotCalendar::check(const QDateTime &desired, const QDateTime &now) const
{
    if (desired < now)
        return BookingProblem::InThePast;
    if (desired > horizon(now))
        return BookingProblem::TooFarAhead;
    if (!slotAt(desired))
        return BookingProblem::OutsideOfficeHours;
    return BookingProblem::None;
}

QDateTime SlotCalendar::horizon(const QDateTime &now) const
{
    return utc(now.toMSecsSinceEpoch() + m_maxDaysAhead * kDayMs);
}

} // namespace ges
