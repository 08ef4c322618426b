#pragma once
#include "Caller.h"
#include "Outcome.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>

namespace ges {

class ServiceCatalog;
class SlotPlanner;

// Availability (time slots with free capacity) and open-for of a service (API.md §3).
class AvailabilityService : public QObject
{
    Q_OBJECT
public:
    struct Query
    {
        QDateTime start; // invalid: now
        QDateTime end;   // invalid: see numberOfDays, else the end of the start day
        int numberOfDays = 0;
        QByteArray timeZone;  // empty: the service's
        int maxTimeSlots = 0; // 0: all
        bool reportBusy = false;
    };
    static constexpr int kMaxDays = 14;

    AvailabilityService(ServiceCatalog &services, SlotPlanner &planner, QObject *parent = nullptr);

    void availability(const Caller &caller, const QString &service, const Query &query,
                      OutcomeHandler done);
    void openFor(const Caller &caller, const QString &service, const QDateTime &at,
                 OutcomeHandler done);

private:
    ServiceCatalog &m_services;
    SlotPlanner &m_planner;
};

} // namespace ges
