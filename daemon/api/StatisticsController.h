#pragma once
#include "http/Router.h"

namespace ges {

class StatisticsProxy;

// External API: POST /engagement/v3/statistics/operations/get-statistic-ex, the GWS
// statistics proxy (docs/statistics.md).
class StatisticsController
{
public:
    explicit StatisticsController(StatisticsProxy &proxy) : m_proxy(proxy) {}
    void registerRoutes(Router &router);

    // max-age of a Cache-Control header ("no-cache, max-age=60" → 60); 0 when absent or
    // not a number.
    static int maxAgeOf(const QByteArray &cacheControl);

private:
    void getStatistics(const ExchangePtr &exchange);

    StatisticsProxy &m_proxy;
};

} // namespace ges
