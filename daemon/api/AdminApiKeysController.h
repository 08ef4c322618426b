#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

namespace ges {

class ApiKeyRegistry;

// Admin API: /ges/v1/admin/api-keys (Callback Administrator or Developer).
class AdminApiKeysController
{
public:
    AdminApiKeysController(ApiKeyRegistry &keys, const AccessPolicy &access)
        : m_keys(keys), m_access(access)
    {
    }
    void registerRoutes(Router &router);

private:
    void create(const ExchangePtr &exchange);

    ApiKeyRegistry &m_keys;
    const AccessPolicy &m_access;
};

} // namespace ges
