#pragma once
#include "SlotPlanner.h"
#include "shared/ApiError.h"
#include "shared/ServiceConfig.h"
#include "shared/SlotCalendar.h"

namespace ges {

// The answers to a desiredTime that cannot be booked, shared by create and reschedule so
// both say the same thing the same way.
ApiError bookingError(BookingProblem problem, const ServiceConfig &service);
// 429 SLOT_FULL, with `alternatives` (other slots with room) as data.slots.
ApiError slotFullError(const DbResult<QList<SlotPlanner::Slot>> &alternatives);

} // namespace ges
