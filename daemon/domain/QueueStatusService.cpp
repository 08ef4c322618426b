#include "QueueStatusService.h"
#include "ServiceCatalog.h"
#include "SlotPlanner.h"
#include "StoreErrors.h"
#include "WaitEstimator.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"
#include "shared/SlotCalendar.h"

#include <QJsonArray>
#include <memory>

namespace ges {

QueueStatusService::QueueStatusService(ServiceCatalog &services, SlotPlanner &planner,
                                       WaitEstimator &estimator, QObject *parent)
    : QObject(parent), m_services(services), m_planner(planner), m_estimator(estimator)
{
}

void QueueStatusService::queueStatus(const Caller &caller, const QString &name, OutcomeHandler done)
{
    m_services.find(caller.tenant, name, [this, caller, name, done](const auto &found) {
        if (!found.ok())
            return done(toApiError(found.error(), caller.corrId));
        if (!found.value())
            return done(
                ApiError::notFound(errc::ServiceNotFound,
                                   QStringLiteral("no callback service named \"%1\"").arg(name)));
        const ServiceConfig service = *found.value();
        m_estimator.forNewArrival(
            caller.tenant, name, [this, caller, service, done](const WaitEstimator::Estimate &ewt) {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                const bool open = SlotCalendar(service).isOpen(now);
                const bool roomInQueue =
                    service.maxWaiting <= 0 || ewt.waiting < service.maxWaiting;
                const bool waitAcceptable = service.ewtThreshold <= 0 || ewt.seconds < 0 ||
                                            ewt.seconds <= service.ewtThreshold;
                QJsonObject data{{"ewt", ewt.seconds},
                                 {"offerImmediateCallback", open && roomInQueue && waitAcceptable},
                                 {"open", open},
                                 {"waiting", ewt.waiting},
                                 {"computedAt", isotime::format(ewt.computedAt)}};
                if (!ewt.message.isEmpty())
                    data.insert("message", ewt.message);
                // Whether any slot is free changes when one fills, not per request, and
                // finding out reads every slot of the booking window: kept kSlotsCacheMs.
                const QString key = service.tenant + u'/' + service.name;
                const auto known = m_freeSlots.constFind(key);
                if (known != m_freeSlots.cend() && !known->until.hasExpired()) {
                    data.insert("offerScheduledCallback", known->any);
                    return done(data);
                }
                m_planner.slotsIn(service, now, now.addDays(service.maxDaysAhead),
                                  [this, key, caller, data, done](
                                      const DbResult<QList<SlotPlanner::Slot>> &planned) mutable {
                                      if (!planned.ok())
                                          return done(toApiError(planned.error(), caller.corrId));
                                      bool any = false;
                                      for (const SlotPlanner::Slot &s : planned.value())
                                          any = any || s.free > 0;
                                      if (m_freeSlots.size() > 10000)
                                          m_freeSlots.clear();
                                      m_freeSlots.insert(key, {QDeadlineTimer(kSlotsCacheMs), any});
                                      data.insert("offerScheduledCallback", any);
                                      done(data);
                                  });
            });
    });
}

void QueueStatusService::estimatedWaitTimes(const Caller &caller, const QStringList &queues,
                                            OutcomeHandler done)
{
    m_services.list({caller.tenant}, [this, caller, queues, done](const auto &services) {
        if (!services.ok())
            return done(toApiError(services.error(), caller.corrId));
        auto results = std::make_shared<QList<QJsonObject>>(queues.size());
        auto pending = std::make_shared<qsizetype>(queues.size());
        for (qsizetype i = 0; i < queues.size(); ++i) {
            QStringList names;
            for (const ServiceConfig &s : services.value())
                if (s.virtualQueue == queues.at(i))
                    names << s.name;
            const QString vq = queues.at(i);
            m_estimator.forServices(
                caller.tenant, names,
                [results, pending, i, vq, done](const WaitEstimator::Estimate &e) {
                    QJsonObject item{{"virtualQueue", vq},
                                     {"estimatedWaitTime", e.seconds},
                                     {"resultCode", e.seconds >= 0 ? 0 : -1},
                                     {"computedAt", isotime::format(e.computedAt)}};
                    if (!e.message.isEmpty())
                        item.insert("message", e.message);
                    (*results)[i] = item;
                    if (--*pending > 0)
                        return;
                    QJsonArray list;
                    for (const QJsonObject &r : *results)
                        list.append(r);
                    done(QJsonObject{{"queues", list}});
                });
        }
    });
}

} // namespace ges
