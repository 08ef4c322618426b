// SlotCalendar: office hours in a service's time zone turned into UTC intervals and found.
// Expected instants were checked against `zdump -v` of the system tz database, not against Qt.
#include "shared/SlotCalendar.h"

#include <QTest>

using namespace ges;

Q_DECLARE_METATYPE(ges::OfficeHours)
Q_DECLARE_METATYPE(ges::SpecialDay)
Q_DECLARE_METATYPE(ges::BookingProblem)

namespace {
const QStringList kDays{"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

int minuteOf(const QString &hhmm)
{
    return hhmm.left(2).toInt() * 60 + hhmm.mid(3, 2).toInt();
}

OfficeHours hours(const QStringList &days, const QString &open, const QString &close)
{
    return {days, minuteOf(open), minuteOf(close)};
}

// Open only on the weekday of `date`, so a query around it sees that one date.
OfficeHours hoursOn(QDate date, const QString &open, const QString &close)
{
    return hours({kDays.at(date.dayOfWeek() - 1)}, open, close);
}

SpecialDay closedOn(QDate date)
{
    return {date, true, 0, 0};
}

SpecialDay openOn(QDate date, const QString &open, const QString &close)
{
    return {date, false, minuteOf(open), minuteOf(close)};
}

ServiceConfig service(const QString &zone, const QList<OfficeHours> &officeHours,
                      int slotMinutes = 60)
{
    ServiceConfig s;
    s.timeZone = zone;
    s.officeHours = officeHours;
    s.slotMinutes = slotMinutes;
    return s;
}

QDateTime instant(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    Q_ASSERT(t.isValid());
    return t;
}

QDateTime midnightUtc(QDate date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC);
}

QString iso(const QDateTime &t)
{
    return t.toString(Qt::ISODate);
}

QStringList utcStarts(const QList<TimeSlot> &found)
{
    QStringList starts;
    for (const TimeSlot &s : found)
        starts << iso(s.start);
    return starts;
}

QStringList localStarts(const QList<TimeSlot> &found)
{
    QStringList starts;
    for (const TimeSlot &s : found)
        starts << iso(s.localStart);
    return starts;
}

// The slots of the one local date `date` of a service open only on that weekday.
QList<TimeSlot> slotsAround(const SlotCalendar &calendar, QDate date)
{
    return calendar.slotsBetween(midnightUtc(date.addDays(-1)), midnightUtc(date.addDays(2)));
}
} // namespace

class TestSlotCalendar : public QObject
{
    Q_OBJECT
private slots:
    void slotsStepInRealTime_data();
    void slotsStepInRealTime();
    void dstDaysHaveExactSlotInstants_data();
    void dstDaysHaveExactSlotInstants();
    void specialDaysReplaceWeeklyHours_data();
    void specialDaysReplaceWeeklyHours();
    void openIntervalsMergeAcrossMidnight_data();
    void openIntervalsMergeAcrossMidnight();
    void overlappingHoursOfOneDayGiveNoDuplicateSlots();
    void openForFollowsMergedIntervals_data();
    void openForFollowsMergedIntervals();
    void openForOfAnOfficeThatNeverClosesIsCapped();
    void isOpenIncludesOpeningExcludesClosing_data();
    void isOpenIncludesOpeningExcludesClosing();
    void slotAtFindsTheContainingSlot_data();
    void slotAtFindsTheContainingSlot();
    void slotsStartAtOrAfterFrom_data();
    void slotsStartAtOrAfterFrom();
    void checkRejectsPastFarAndClosedTimes_data();
    void checkRejectsPastFarAndClosedTimes();
    void horizonIsWholeDaysOfRealTime();
    void longRangesGiveEverySlotOnce_data();
    void longRangesGiveEverySlotOnce();
};

void TestSlotCalendar::slotsStepInRealTime_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("close");
    QTest::addColumn<int>("slotMinutes");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("first"); // empty: no slots
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("lastEnd");

    const QDate berlinSpring(2026, 3, 29), berlinAutumn(2026, 10, 25);
    const QDate nySpring(2026, 3, 8), nyAutumn(2026, 11, 1);
    const QDate monday(2026, 3, 2);
    // 00:00-06:00 on a transition day lasts 5 real hours in spring and 7 in autumn.
    QTest::newRow("Berlin spring 60") << "Europe/Berlin" << berlinSpring << "00:00"
                                      << "06:00" << 60 << 5 << "2026-03-28T23:00:00Z"
                                      << "2026-03-29T03:00:00Z"
                                      << "2026-03-29T04:00:00Z";
    QTest::newRow("Berlin spring 30") << "Europe/Berlin" << berlinSpring << "00:00"
                                      << "06:00" << 30 << 10 << "2026-03-28T23:00:00Z"
                                      << "2026-03-29T03:30:00Z"
                                      << "2026-03-29T04:00:00Z";
    QTest::newRow("Berlin autumn 60") << "Europe/Berlin" << berlinAutumn << "00:00"
                                      << "06:00" << 60 << 7 << "2026-10-24T22:00:00Z"
                                      << "2026-10-25T04:00:00Z"
                                      << "2026-10-25T05:00:00Z";
    QTest::newRow("Berlin autumn 30") << "Europe/Berlin" << berlinAutumn << "00:00"
                                      << "06:00" << 30 << 14 << "2026-10-24T22:00:00Z"
                                      << "2026-10-25T04:30:00Z"
                                      << "2026-10-25T05:00:00Z";
    QTest::newRow("New York spring 60") << "America/New_York" << nySpring << "00:00"
                                        << "06:00" << 60 << 5 << "2026-03-08T05:00:00Z"
                                        << "2026-03-08T09:00:00Z"
                                        << "2026-03-08T10:00:00Z";
    QTest::newRow("New York spring 30") << "America/New_York" << nySpring << "00:00"
                                        << "06:00" << 30 << 10 << "2026-03-08T05:00:00Z"
                                        << "2026-03-08T09:30:00Z"
                                        << "2026-03-08T10:00:00Z";
    QTest::newRow("New York autumn 60") << "America/New_York" << nyAutumn << "00:00"
                                        << "06:00" << 60 << 7 << "2026-11-01T04:00:00Z"
                                        << "2026-11-01T10:00:00Z"
                                        << "2026-11-01T11:00:00Z";
    QTest::newRow("New York autumn 30") << "America/New_York" << nyAutumn << "00:00"
                                        << "06:00" << 30 << 14 << "2026-11-01T04:00:00Z"
                                        << "2026-11-01T10:30:00Z"
                                        << "2026-11-01T11:00:00Z";

    // A skipped wall-clock time means the first instant after the gap (03:00 local).
    QTest::newRow("Berlin opens in the gap") << "Europe/Berlin" << berlinSpring << "02:30"
                                             << "05:00" << 60 << 2 << "2026-03-29T01:00:00Z"
                                             << "2026-03-29T02:00:00Z"
                                             << "2026-03-29T03:00:00Z";
    QTest::newRow("Berlin closes in the gap") << "Europe/Berlin" << berlinSpring << "00:00"
                                              << "02:30" << 60 << 2 << "2026-03-28T23:00:00Z"
                                              << "2026-03-29T00:00:00Z"
                                              << "2026-03-29T01:00:00Z";
    QTest::newRow("Berlin open only inside the gap") << "Europe/Berlin" << berlinSpring << "02:10"
                                                     << "02:50" << 60 << 0 << ""
                                                     << ""
                                                     << "";
    QTest::newRow("New York opens in the gap") << "America/New_York" << nySpring << "02:30"
                                               << "04:00" << 60 << 1 << "2026-03-08T07:00:00Z"
                                               << "2026-03-08T07:00:00Z"
                                               << "2026-03-08T08:00:00Z";
    // A repeated wall-clock time means its first occurrence, still on summer time.
    QTest::newRow("Berlin opens in the repeated hour")
        << "Europe/Berlin" << berlinAutumn << "02:30"
        << "05:00" << 60 << 4 << "2026-10-25T00:30:00Z"
        << "2026-10-25T03:30:00Z"
        << "2026-10-25T04:00:00Z";
    QTest::newRow("Berlin closes in the repeated hour")
        << "Europe/Berlin" << berlinAutumn << "00:00"
        << "02:30" << 60 << 3 << "2026-10-24T22:00:00Z"
        << "2026-10-25T00:00:00Z"
        << "2026-10-25T00:30:00Z";
    QTest::newRow("New York opens in the repeated hour")
        << "America/New_York" << nyAutumn << "01:30"
        << "03:00" << 60 << 3 << "2026-11-01T05:30:00Z"
        << "2026-11-01T07:30:00Z"
        << "2026-11-01T08:00:00Z";
    // Cuba changes clocks at midnight: 00:00 is skipped in March and repeated in November.
    QTest::newRow("Havana opens at a skipped midnight")
        << "America/Havana" << QDate(2026, 3, 8) << "00:00"
        << "03:00" << 60 << 2 << "2026-03-08T05:00:00Z"
        << "2026-03-08T06:00:00Z"
        << "2026-03-08T07:00:00Z";
    QTest::newRow("Havana closes at a skipped midnight")
        << "America/Havana" << QDate(2026, 3, 7) << "20:00"
        << "24:00" << 60 << 4 << "2026-03-08T01:00:00Z"
        << "2026-03-08T04:00:00Z"
        << "2026-03-08T05:00:00Z";
    QTest::newRow("Havana opens at a repeated midnight")
        << "America/Havana" << QDate(2026, 11, 1) << "00:00"
        << "03:00" << 60 << 4 << "2026-11-01T04:00:00Z"
        << "2026-11-01T07:00:00Z"
        << "2026-11-01T08:00:00Z";
    QTest::newRow("Havana closes at a repeated midnight")
        << "America/Havana" << QDate(2026, 10, 31) << "20:00"
        << "24:00" << 60 << 4 << "2026-11-01T00:00:00Z"
        << "2026-11-01T03:00:00Z"
        << "2026-11-01T04:00:00Z";

    QTest::newRow("UTC normal day") << "UTC" << monday << "08:00"
                                    << "17:00" << 15 << 36 << "2026-03-02T08:00:00Z"
                                    << "2026-03-02T16:45:00Z"
                                    << "2026-03-02T17:00:00Z";
    QTest::newRow("Kolkata normal day") << "Asia/Kolkata" << monday << "09:00"
                                        << "18:00" << 30 << 18 << "2026-03-02T03:30:00Z"
                                        << "2026-03-02T12:00:00Z"
                                        << "2026-03-02T12:30:00Z";
    QTest::newRow("UTC last 20-minute slot clipped") << "UTC" << monday << "08:00"
                                                     << "09:50" << 20 << 6 << "2026-03-02T08:00:00Z"
                                                     << "2026-03-02T09:40:00Z"
                                                     << "2026-03-02T09:50:00Z";
    QTest::newRow("Kolkata last 20-minute slot clipped")
        << "Asia/Kolkata" << monday << "09:00"
        << "10:50" << 20 << 6 << "2026-03-02T03:30:00Z"
        << "2026-03-02T05:10:00Z"
        << "2026-03-02T05:20:00Z";
}

void TestSlotCalendar::slotsStepInRealTime()
{
    QFETCH(QString, zone);
    QFETCH(QDate, day);
    QFETCH(QString, open);
    QFETCH(QString, close);
    QFETCH(int, slotMinutes);
    QFETCH(int, count);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, lastEnd);
    const SlotCalendar calendar(service(zone, {hoursOn(day, open, close)}, slotMinutes));
    const QList<TimeSlot> found = slotsAround(calendar, day);
    QCOMPARE(found.size(), count);
    if (count == 0)
        return;
    QCOMPARE(iso(found.first().start), first);
    QCOMPARE(iso(found.last().start), last);
    QCOMPARE(iso(found.last().end), lastEnd);
    for (qsizetype i = 1; i < found.size(); ++i) {
        QCOMPARE(found.at(i - 1).start.secsTo(found.at(i).start), slotMinutes * 60);
        QCOMPARE(found.at(i - 1).end, found.at(i).start);
    }
    QCOMPARE(found.first().start.timeSpec(), Qt::UTC);
    QCOMPARE(found.first().localStart.timeSpec(), Qt::TimeZone);
    QCOMPARE(found.first().localStart.timeZone().id(), zone.toUtf8());
    QCOMPARE(found.first().localStart, found.first().start);
}

void TestSlotCalendar::dstDaysHaveExactSlotInstants_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QStringList>("utc");
    QTest::addColumn<QStringList>("local");
    QTest::newRow("Berlin spring skips 02:00")
        << "Europe/Berlin" << QDate(2026, 3, 29)
        << QStringList{"2026-03-28T23:00:00Z", "2026-03-29T00:00:00Z", "2026-03-29T01:00:00Z",
                       "2026-03-29T02:00:00Z", "2026-03-29T03:00:00Z"}
        << QStringList{"2026-03-29T00:00:00+01:00", "2026-03-29T01:00:00+01:00",
                       "2026-03-29T03:00:00+02:00", "2026-03-29T04:00:00+02:00",
                       "2026-03-29T05:00:00+02:00"};
    QTest::newRow("Berlin autumn repeats 02:00")
        << "Europe/Berlin" << QDate(2026, 10, 25)
        << QStringList{"2026-10-24T22:00:00Z", "2026-10-24T23:00:00Z", "2026-10-25T00:00:00Z",
                       "2026-10-25T01:00:00Z", "2026-10-25T02:00:00Z", "2026-10-25T03:00:00Z",
                       "2026-10-25T04:00:00Z"}
        << QStringList{"2026-10-25T00:00:00+02:00", "2026-10-25T01:00:00+02:00",
                       "2026-10-25T02:00:00+02:00", "2026-10-25T02:00:00+01:00",
                       "2026-10-25T03:00:00+01:00", "2026-10-25T04:00:00+01:00",
                       "2026-10-25T05:00:00+01:00"};
    QTest::newRow("New York spring skips 02:00")
        << "America/New_York" << QDate(2026, 3, 8)
        << QStringList{"2026-03-08T05:00:00Z", "2026-03-08T06:00:00Z", "2026-03-08T07:00:00Z",
                       "2026-03-08T08:00:00Z", "2026-03-08T09:00:00Z"}
        << QStringList{"2026-03-08T00:00:00-05:00", "2026-03-08T01:00:00-05:00",
                       "2026-03-08T03:00:00-04:00", "2026-03-08T04:00:00-04:00",
                       "2026-03-08T05:00:00-04:00"};
    QTest::newRow("New York autumn repeats 01:00")
        << "America/New_York" << QDate(2026, 11, 1)
        << QStringList{"2026-11-01T04:00:00Z", "2026-11-01T05:00:00Z", "2026-11-01T06:00:00Z",
                       "2026-11-01T07:00:00Z", "2026-11-01T08:00:00Z", "2026-11-01T09:00:00Z",
                       "2026-11-01T10:00:00Z"}
        << QStringList{"2026-11-01T00:00:00-04:00", "2026-11-01T01:00:00-04:00",
                       "2026-11-01T01:00:00-05:00", "2026-11-01T02:00:00-05:00",
                       "2026-11-01T03:00:00-05:00", "2026-11-01T04:00:00-05:00",
                       "2026-11-01T05:00:00-05:00"};
}

void TestSlotCalendar::dstDaysHaveExactSlotInstants()
{
    QFETCH(QString, zone);
    QFETCH(QDate, day);
    QFETCH(QStringList, utc);
    QFETCH(QStringList, local);
    const SlotCalendar calendar(service(zone, {hoursOn(day, "00:00", "06:00")}));
    const QList<TimeSlot> found = slotsAround(calendar, day);
    QCOMPARE(utcStarts(found), utc);
    QCOMPARE(localStarts(found), local);
}

void TestSlotCalendar::specialDaysReplaceWeeklyHours_data()
{
    QTest::addColumn<QList<SpecialDay>>("specialDays");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QStringList>("starts");
    const QDate christmasEve(2026, 12, 24); // a Thursday
    const QList<SpecialDay> holidays{closedOn(QDate(2026, 12, 25)),
                                     openOn(christmasEve, "08:00", "10:00"),
                                     openOn(QDate(2026, 12, 31), "08:00", "09:00"),
                                     openOn(QDate(2026, 12, 31), "14:00", "16:00"),
                                     openOn(QDate(2026, 12, 19), "10:00", "12:00"),
                                     openOn(QDate(2026, 7, 1), "07:00", "08:00")};
    QTest::newRow("ordinary weekday")
        << holidays << QDate(2026, 12, 23)
        << QStringList{"2026-12-23T07:00:00Z", "2026-12-23T08:00:00Z", "2026-12-23T09:00:00Z",
                       "2026-12-23T10:00:00Z"};
    QTest::newRow("closed holiday") << holidays << QDate(2026, 12, 25) << QStringList{};
    QTest::newRow("shortened day")
        << holidays << christmasEve << QStringList{"2026-12-24T07:00:00Z", "2026-12-24T08:00:00Z"};
    QTest::newRow("two intervals")
        << holidays << QDate(2026, 12, 31)
        << QStringList{"2026-12-31T07:00:00Z", "2026-12-31T13:00:00Z", "2026-12-31T14:00:00Z"};
    QTest::newRow("opened Saturday") << holidays << QDate(2026, 12, 19)
                                     << QStringList{"2026-12-19T09:00:00Z", "2026-12-19T10:00:00Z"};
    QTest::newRow("summer time special day")
        << holidays << QDate(2026, 7, 1) << QStringList{"2026-07-01T05:00:00Z"};
}

void TestSlotCalendar::specialDaysReplaceWeeklyHours()
{
    QFETCH(QList<SpecialDay>, specialDays);
    QFETCH(QDate, day);
    QFETCH(QStringList, starts);
    ServiceConfig config = service("Europe/Berlin", {hours(kDays.mid(0, 5), "08:00", "12:00")});
    config.specialDays = specialDays;
    const SlotCalendar calendar(config);
    QCOMPARE(utcStarts(calendar.slotsBetween(midnightUtc(day), midnightUtc(day.addDays(1)))),
             starts);
    QCOMPARE(calendar.isOpen(QDateTime(day, QTime(10, 30), QTimeZone("Europe/Berlin"))),
             day == QDate(2026, 12, 23) || day == QDate(2026, 12, 19));
}

void TestSlotCalendar::openIntervalsMergeAcrossMidnight_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QList<OfficeHours>>("officeHours");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QStringList>("intervals"); // "start/end"
    const QList<OfficeHours> monToTue{hours({"MON"}, "00:00", "24:00"),
                                      hours({"TUE"}, "00:00", "08:00")};
    const QList<OfficeHours> lateMonday{hours({"MON"}, "20:00", "24:00"),
                                        hours({"TUE"}, "00:00", "02:00")};
    QTest::newRow("whole day into the next morning")
        << "UTC" << monToTue << instant("2026-03-01T00:00:00Z") << instant("2026-03-05T00:00:00Z")
        << QStringList{"2026-03-02T00:00:00Z/2026-03-03T08:00:00Z"};
    QTest::newRow("clipped to the query")
        << "UTC" << monToTue << instant("2026-03-02T12:00:00Z") << instant("2026-03-03T04:00:00Z")
        << QStringList{"2026-03-02T12:00:00Z/2026-03-03T04:00:00Z"};
    QTest::newRow("late Monday in Berlin")
        << "Europe/Berlin" << lateMonday << instant("2026-03-01T00:00:00Z")
        << instant("2026-03-05T00:00:00Z")
        << QStringList{"2026-03-02T19:00:00Z/2026-03-03T01:00:00Z"};
    QTest::newRow("two weeks apart")
        << "UTC" << lateMonday << instant("2026-03-02T00:00:00Z") << instant("2026-03-10T00:00:00Z")
        << QStringList{"2026-03-02T20:00:00Z/2026-03-03T02:00:00Z",
                       "2026-03-09T20:00:00Z/2026-03-10T00:00:00Z"};
    QTest::newRow("empty query") << "UTC" << monToTue << instant("2026-03-02T12:00:00Z")
                                 << instant("2026-03-02T12:00:00Z") << QStringList{};
}

void TestSlotCalendar::openIntervalsMergeAcrossMidnight()
{
    QFETCH(QString, zone);
    QFETCH(QList<OfficeHours>, officeHours);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QStringList, intervals);
    const SlotCalendar calendar(service(zone, officeHours));
    QStringList actual;
    for (const OpenInterval &i : calendar.openIntervals(from, to))
        actual << iso(i.start) + "/" + iso(i.end);
    QCOMPARE(actual, intervals);
}

void TestSlotCalendar::overlappingHoursOfOneDayGiveNoDuplicateSlots()
{
    const SlotCalendar calendar(service(
        "UTC", {hours({"MON"}, "08:00", "12:00"), hours({"MON", "TUE"}, "10:00", "14:00")}));
    const QList<TimeSlot> found =
        calendar.slotsBetween(instant("2026-03-02T00:00:00Z"), instant("2026-03-03T00:00:00Z"));
    QCOMPARE(utcStarts(found),
             (QStringList{"2026-03-02T08:00:00Z", "2026-03-02T09:00:00Z", "2026-03-02T10:00:00Z",
                          "2026-03-02T11:00:00Z", "2026-03-02T12:00:00Z", "2026-03-02T13:00:00Z"}));
    QCOMPARE(
        calendar.openIntervals(instant("2026-03-02T00:00:00Z"), instant("2026-03-03T00:00:00Z"))
            .size(),
        1);
}

void TestSlotCalendar::openForFollowsMergedIntervals_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<qint64>("seconds");
    // Office: Mon 20:00-24:00 + Tue 00:00-02:00, Sat 20:00-24:00 + Sun 00:00-06:00.
    QTest::newRow("Monday 23:00") << "UTC" << instant("2026-03-02T23:00:00Z") << qint64(3 * 3600);
    QTest::newRow("at opening") << "UTC" << instant("2026-03-02T20:00:00Z") << qint64(6 * 3600);
    QTest::newRow("after midnight") << "UTC" << instant("2026-03-03T01:00:00Z") << qint64(3600);
    QTest::newRow("half a second before closing rounds up")
        << "UTC" << instant("2026-03-03T01:59:59.500Z") << qint64(1);
    QTest::newRow("at closing") << "UTC" << instant("2026-03-03T02:00:00Z") << qint64(0);
    QTest::newRow("before opening") << "UTC" << instant("2026-03-02T19:59:59Z") << qint64(0);
    QTest::newRow("closed Wednesday") << "UTC" << instant("2026-03-04T12:00:00Z") << qint64(0);
    QTest::newRow("Berlin Monday 23:00")
        << "Europe/Berlin" << instant("2026-03-02T22:00:00Z") << qint64(3 * 3600);
    QTest::newRow("given in another offset")
        << "Europe/Berlin" << instant("2026-03-03T03:30:00+05:30") << qint64(3 * 3600);
    // Saturday 23:00 CET to Sunday 06:00 CEST is 7 wall-clock hours but 6 real ones.
    QTest::newRow("Berlin night into spring forward")
        << "Europe/Berlin" << instant("2026-03-28T22:00:00Z") << qint64(6 * 3600);
}

void TestSlotCalendar::openForFollowsMergedIntervals()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, at);
    QFETCH(qint64, seconds);
    const SlotCalendar calendar(
        service(zone, {hours({"MON", "SAT"}, "20:00", "24:00"), hours({"TUE"}, "00:00", "02:00"),
                       hours({"SUN"}, "00:00", "06:00")}));
    QCOMPARE(calendar.openFor(at), seconds);
    QCOMPARE(calendar.isOpen(at), seconds > 0);
}

void TestSlotCalendar::openForOfAnOfficeThatNeverClosesIsCapped()
{
    const SlotCalendar calendar(service("Europe/Berlin", {hours(kDays, "00:00", "24:00")}));
    QCOMPARE(calendar.openFor(instant("2026-03-25T10:00:00Z")), SlotCalendar::kOpenForLimitSeconds);
}

void TestSlotCalendar::isOpenIncludesOpeningExcludesClosing_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("open");
    // Office: Mon 08:00-17:00 and Sun 02:30-05:00 (opening inside Berlin's spring gap).
    QTest::newRow("at opening") << "UTC" << instant("2026-03-02T08:00:00Z") << true;
    QTest::newRow("just before opening") << "UTC" << instant("2026-03-02T07:59:59.999Z") << false;
    QTest::newRow("just before closing") << "UTC" << instant("2026-03-02T16:59:59.999Z") << true;
    QTest::newRow("at closing") << "UTC" << instant("2026-03-02T17:00:00Z") << false;
    QTest::newRow("Berlin before the gap ends")
        << "Europe/Berlin" << instant("2026-03-29T00:59:59.999Z") << false;
    QTest::newRow("Berlin when the gap ends")
        << "Europe/Berlin" << instant("2026-03-29T01:00:00Z") << true;
}

void TestSlotCalendar::isOpenIncludesOpeningExcludesClosing()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, at);
    QFETCH(bool, open);
    const SlotCalendar calendar(
        service(zone, {hours({"MON"}, "08:00", "17:00"), hours({"SUN"}, "02:30", "05:00")}));
    QCOMPARE(calendar.isOpen(at), open);
}

void TestSlotCalendar::slotAtFindsTheContainingSlot_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("start"); // empty: no slot
    QTest::addColumn<QString>("end");
    // Office: Mon 08:00-09:50 UTC, 20-minute found.
    QTest::newRow("at opening") << instant("2026-03-02T08:00:00Z") << "2026-03-02T08:00:00Z"
                                << "2026-03-02T08:20:00Z";
    QTest::newRow("just before the next slot")
        << instant("2026-03-02T08:19:59.999Z") << "2026-03-02T08:00:00Z"
        << "2026-03-02T08:20:00Z";
    QTest::newRow("at a slot start") << instant("2026-03-02T08:20:00Z") << "2026-03-02T08:20:00Z"
                                     << "2026-03-02T08:40:00Z";
    QTest::newRow("in the clipped last slot")
        << instant("2026-03-02T09:45:00Z") << "2026-03-02T09:40:00Z"
        << "2026-03-02T09:50:00Z";
    QTest::newRow("at closing") << instant("2026-03-02T09:50:00Z") << ""
                                << "";
    QTest::newRow("before opening") << instant("2026-03-02T07:59:59.999Z") << ""
                                    << "";
    QTest::newRow("given in another offset")
        << instant("2026-03-02T09:30:00+01:00") << "2026-03-02T08:20:00Z"
        << "2026-03-02T08:40:00Z";
}

void TestSlotCalendar::slotAtFindsTheContainingSlot()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const SlotCalendar calendar(service("UTC", {hours({"MON"}, "08:00", "09:50")}, 20));
    const auto slot = calendar.slotAt(at);
    QCOMPARE(slot ? iso(slot->start) : QString(), start);
    QCOMPARE(slot ? iso(slot->end) : QString(), end);
}

void TestSlotCalendar::slotsStartAtOrAfterFrom_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QStringList>("starts");
    // Office: Mon 08:00-12:00 UTC, 15-minute found.
    QTest::newRow("from between slots")
        << instant("2026-03-02T10:07:00Z") << instant("2026-03-02T11:00:00Z")
        << QStringList{"2026-03-02T10:15:00Z", "2026-03-02T10:30:00Z", "2026-03-02T10:45:00Z"};
    QTest::newRow("from at a slot start")
        << instant("2026-03-02T10:15:00Z") << instant("2026-03-02T10:45:00Z")
        << QStringList{"2026-03-02T10:15:00Z", "2026-03-02T10:30:00Z"};
    QTest::newRow("from inside the last slot")
        << instant("2026-03-02T11:50:00Z") << instant("2026-03-02T13:00:00Z") << QStringList{};
    QTest::newRow("from before opening")
        << instant("2026-03-02T07:00:00Z") << instant("2026-03-02T08:30:00Z")
        << QStringList{"2026-03-02T08:00:00Z", "2026-03-02T08:15:00Z"};
    QTest::newRow("from in another offset")
        << instant("2026-03-02T12:37:00+02:00") << instant("2026-03-02T11:00:00Z")
        << QStringList{"2026-03-02T10:45:00Z"};
}

void TestSlotCalendar::slotsStartAtOrAfterFrom()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QStringList, starts);
    const SlotCalendar calendar(service("UTC", {hours({"MON"}, "08:00", "12:00")}, 15));
    QCOMPARE(utcStarts(calendar.slotsBetween(from, to)), starts);
}

void TestSlotCalendar::checkRejectsPastFarAndClosedTimes_data()
{
    QTest::addColumn<QDateTime>("desired");
    QTest::addColumn<BookingProblem>("problem");
    // Office: Mon-Fri 08:00-17:00 UTC, 14 days ahead; now is Monday 2026-03-02 10:00 UTC.
    QTest::newRow("now") << instant("2026-03-02T10:00:00Z") << BookingProblem::None;
    QTest::newRow("a second ago") << instant("2026-03-02T09:59:59Z") << BookingProblem::InThePast;
    QTest::newRow("yesterday, open then")
        << instant("2026-02-27T10:00:00Z") << BookingProblem::InThePast;
    QTest::newRow("last bookable instant")
        << instant("2026-03-16T10:00:00Z") << BookingProblem::None;
    QTest::newRow("just beyond the horizon")
        << instant("2026-03-16T10:00:00.001Z") << BookingProblem::TooFarAhead;
    QTest::newRow("Saturday") << instant("2026-03-07T10:00:00Z")
                              << BookingProblem::OutsideOfficeHours;
    QTest::newRow("at closing") << instant("2026-03-02T17:00:00Z")
                                << BookingProblem::OutsideOfficeHours;
    QTest::newRow("just before closing") << instant("2026-03-02T16:59:59Z") << BookingProblem::None;
    QTest::newRow("in another offset")
        << instant("2026-03-03T09:00:00+01:00") << BookingProblem::None;
}

void TestSlotCalendar::checkRejectsPastFarAndClosedTimes()
{
    QFETCH(QDateTime, desired);
    QFETCH(BookingProblem, problem);
    ServiceConfig config = service("UTC", {hours(kDays.mid(0, 5), "08:00", "17:00")});
    config.maxDaysAhead = 14;
    const SlotCalendar calendar(config);
    QCOMPARE(calendar.check(desired, instant("2026-03-02T10:00:00Z")), problem);
}

void TestSlotCalendar::horizonIsWholeDaysOfRealTime()
{
    ServiceConfig config = service("Europe/Berlin", {});
    config.maxDaysAhead = 14;
    const SlotCalendar calendar(config);
    // Across the spring change a local day is 23 hours; the horizon counts days of 24.
    const QDateTime horizon = calendar.horizon(instant("2026-03-20T11:00:00+01:00"));
    QCOMPARE(iso(horizon), QStringLiteral("2026-04-03T10:00:00Z"));
    QCOMPARE(horizon.timeSpec(), Qt::UTC);
}

void TestSlotCalendar::longRangesGiveEverySlotOnce_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<int>("slotMinutes");
    QTest::addColumn<int>("count");
    // Office open around the clock in Berlin; 14 days from `from`.
    QTest::newRow("two weeks of 5-minute slots")
        << instant("2026-03-02T00:00:00Z") << 5 << 14 * 288;
    QTest::newRow("two weeks across spring forward")
        << instant("2026-03-23T00:00:00Z") << 60 << 14 * 24;
    QTest::newRow("two weeks across fall back") << instant("2026-10-19T00:00:00Z") << 30 << 14 * 48;
}

void TestSlotCalendar::longRangesGiveEverySlotOnce()
{
    QFETCH(QDateTime, from);
    QFETCH(int, slotMinutes);
    QFETCH(int, count);
    const SlotCalendar calendar(
        service("Europe/Berlin", {hours(kDays, "00:00", "24:00")}, slotMinutes));
    const QList<TimeSlot> found = calendar.slotsBetween(from, from.addDays(14));
    QCOMPARE(found.size(), count);
    QCOMPARE(found.first().start, from);
    for (qsizetype i = 1; i < found.size(); ++i)
        QCOMPARE(found.at(i - 1).start.secsTo(found.at(i).start), slotMinutes * 60);
}

QTEST_GUILESS_MAIN(TestSlotCalendar)
#include "tst_slotcalendar.moc"
