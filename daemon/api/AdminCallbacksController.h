#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

namespace ges {

class CallbackSearch;
class CallbackCreator;
class CallbackEditor;

// Admin API, callbacks (docs/admin-callbacks.md): the search in keyset pages, create for
// a tenant, one callback with its history, and cancel. Reads: Administrator, Supervisor,
// Monitor (DevOps across tenants); changes: Administrator, Supervisor. Edits, reschedule
// and bulk cancel are in AdminCallbackActionsController, the export in
// AdminCallbackExportController.
class AdminCallbacksController
{
public:
    struct Parts
    {
        CallbackSearch &search;
        CallbackCreator &creator;
        CallbackEditor &editor;
        const AccessPolicy &access;
    };
    explicit AdminCallbacksController(Parts parts) : m(parts) {}
    void registerRoutes(Router &router);

private:
    void list(const ExchangePtr &exchange);
    void create(const ExchangePtr &exchange);
    void detail(const ExchangePtr &exchange);
    void cancel(const ExchangePtr &exchange);

    Parts m;
};

} // namespace ges
