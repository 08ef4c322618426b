#pragma once
#include "shared/ServiceConfig.h"
#include "shared/SlotCalendar.h"
#include "store/DbResult.h"

#include <QObject>
#include <functional>

namespace ges {

class SqlReaderPool;

// The bookable slots of a service with what is left in each: the calendar of office
// hours (shared/SlotCalendar) joined with the bookings in PostgreSQL.
class SlotPlanner : public QObject
{
    Q_OBJECT
public:
    struct Slot
    {
        TimeSlot time;
        int total = 0;
        int free = 0;
    };
    using Done = std::function<void(const DbResult<QList<Slot>> &)>;

    explicit SlotPlanner(SqlReaderPool &reader, QObject *parent = nullptr);

    // Slots starting in [from, to) (clipped to now .. the booking horizon), in time order.
    void slotsIn(const ServiceConfig &service, const QDateTime &from, const QDateTime &to,
                 Done done);
    // Up to `max` slots with room, from the slot of `desired` on, for a SLOT_FULL answer.
    void alternatives(const ServiceConfig &service, const QDateTime &desired, int max, Done done);

private:
    SqlReaderPool &m_reader;
};

} // namespace ges
