#pragma once
#include "http/Router.h"

namespace ges {

class CallInRegistry;

// Click-to-call-in: the external POST /engagement/v3/call-in/requests/create (API key →
// tenant) and the routing side's POST /ges/v1/routing/call-in/match (routing token).
class CallInController
{
public:
    explicit CallInController(CallInRegistry &registry) : m_registry(registry) {}
    void registerRoutes(Router &router);        // external port
    void registerRoutingRoutes(Router &router); // internal port

private:
    void create(const ExchangePtr &exchange);
    void match(const ExchangePtr &exchange);

    CallInRegistry &m_registry;
};

} // namespace ges
