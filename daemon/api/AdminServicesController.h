#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

namespace ges {

class ServiceCatalog;

// Admin API: /ges/v1/admin/services — create and edit (Callback Administrator), list
// and read (also Supervisor and Monitor, and DevOps read-only).
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
    void list(const ExchangePtr &exchange);
    void read(const ExchangePtr &exchange);
    void update(const ExchangePtr &exchange);
    void remove(const ExchangePtr &exchange);

    ServiceCatalog &m_services;
    const AccessPolicy &m_access;
};

} // namespace ges
