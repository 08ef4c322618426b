#include "StatisticsController.h"
#include "JsonBody.h"
#include "domain/StatisticsProxy.h"
#include "shared/ApiPaths.h"

namespace ges {

void StatisticsController::registerRoutes(Router &router)
{
    router.add({"POST",
                paths::StatisticsGet,
                AuthKind::ApiKey,
                [this](const ExchangePtr &e) { getStatistics(e); },
                {}});
}

int StatisticsController::maxAgeOf(const QByteArray &cacheControl)
{
    for (const QByteArray &directive : cacheControl.split(',')) {
        const QByteArray d = directive.trimmed().toLower();
        if (!d.startsWith("max-age="))
            continue;
        bool ok = false;
        const qint64 seconds = d.mid(8).trimmed().toLongLong(&ok);
        return ok && seconds > 0 ? int(qMin<qint64>(seconds, 86400)) : 0;
    }
    return 0;
}

void StatisticsController::getStatistics(const ExchangePtr &exchange)
{
    const auto request = jsonBody(exchange);
    if (!request)
        return;
    // The tenant is the API key's (never the request's), and so is the GWS client used.
    m_proxy.get(callerOf(exchange), *request, exchange->body(),
                maxAgeOf(exchange->header("Cache-Control")),
                [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

} // namespace ges
