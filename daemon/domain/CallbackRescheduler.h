#pragma once
#include "CallbackSearch.h"
#include "Caller.h"
#include "Outcome.h"
#include "shared/ServiceConfig.h"

#include <QObject>

namespace ges {

class ServiceCatalog;
class SlotPlanner;
class GroupCommitWriter;
class CallbackCache;
class DueIndex;

// Moves a SCHEDULED callback (or a QUEUED one, which becomes SCHEDULED again) to another
// bookable time: the checks of a scheduled create (office hours, past, horizon), then in
// one transaction the new slot booked, the old one freed, the row and the audit entry;
// then the schedule index and the cache follow.
class CallbackRescheduler : public QObject
{
    Q_OBJECT
public:
    CallbackRescheduler(CallbackSearch &search, ServiceCatalog &services, SlotPlanner &planner,
                        GroupCommitWriter &writer, CallbackCache &cache, DueIndex &due,
                        QObject *parent = nullptr);

    void reschedule(const Caller &caller, const QStringList &tenants, const QString &id,
                    const QDateTime &desiredTime, OutcomeHandler done);

private:
    void book(const Caller &caller, const Callback &callback, const ServiceConfig &service,
              const QDateTime &desiredTime, OutcomeHandler done);

    CallbackSearch &m_search;
    ServiceCatalog &m_services;
    SlotPlanner &m_planner;
    GroupCommitWriter &m_writer;
    CallbackCache &m_cache;
    DueIndex &m_due;
};

} // namespace ges
