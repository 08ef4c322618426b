#pragma once
#include "domain/AvailabilityService.h"
#include "http/Router.h"

#include <optional>

namespace ges {

// External API: /engagement/v3/callbacks/availability/{service} and /open-for/{service}.
class AvailabilityController
{
public:
    explicit AvailabilityController(AvailabilityService &availability)
        : m_availability(availability)
    {
    }
    void registerRoutes(Router &router);

    // The range and options of an availability request (start/startMS, end/endMS,
    // numberOfDays, timezone, maxTimeSlots, reportBusy); nullopt after answering 400.
    // The admin availability (AdminAvailabilityController) reads the same parameters.
    static std::optional<AvailabilityService::Query> readQuery(const ExchangePtr &exchange);

private:
    void availability(const ExchangePtr &exchange);
    void openFor(const ExchangePtr &exchange);

    AvailabilityService &m_availability;
};

} // namespace ges
