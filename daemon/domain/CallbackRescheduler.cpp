#include "CallbackRescheduler.h"
#include "AuditTrail.h"
#include "BookingErrors.h"
#include "ServiceCatalog.h"
#include "SlotPlanner.h"
#include "StoreErrors.h"
#include "ops/Log.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"
#include "shared/SlotCalendar.h"
#include "store/CallbackCache.h"
#include "store/CallbackEditRecords.h"
#include "store/DueIndex.h"
#include "store/GroupCommitWriter.h"

namespace ges {

namespace {
constexpr qint64 kRetentionDays = 14; // DESIGN.md §3: kept 14 days after the desired time

bool movable(CallbackState state)
{
    return state == CallbackState::Scheduled || state == CallbackState::Queued;
}

ApiError notMovable(const Callback &cb)
{
    return {409,
            errc::InvalidState,
            QStringLiteral("callback %1 is %2; only SCHEDULED or QUEUED callbacks can be "
                           "rescheduled")
                .arg(cb.id, toString(cb.state)),
            {},
            0};
}
} // namespace

CallbackRescheduler::CallbackRescheduler(CallbackSearch &search, ServiceCatalog &services,
                                         SlotPlanner &planner, GroupCommitWriter &writer,
                                         CallbackCache &cache, DueIndex &due, QObject *parent)
    : QObject(parent), m_search(search), m_services(services), m_planner(planner), m_writer(writer),
      m_cache(cache), m_due(due)
{
}

void CallbackRescheduler::reschedule(const Caller &caller, const QStringList &tenants,
                                     const QString &id, const QDateTime &desiredTime,
                                     OutcomeHandler done)
{
    m_search.locate(caller, tenants, id, [this, caller, desiredTime, done](const auto &located) {
        if (const auto *error = std::get_if<ApiError>(&located))
            return done(*error);
        const Callback cb = std::get<Callback>(located);
        if (!movable(cb.state))
            return done(notMovable(cb));
        m_services.find(cb.tenant, cb.serviceName,
                        [this, caller, cb, desiredTime, done](const auto &found) {
                            if (!found.ok())
                                return done(toApiError(found.error(), caller.corrId));
                            if (!found.value())
                                return done(ApiError::notFound(
                                    errc::ServiceNotFound,
                                    QStringLiteral("the service %1 of this callback no longer "
                                                   "exists")
                                        .arg(cb.serviceName)));
                            book(caller, cb, *found.value(), desiredTime, done);
                        });
    });
}

void CallbackRescheduler::book(const Caller &caller, const Callback &cb,
                               const ServiceConfig &service, const QDateTime &desiredTime,
                               OutcomeHandler done)
{
    const SlotCalendar calendar(service);
    const BookingProblem problem = calendar.check(desiredTime, QDateTime::currentDateTimeUtc());
    if (problem != BookingProblem::None)
        return done(bookingError(problem, service));
    CallbackEditRecords::NewTime time;
    time.desiredTime = desiredTime.toUTC();
    time.slotStart = calendar.slotAt(desiredTime)->start;
    time.expiresAt = time.desiredTime.addDays(kRetentionDays);
    time.slotCapacity = service.slotCapacity;
    const AuditEntry audit =
        auditEntry(caller, QStringLiteral("callback.reschedule"), cb.tenant, cb.id,
                   {{"from", isotime::format(cb.desiredTime)},
                    {"to", isotime::format(time.desiredTime)},
                    {"state", toString(cb.state)}});
    const QString tenant = cb.tenant;
    const QString id = cb.id;
    const QString actor = caller.actor;
    m_writer.submit<CallbackEditRecords::EditResult>(
        this,
        [tenant, id, time, actor, audit](QSqlDatabase &db) {
            return CallbackEditRecords::reschedule(db, tenant, id, time, actor, audit);
        },
        [this, caller, service, desiredTime, id,
         done](const DbResult<CallbackEditRecords::EditResult> &result) {
            if (!result.ok())
                return done(toApiError(result.error(), caller.corrId));
            using V = CallbackEditRecords::Verdict;
            switch (result.value().verdict) {
            case V::NotFound:
                return done(CallbackSearch::notFound(id));
            case V::InvalidState:
                return done(notMovable(*result.value().callback));
            case V::SlotFull:
                return m_planner.alternatives(
                    service, desiredTime, 10,
                    [done](const DbResult<QList<SlotPlanner::Slot>> &alternatives) {
                        done(slotFullError(alternatives));
                    });
            case V::Done:
                break;
            }
            const Callback &moved = *result.value().callback;
            m_due.add(moved.id, moved.desiredTime);
            m_cache.put(moved);
            log::info("domain", QStringLiteral("callback rescheduled"),
                      {{"callbackId", moved.id},
                       {"tenant", moved.tenant},
                       {"desiredTime", isotime::format(moved.desiredTime)},
                       {"corrId", caller.corrId}});
            done(CallbackSearch::toJson(moved));
        });
}

} // namespace ges
