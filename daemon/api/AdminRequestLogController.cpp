#include "AdminRequestLogController.h"
#include "QueryParams.h"
#include "ops/RequestLog.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"

namespace ges {

void AdminRequestLogController::registerRoutes(Router &router)
{
    router.add({"GET",
                paths::AdminRequestLog,
                AuthKind::Session,
                [this](const ExchangePtr &e) { read(e); },
                {}});
}

void AdminRequestLogController::read(const ExchangePtr &exchange)
{
    QueryParams params(exchange->query());
    RequestLogQuery query;
    query.tenant = params.text("tenant");
    query.status = params.text("status").toLower();
    query.path = params.text("path").left(300);
    query.limit = params.integer("limit", 100, 1, RequestLog::kMaxLimit);
    query.beforeId = params.text("before");
    if (params.error())
        return exchange->replyError(*params.error());
    if (!query.status.isEmpty() && !RequestLog::isStatusFilter(query.status))
        return exchange->replyError(ApiError::field(errc::InvalidField, "status",
                                                    "2xx, 4xx, 5xx (any Nxx) or one status code"));
    if (!query.beforeId.isEmpty() && !RequestLog::isEntryId(query.beforeId))
        return exchange->replyError(
            ApiError::field(errc::InvalidField, "before", "an entry id as given in nextCursor"));
    // A user of one tenant need not name it; everyone else must (one stream per tenant).
    const QStringList own = exchange->principal.tenants;
    if (query.tenant.isEmpty() && own.size() == 1 && own.constFirst() != QLatin1String("*"))
        query.tenant = own.constFirst();
    if (!m_access.allowTenant(exchange, query.tenant))
        return;
    m_log.read(query, [exchange](std::optional<RequestLogPage> page) {
        if (!page)
            return exchange->replyError(
                ApiError::unavailable(QStringLiteral("cannot read the request log now")));
        QJsonObject data{{"entries", page->entries}};
        data.insert("nextCursor", page->nextCursor.isEmpty() ? QJsonValue() : page->nextCursor);
        exchange->replyData(data);
    });
}

} // namespace ges
