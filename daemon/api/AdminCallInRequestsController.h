#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

#include <QObject>

namespace ges {

class CallInRegistry;

// Admin API: GET /ges/v1/admin/call-in-requests?tenant=&group=&state=&limit=&cursor=,
// newest first, keyset-paged. `state` is as seen now: a LIVE request past its expiry is
// listed as EXPIRED even before the housekeeping sweep retires it.
class AdminCallInRequestsController : public QObject
{
    Q_OBJECT
public:
    AdminCallInRequestsController(CallInRegistry &registry, const AccessPolicy &access,
                                  QObject *parent = nullptr)
        : QObject(parent), m_registry(registry), m_access(access)
    {
    }
    void registerRoutes(Router &router);

private:
    void list(const ExchangePtr &exchange);

    CallInRegistry &m_registry;
    const AccessPolicy &m_access;
};

} // namespace ges
