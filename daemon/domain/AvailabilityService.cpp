#include "AvailabilityService.h"
#include "ServiceCatalog.h"
#include "SlotPlanner.h"
#include "StoreErrors.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"
#include "shared/SlotCalendar.h"

#include <QJsonArray>

namespace ges {

namespace {
ApiError serviceNotFound(const QString &name)
{
    return ApiError::notFound(errc::ServiceNotFound,
                              QStringLiteral("no callback service named \"%1\"").arg(name));
}

// The end of the range: `end`, or the local midnight `days` days after the start's date.
QDateTime rangeEnd(const AvailabilityService::Query &q, const QDateTime &start,
                   const QTimeZone &zone)
{
    if (q.end.isValid())
        return q.end.toUTC();
    const QDate day = start.toTimeZone(zone).date().addDays(std::max(q.numberOfDays, 1));
    return QDateTime(day, QTime(0, 0), zone).toUTC();
}
} // namespace

AvailabilityService::AvailabilityService(ServiceCatalog &services, SlotPlanner &planner,
                                         QObject *parent)
    : QObject(parent), m_services(services), m_planner(planner)
{
}

void AvailabilityService::availability(const Caller &caller, const QString &name,
                                       const Query &query, OutcomeHandler done)
{
    m_services.find(caller.tenant, name, [this, caller, name, query, done](const auto &found) {
        if (!found.ok())
            return done(toApiError(found.error(), caller.corrId));
        if (!found.value())
            return done(serviceNotFound(name));
        const ServiceConfig &service = *found.value();
        const QTimeZone zone(query.timeZone.isEmpty() ? service.timeZone.toUtf8() : query.timeZone);
        const QDateTime start =
            query.start.isValid() ? query.start.toUTC() : QDateTime::currentDateTimeUtc();
        const QDateTime end = rangeEnd(query, start, zone);
        if (end <= start)
            return done(ApiError::field(errc::InvalidField, "end", "must be after start"));
        if (start.daysTo(end) > kMaxDays)
            return done(
                ApiError::field(errc::InvalidField, "end",
                                QStringLiteral("at most %1 days after start").arg(kMaxDays)));
        const int duration = service.slotMinutes;
        m_planner.slotsIn(
            service, start, end,
            [caller, query, zone, duration,
             done](const DbResult<QList<SlotPlanner::Slot>> &planned) {
                if (!planned.ok())
                    return done(toApiError(planned.error(), caller.corrId));
                QJsonArray list;
                for (const SlotPlanner::Slot &s : planned.value()) {
                    if (s.free <= 0 && !query.reportBusy)
                        continue;
                    if (query.maxTimeSlots > 0 && list.size() >= query.maxTimeSlots)
                        break;
                    list.append(QJsonObject{
                        {"utcTime", isotime::format(s.time.start)},
                        {"localTime", s.time.start.toTimeZone(zone).toString(Qt::ISODateWithMs)},
                        {"capacity", s.free},
                        {"total", s.total}});
                }
                done(QJsonObject{{"slots", list},
                                 {"durationMin", duration},
                                 {"timezone", QString::fromUtf8(zone.id())}});
            });
    });
}

void AvailabilityService::openFor(const Caller &caller, const QString &name, const QDateTime &at,
                                  OutcomeHandler done)
{
    m_services.find(caller.tenant, name, [caller, name, at, done](const auto &found) {
        if (!found.ok())
            return done(toApiError(found.error(), caller.corrId));
        if (!found.value())
            return done(serviceNotFound(name));
        const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
        const SlotCalendar calendar(*found.value());
        done(QJsonObject{{"openFor", double(calendar.openFor(when))}});
    });
}

} // namespace ges
