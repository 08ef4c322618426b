#include "SlotPlanner.h"
#include "store/SlotRecords.h"
#include "store/SqlReaderPool.h"

namespace ges {

SlotPlanner::SlotPlanner(SqlReaderPool &reader, QObject *parent) : QObject(parent), m_reader(reader)
{
}

void SlotPlanner::slotsIn(const ServiceConfig &service, const QDateTime &from, const QDateTime &to,
                          Done done)
{
    const SlotCalendar calendar(service);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A slot that has begun is still bookable for the rest of it (check() allows any
    // time inside it from now on), so the range starts at the slot holding `now`.
    QDateTime start = std::max(from.toUTC(), now);
    if (const auto current = calendar.slotAt(start))
        start = current->start;
    const QDateTime end = std::min(to.toUTC(), calendar.horizon(now));
    if (start >= end)
        return done(QList<Slot>());
    const QList<TimeSlot> times = calendar.slotsBetween(start, end);
    const QString tenant = service.tenant;
    const QString name = service.name;
    const int capacity = service.slotCapacity;
    m_reader.run<QHash<qint64, int>>(
        this,
        [tenant, name, start, end](QSqlDatabase &db) {
            return SlotRecords::booked(db, tenant, name, start, end);
        },
        [times, capacity, done](const DbResult<QHash<qint64, int>> &booked) {
            if (!booked.ok())
                return done(booked.error());
            QList<Slot> result;
            result.reserve(times.size());
            for (const TimeSlot &t : times) {
                const int taken = booked.value().value(t.start.toMSecsSinceEpoch(), 0);
                result.append({t, capacity, std::max(0, capacity - taken)});
            }
            done(result);
        });
}

void SlotPlanner::alternatives(const ServiceConfig &service, const QDateTime &desired, int max,
                               Done done)
{
    slotsIn(service, desired, desired.addDays(2), [max, done](const DbResult<QList<Slot>> &all) {
        if (!all.ok())
            return done(all);
        QList<Slot> free;
        for (const Slot &s : all.value())
            if (s.free > 0 && free.size() < max)
                free.append(s);
        done(free);
    });
}

} // namespace ges
