#include "WeeklyHours.h"

#include <QMap>
#include <algorithm>

namespace {
const QStringList kDayCodes{"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

// "MON-FRI" for a run of three or more days, "SAT, SUN" otherwise.
QString dayList(const QStringList &days)
{
    QList<int> indexes;
    for (const QString &d : days)
        indexes << int(kDayCodes.indexOf(d));
    std::sort(indexes.begin(), indexes.end());
    QStringList parts;
    for (qsizetype i = 0; i < indexes.size();) {
        qsizetype end = i;
        while (end + 1 < indexes.size() && indexes.at(end + 1) == indexes.at(end) + 1)
            ++end;
        if (end - i >= 2) {
            parts << kDayCodes.value(indexes.at(i)) + u'-' + kDayCodes.value(indexes.at(end));
        } else {
            for (qsizetype k = i; k <= end; ++k)
                parts << kDayCodes.value(indexes.at(k));
        }
        i = end + 1;
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

WeeklyHours WeeklyHours::fromRanges(const QList<ges::OfficeHours> &ranges)
{
    WeeklyHours hours;
    for (const ges::OfficeHours &range : ranges) {
        for (int day = 0; day < Days; ++day) {
            if (range.coversDay(day + 1))
                hours.setOpen(day, range.openMinute, range.closeMinute, true);
        }
    }
    return hours;
}

QList<ges::OfficeHours> WeeklyHours::toRanges() const
{
    // Key (open, close) -> the days with that interval; QMap keeps them in time order.
    QMap<std::pair<int, int>, QList<int>> daysOf;
    for (int day = 0; day < Days; ++day) {
        for (const auto &interval : intervals(day))
            daysOf[interval].append(day);
    }
    QList<ges::OfficeHours> ranges;
    for (auto it = daysOf.cbegin(); it != daysOf.cend(); ++it) {
        ges::OfficeHours range;
        for (int day : it.value())
            range.days << kDayCodes.at(day);
        range.openMinute = it.key().first;
        range.closeMinute = it.key().second;
        ranges << range;
    }
    // First day, then time: the order a person reads a week in.
    std::stable_sort(
        ranges.begin(), ranges.end(), [](const ges::OfficeHours &a, const ges::OfficeHours &b) {
            return kDayCodes.indexOf(a.days.constFirst()) < kDayCodes.indexOf(b.days.constFirst());
        });
    return ranges;
}

void WeeklyHours::setOpen(int day, int fromMinute, int toMinute, bool open)
{
    if (day < 0 || day >= Days)
        return;
    for (int m = std::max(0, fromMinute); m < std::min(MinutesPerDay, toMinute); ++m)
        m_open[day].set(m, open);
}

bool WeeklyHours::isOpen(int day, int minute) const
{
    return day >= 0 && day < Days && minute >= 0 && minute < MinutesPerDay &&
           m_open[day].test(minute);
}

int WeeklyHours::openMinutes(int day, int fromMinute, int toMinute) const
{
    int open = 0;
    for (int m = fromMinute; m < toMinute; ++m)
        open += isOpen(day, m) ? 1 : 0;
    return open;
}

bool WeeklyHours::isEmpty() const
{
    return std::none_of(m_open.begin(), m_open.end(), [](const auto &day) { return day.any(); });
}

int WeeklyHours::finestBoundary(const QList<int> &candidates) const
{
    for (int size : candidates) {
        bool fits = true;
        for (int day = 0; day < Days && fits; ++day) {
            for (const auto &[open, close] : intervals(day))
                fits = fits && open % size == 0 && close % size == 0;
        }
        if (fits)
            return size;
    }
    return candidates.isEmpty() ? 1 : candidates.constLast();
}

QList<std::pair<int, int>> WeeklyHours::intervals(int day) const
{
    QList<std::pair<int, int>> result;
    int start = -1;
    for (int m = 0; m <= MinutesPerDay; ++m) {
        const bool open = m < MinutesPerDay && m_open[day].test(m);
        if (open && start < 0)
            start = m;
        else if (!open && start >= 0) {
            result.append({start, m});
            start = -1;
        }
    }
    return result;
}

QString WeeklyHours::describe(const QList<ges::OfficeHours> &ranges)
{
    QStringList parts;
    for (const ges::OfficeHours &r : ranges)
        parts << QStringLiteral("%1 %2-%3")
                     .arg(dayList(r.days), clockText(r.openMinute), clockText(r.closeMinute));
    return parts.join(QStringLiteral("; "));
}

QString WeeklyHours::clockText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}
