#pragma once
#include "http/Router.h"

namespace ges {

class CallbackLifecycle;

// External API: /engagement/v3/callbacks/create, /retrieve, /cancel.
class CallbacksController
{
public:
    explicit CallbacksController(CallbackLifecycle &lifecycle) : m_lifecycle(lifecycle) {}
    void registerRoutes(Router &router);

private:
    void create(const ExchangePtr &exchange);
    void retrieve(const ExchangePtr &exchange);
    void cancel(const ExchangePtr &exchange);

    CallbackLifecycle &m_lifecycle;
};

} // namespace ges
