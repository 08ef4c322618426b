#pragma once
#include "shared/ServiceConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <array>
#include <bitset>

// A service's weekly office hours as one open/closed flag per minute of the week, so the
// grid editor can paint any cell size and the conversion to and from the service's
// officeHours ranges loses nothing: a range of any minute boundaries survives a round
// trip, and cells only decide what a click changes.
//
// toRanges() is canonical: one range per open interval, days with the very same interval
// share one entry (MON-FRI 08:00-18:00), entries ordered by first day and then time.
class WeeklyHours
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyHours)

public:
    static constexpr int Days = 7; // 0 = MON .. 6 = SUN
    static constexpr int MinutesPerDay = 24 * 60;

    static WeeklyHours fromRanges(const QList<ges::OfficeHours> &ranges);
    QList<ges::OfficeHours> toRanges() const;

    // [fromMinute, toMinute) of `day`, clipped to the day.
    void setOpen(int day, int fromMinute, int toMinute, bool open);
    bool isOpen(int day, int minute) const;
    // How many minutes of [fromMinute, toMinute) of `day` are open.
    int openMinutes(int day, int fromMinute, int toMinute) const;
    bool isEmpty() const;
    // The largest of `candidates` (descending) that every open/close boundary is a multiple
    // of, or the last candidate: the grid's cell size that shows these hours exactly.
    int finestBoundary(const QList<int> &candidates) const;

    // The open intervals of one day, [open, close) in minutes.
    QList<std::pair<int, int>> intervals(int day) const;
    // The hours for people, in `locale`'s day names and time format: "Mon–Fri 08:00–18:00;
    // Sat 09:00–12:30", "Mo.–Fr. 08:00–18:00; Sa. 09:00–12:30". (The API's day codes, as in
    // MON-FRI, are for the JSON only: toRanges().)
    static QString displayText(const QList<ges::OfficeHours> &ranges,
                               const QLocale &locale = QLocale());
    // "08:00", "24:00": a minute of the day as the API writes it.
    static QString clockText(int minute);

    bool operator==(const WeeklyHours &other) const { return m_open == other.m_open; }

private:
    // "Mon–Fri", "Sat, Sun": days as API codes, named in `locale`.
    static QString dayListText(const QStringList &days, const QLocale &locale);

    std::array<std::bitset<MinutesPerDay>, Days> m_open;
};
