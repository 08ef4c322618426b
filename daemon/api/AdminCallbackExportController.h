#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

namespace ges {

class CallbackSearch;

// GET /ges/v1/admin/callbacks/export?format=csv|json + the search filters: every matching
// callback, streamed (chunked) in keyset pages of kPageRows read on the reader pool. The
// next page is read only once the socket has sent all but kMaxPendingBytes of the last
// one, so a slow client slows the export down instead of growing the daemon's memory.
class AdminCallbackExportController
{
public:
    static constexpr int kPageRows = 1000;
    static constexpr qint64 kMaxPendingBytes = 64 * 1024;

    AdminCallbackExportController(CallbackSearch &search, const AccessPolicy &access)
        : m_search(search), m_access(access)
    {
    }
    void registerRoutes(Router &router);

private:
    void exportCallbacks(const ExchangePtr &exchange);

    CallbackSearch &m_search;
    const AccessPolicy &m_access;
};

} // namespace ges
