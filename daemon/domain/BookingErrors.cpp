#include "BookingErrors.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"

namespace ges {

namespace {
ApiError unbookable(const char *code, const QString &message)
{
    return {422, QString::fromLatin1(code), message, {{"desiredTime", message}}, 0, {}};
}
} // namespace

ApiError bookingError(BookingProblem problem, const ServiceConfig &service)
{
    switch (problem) {
    case BookingProblem::InThePast:
        return unbookable(errc::InThePast, QStringLiteral("desiredTime is in the past"));
    case BookingProblem::TooFarAhead:
        return unbookable(
            errc::TooFarAhead,
            QStringLiteral("desiredTime is more than %1 days ahead").arg(service.maxDaysAhead));
    case BookingProblem::OutsideOfficeHours:
    case BookingProblem::None:
        break;
    }
    return unbookable(errc::OutsideOfficeHours,
                      QStringLiteral("desiredTime is outside the office hours of %1 (%2)")
                          .arg(service.name, service.timeZone));
}

ApiError slotFullError(const DbResult<QList<SlotPlanner::Slot>> &alternatives)
{
    QJsonObject freeSlots;
    if (alternatives.ok())
        for (const SlotPlanner::Slot &s : alternatives.value())
            freeSlots.insert(isotime::format(s.time.start), s.free);
    return ApiError{429,
                    QString::fromLatin1(errc::SlotFull),
                    QStringLiteral("the slot of desiredTime is fully booked; data.slots "
                                   "lists other times with room"),
                    {},
                    0,
                    QJsonObject{{"slots", freeSlots}}};
}

} // namespace ges
