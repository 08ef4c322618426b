#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

namespace ges {

class ConfigTransfer;

// Admin API: /ges/v1/admin/config/export and /import, a tenant's configuration as one
// JSON document (export: readers of services; import: Administrator).
class AdminConfigController
{
public:
    AdminConfigController(ConfigTransfer &transfer, const AccessPolicy &access)
        : m_transfer(transfer), m_access(access)
    {
    }
    void registerRoutes(Router &router);

private:
    void exportTenant(const ExchangePtr &exchange);
    void import(const ExchangePtr &exchange);

    ConfigTransfer &m_transfer;
    const AccessPolicy &m_access;
};

} // namespace ges
