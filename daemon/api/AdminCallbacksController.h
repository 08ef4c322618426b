#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

namespace ges {

class CallbackSearch;

// Admin API: /ges/v1/admin/callbacks, the paged list (Administrator, Supervisor,
// Monitor; DevOps reads across tenants).
class AdminCallbacksController
{
public:
    AdminCallbacksController(CallbackSearch &search, const AccessPolicy &access)
        : m_search(search), m_access(access)
    {
    }
    void registerRoutes(Router &router);

private:
    void list(const ExchangePtr &exchange);

    CallbackSearch &m_search;
    const AccessPolicy &m_access;
};

} // namespace ges
