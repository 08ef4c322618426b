#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

namespace ges {

class CallbackEditor;
class CallbackRescheduler;
class BulkCancel;

// Admin API, changes to callbacks beyond create and cancel: replace user data,
// reschedule, bulk cancel (with a dry run). Administrator and Supervisor, own tenants.
class AdminCallbackActionsController
{
public:
    struct Parts
    {
        CallbackEditor &editor;
        CallbackRescheduler &rescheduler;
        BulkCancel &bulkCancel;
        const AccessPolicy &access;
    };
    explicit AdminCallbackActionsController(Parts parts) : m(parts) {}
    void registerRoutes(Router &router);

private:
    void replaceUserData(const ExchangePtr &exchange);
    void reschedule(const ExchangePtr &exchange);
    void bulkCancel(const ExchangePtr &exchange);

    Parts m;
};

} // namespace ges
