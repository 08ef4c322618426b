#include "AdminCallInRequestsController.h"
#include "QueryParams.h"
#include "domain/CallInRegistry.h"
#include "domain/StoreErrors.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>

namespace ges {

namespace {
const QStringList kStates{callin::Live, callin::Used, callin::Expired};
}

void AdminCallInRequestsController::registerRoutes(Router &router)
{
    router.add({"GET",
                paths::AdminCallInRequests,
                AuthKind::Session,
                [this](const ExchangePtr &e) { list(e); },
                {}});
}

void AdminCallInRequestsController::list(const ExchangePtr &exchange)
{
    QueryParams params(exchange->query());
    CallInRequestRecords::ListQuery query;
    query.groupName = params.text("group");
    query.state = params.text("state").toUpper();
    query.limit = params.integer("limit", 100, 1, 500);
    query.beforeSeq = params.sequenceCursor("cursor");
    if (const auto error = params.error())
        return exchange->replyError(*error);
    if (!query.state.isEmpty() && !kStates.contains(query.state))
        return exchange->replyError(ApiError::field(errc::InvalidField, QStringLiteral("state"),
                                                    "one of " + kStates.join(", ")));
    const auto scope = m_access.visibleTenants(exchange, params.text("tenant"));
    if (!scope)
        return;
    if (scope->none())
        return exchange->replyData(
            QJsonObject{{"requests", QJsonArray()}, {"nextCursor", QJsonValue()}});
    query.tenants = scope->all ? QStringList() : scope->tenants;
    const QString corrId = exchange->corrId();
    m_registry.list(query, [exchange, corrId](const auto &found) {
        if (!found.ok())
            return exchange->replyError(toApiError(found.error(), corrId));
        const auto &[requests, more] = found.value();
        QJsonArray list;
        for (const CallInRequest &r : requests)
            list.append(r.toJson());
        const QJsonValue next = more && !requests.isEmpty()
                                    ? QJsonValue(QString::number(requests.constLast().seq))
                                    : QJsonValue();
        exchange->replyData(QJsonObject{{"requests", list}, {"nextCursor", next}});
    });
}

} // namespace ges
