#pragma once
#include "http/Router.h"

namespace ges {

class CallbackLifecycle;

// Internal API for the routing side: POST /ges/v1/routing/callbacks/{id}/state.
class RoutingController
{
public:
    explicit RoutingController(CallbackLifecycle &lifecycle) : m_lifecycle(lifecycle) {}
    void registerRoutes(Router &router);

private:
    void reportState(const ExchangePtr &exchange);

    CallbackLifecycle &m_lifecycle;
};

} // namespace ges
