#include "AdminCallbacksController.h"
#include "JsonBody.h"
#include "domain/CallbackSearch.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>

namespace ges {

void AdminCallbacksController::registerRoutes(Router &router)
{
    router.add({"GET",
                paths::AdminCallbacks,
                AuthKind::Session,
                [this](const ExchangePtr &e) { list(e); },
                {}});
}

void AdminCallbacksController::list(const ExchangePtr &exchange)
{
    const QUrlQuery &params = exchange->query();
    const QString tenant = params.queryItemValue("tenant", QUrl::FullyDecoded);
    const auto scope = m_access.visibleTenants(exchange, tenant);
    if (!scope)
        return;
    CallbackQuery query;
    query.tenants = scope->tenants; // empty: all tenants
    if (scope->none())
        return exchange->replyData(
            QJsonObject{{"callbacks", QJsonArray()}, {"nextCursor", QJsonValue::Null}});
    query.service = params.queryItemValue("service", QUrl::FullyDecoded);
    const QString state = params.queryItemValue("state");
    if (!state.isEmpty()) {
        query.state = callbackStateFromString(state.toUpper());
        if (!query.state)
            return exchange->replyError(
                ApiError::field(errc::InvalidField, "state", "not a callback state"));
    }
    if (params.hasQueryItem("limit")) {
        bool ok = false;
        query.limit = params.queryItemValue("limit").toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 500)
            return exchange->replyError(ApiError::field(errc::InvalidField, "limit", "1 to 500"));
    }
    const QString cursor = params.queryItemValue("cursor");
    if (!cursor.isEmpty() && !CallbackSearch::decodeCursor(cursor, query))
        return exchange->replyError(
            ApiError::field(errc::InvalidField, "cursor", "not a cursor from nextCursor"));
    m_search.page(callerOf(exchange), query,
                  [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

} // namespace ges
