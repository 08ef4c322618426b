#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

namespace ges {

class ApiKeyRegistry;

// Admin API: /ges/v1/admin/api-keys (Callback Administrator or Developer): create (the key
// is shown once), list, revoke, and validate a pasted key without revealing any other.
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
    void list(const ExchangePtr &exchange);
    void revoke(const ExchangePtr &exchange);
    void validate(const ExchangePtr &exchange);

    ApiKeyRegistry &m_keys;
    const AccessPolicy &m_access;
};

} // namespace ges
