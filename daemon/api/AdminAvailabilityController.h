#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

namespace ges {

class AvailabilityService;

// Admin API: GET /ges/v1/admin/availability, the free slots of one service of a tenant, so
// the desktop client can offer only bookable times without an API key. The same answer as
// the external availability (AvailabilityService); the service is named by the `service`
// query parameter and the tenant must be one the user may read.
class AdminAvailabilityController
{
public:
    AdminAvailabilityController(AvailabilityService &availability, const AccessPolicy &access)
        : m_availability(availability), m_access(access)
    {
    }
    void registerRoutes(Router &router);

private:
    void availability(const ExchangePtr &exchange);

    AvailabilityService &m_availability;
    const AccessPolicy &m_access;
};

} // namespace ges
