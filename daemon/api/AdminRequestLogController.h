#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

namespace ges {

class RequestLog;

// Admin API: GET /ges/v1/admin/request-log (Callback Administrator or Developer; DevOps
// reads): the last external API requests of one tenant, filtered by status and path.
class AdminRequestLogController
{
public:
    AdminRequestLogController(RequestLog &log, const AccessPolicy &access)
        : m_log(log), m_access(access)
    {
    }
    void registerRoutes(Router &router);

private:
    void read(const ExchangePtr &exchange);

    RequestLog &m_log;
    const AccessPolicy &m_access;
};

} // namespace ges
