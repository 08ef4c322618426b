#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

namespace ges {

class ServiceCatalog;

// Admin API: /ges/v1/admin/services (Callback Administrator).
class AdminServicesController
{
public:
    AdminServicesController(ServiceCatalog &services, const AccessPolicy &access)
        : m_services(services), m_access(access)
    {
    }
    void registerRoutes(Router &router);

private:
    void create(const ExchangePtr &exchange);

    ServiceCatalog &m_services;
    const AccessPolicy &m_access;
};

} // namespace ges
