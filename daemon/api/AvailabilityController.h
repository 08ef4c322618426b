#pragma once
#include "http/Router.h"

namespace ges {

class AvailabilityService;

// External API: /engagement/v3/callbacks/availability/{service} and /open-for/{service}.
class AvailabilityController
{
public:
    explicit AvailabilityController(AvailabilityService &availability)
        : m_availability(availability)
    {
    }
    void registerRoutes(Router &router);

private:
    void availability(const ExchangePtr &exchange);
    void openFor(const ExchangePtr &exchange);

    AvailabilityService &m_availability;
};

} // namespace ges
