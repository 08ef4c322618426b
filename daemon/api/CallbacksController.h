#pragma once
#include "http/Router.h"

namespace ges {

class CallbackLifecycle;
class CallbackCreator;

// External API: /engagement/v3/callbacks/create, /retrieve, /cancel.
class CallbacksController
{
public:
    CallbacksController(CallbackCreator &creator, CallbackLifecycle &lifecycle)
        : m_creator(creator), m_lifecycle(lifecycle)
    {
    }
    void registerRoutes(Router &router);

private:
    void create(const ExchangePtr &exchange);
    void retrieve(const ExchangePtr &exchange);
    void cancel(const ExchangePtr &exchange);

    CallbackCreator &m_creator;
    CallbackLifecycle &m_lifecycle;
};

} // namespace ges
