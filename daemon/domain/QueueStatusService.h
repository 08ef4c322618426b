#pragma once
#include "Caller.h"
#include "Outcome.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>

namespace ges {

class ServiceCatalog;
class SlotPlanner;
class WaitEstimator;

// What an app asks before offering a callback (API.md §3): queue status of a service
// and the estimated wait time of virtual queues.
class QueueStatusService : public QObject
{
    Q_OBJECT
public:
    QueueStatusService(ServiceCatalog &services, SlotPlanner &planner, WaitEstimator &estimator,
                       QObject *parent = nullptr);

    // {"ewt", "offerImmediateCallback", "offerScheduledCallback", (ours) "open", "waiting",
    // "computedAt"}
    void queueStatus(const Caller &caller, const QString &service, OutcomeHandler done);
    // One {"virtualQueue", "estimatedWaitTime", "resultCode", "message"?, "computedAt"} per
    // queue, in the order asked, under "queues" (the controller unwraps it).
    void estimatedWaitTimes(const Caller &caller, const QStringList &virtualQueues,
                            OutcomeHandler done);

private:
    ServiceCatalog &m_services;
    SlotPlanner &m_planner;
    WaitEstimator &m_estimator;
    static constexpr int kSlotsCacheMs = 1000;
    struct FreeSlots
    {
        QDeadlineTimer until;
        bool any = false;
    };
    QHash<QString, FreeSlots> m_freeSlots; // "tenant/service" → any slot free
};

} // namespace ges
