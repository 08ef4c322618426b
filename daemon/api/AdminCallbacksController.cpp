#include "AdminCallbacksController.h"
#include "CallbackFilters.h"
#include "CreateRequestReader.h"
#include "JsonBody.h"
#include "domain/AuditTrail.h"
#include "domain/CallbackCreator.h"
#include "domain/CallbackEditor.h"
#include "domain/CallbackSearch.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ges {

void AdminCallbacksController::registerRoutes(Router &router)
{
    router.add({"GET",
                paths::AdminCallbacks,
                AuthKind::Session,
                [this](const ExchangePtr &e) { list(e); },
                {}});
    router.add({"POST",
                paths::AdminCallbacks,
                AuthKind::Session,
                [this](const ExchangePtr &e) { create(e); },
                {}});
    router.add({"GET",
                paths::AdminCallback,
                AuthKind::Session,
                [this](const ExchangePtr &e) { detail(e); },
                {}});
    router.add({"POST",
                paths::AdminCallbackCancel,
                AuthKind::Session,
                [this](const ExchangePtr &e) { cancel(e); },
                {}});
}

void AdminCallbacksController::list(const ExchangePtr &exchange)
{
    const QUrlQuery &params = exchange->query();
    const auto scope =
        m.access.visibleTenants(exchange, params.queryItemValue("tenant", QUrl::FullyDecoded));
    if (!scope)
        return;
    CallbackQuery query;
    if (auto error = CallbackFilters::read(params, query))
        return exchange->replyError(*error);
    if (auto error = CallbackFilters::readPage(params, query))
        return exchange->replyError(*error);
    if (scope->none())
        return exchange->replyData(
            QJsonObject{{"callbacks", QJsonArray()}, {"nextCursor", QJsonValue::Null}});
    query.tenants = scope->tenants; // empty: all tenants
    m.search.page(callerOf(exchange), query,
                  [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

void AdminCallbacksController::create(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    const QString tenant = body->value("tenant").toString();
    if (!m.access.allowTenant(exchange, tenant))
        return;
    QJsonObject parms = *body;
    parms.remove("tenant");
    auto request = readCreateRequest(exchange, parms, *body);
    if (!request)
        return;
    Caller caller = callerOf(exchange);
    caller.tenant = tenant;
    // No user data values in the audit log: they may be personal.
    request->audit = auditEntry(caller, QStringLiteral("callback.create"), tenant, QString(),
                                {{"serviceName", request->parms.serviceName},
                                 {"scheduled", request->parms.desiredTime.isValid()}});
    m.creator.create(caller, *request, [exchange, tenant](const Outcome &outcome) {
        if (const auto *data = std::get_if<QJsonObject>(&outcome)) {
            QJsonObject json = *data;
            json.insert("tenant", tenant);
            return exchange->replyData(json);
        }
        replyOutcome(exchange, outcome);
    });
}

void AdminCallbacksController::detail(const ExchangePtr &exchange)
{
    const QString id = exchange->pathParameter;
    const auto tenants = CallbackFilters::reachableTenants(m.access, exchange);
    if (!tenants)
        return exchange->replyError(CallbackSearch::notFound(id));
    m.search.detail(callerOf(exchange), *tenants, id,
                    [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

void AdminCallbacksController::cancel(const ExchangePtr &exchange)
{
    const QString id = exchange->pathParameter;
    const auto tenants = CallbackFilters::reachableTenants(m.access, exchange);
    if (!tenants)
        return exchange->replyError(CallbackSearch::notFound(id));
    m.editor.cancel(callerOf(exchange), *tenants, id,
                    [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

} // namespace ges
