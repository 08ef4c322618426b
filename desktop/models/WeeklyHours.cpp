#include "WeeklyHours.h"

#include <QMap>
#include <QRegularExpression>
#include <QTime>
#include <algorithm>

namespace {
const QStringList kDayCodes{"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

// "HH:mm" rather than the C locale's "HH:mm:ss": hours are whole minutes.
QString minuteFormat(const QLocale &locale)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]?ss?"));
    return locale.timeFormat(QLocale::ShortFormat).remove(seconds).trimmed();
}

// A minute of the day in the locale's format; the end of the day is 24:00 where the
// locale counts hours to 23, and its midnight otherwise.
QString timeText(const QLocale &locale, const QString &format, int minute)
{
    if (minute >= WeeklyHours::MinutesPerDay) {
        static const QRegularExpression hours24(QStringLiteral("H+"));
        return locale.toString(QTime(0, 0), QString(format).replace(hours24, "'24'"));
    }
    return locale.toString(QTime(minute / 60, minute % 60), format);
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

QString WeeklyHours::displayText(const QList<ges::OfficeHours> &ranges, const QLocale &locale)
{
    const QString format = minuteFormat(locale);
    QStringList parts;
    for (const ges::OfficeHours &r : ranges)
        parts << tr("%1 %2", "days, then hours: Mon–Fri 08:00–18:00")
                     .arg(dayListText(r.days, locale),
                          tr("%1–%2", "from–to time")
                              .arg(timeText(locale, format, r.openMinute),
                                   timeText(locale, format, r.closeMinute)));
    return parts.join(tr("; ", "between office-hours entries"));
}

QString WeeklyHours::dayListText(const QStringList &days, const QLocale &locale)
{
    QList<int> indexes;
    for (const QString &d : days)
        indexes << int(kDayCodes.indexOf(d));
    std::sort(indexes.begin(), indexes.end());
    // QLocale counts Monday as 1.
    const auto name = [&locale](int index) {
        return locale.dayName(index + 1, QLocale::ShortFormat);
    };
    QStringList parts;
    for (qsizetype i = 0; i < indexes.size();) {
        qsizetype end = i;
        while (end + 1 < indexes.size() && indexes.at(end + 1) == indexes.at(end) + 1)
            ++end;
        if (end - i >= 2) { // a run of three or more days: "Mon–Fri"
            parts << tr("%1–%2", "from–to day").arg(name(indexes.at(i)), name(indexes.at(end)));
        } else {
            for (qsizetype k = i; k <= end; ++k)
                parts << name(indexes.at(k));
        }
        i = end + 1;
    }
    return parts.join(tr(", ", "between days"));
}

QString WeeklyHours::clockText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}
