#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

namespace ges {

class QueueOverview;

// Admin API: GET /ges/v1/admin/queues?tenant=&days=N — the whole Queues view in one call.
class AdminQueuesController
{
public:
    AdminQueuesController(QueueOverview &overview, const AccessPolicy &access)
        : m_overview(overview), m_access(access)
    {
    }
    void registerRoutes(Router &router);

private:
    void view(const ExchangePtr &exchange);

    QueueOverview &m_overview;
    const AccessPolicy &m_access;
};

} // namespace ges
