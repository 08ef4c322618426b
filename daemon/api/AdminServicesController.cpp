#include "AdminServicesController.h"
#include "JsonBody.h"
#include "domain/ServiceCatalog.h"
#include "domain/StoreErrors.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>

namespace ges {

namespace {
std::optional<ServiceConfig> parseService(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return std::nullopt;
    QList<FieldProblem> problems;
    auto service = ServiceConfig::fromJson(*body, &problems);
    if (!service)
        exchange->replyError(
            {400, errc::InvalidField,
             problems.constFirst().field + QStringLiteral(": ") + problems.constFirst().problem,
             problems});
    return service;
}

ApiError serviceNotFound(const QString &id)
{
    return ApiError::notFound(errc::ServiceNotFound, QStringLiteral("no service %1").arg(id));
}
} // namespace

void AdminServicesController::registerRoutes(Router &router)
{
    router.add({"POST",
                paths::AdminServices,
                AuthKind::Session,
                [this](const ExchangePtr &e) { create(e); },
                {}});
    router.add({"GET",
                paths::AdminServices,
                AuthKind::Session,
                [this](const ExchangePtr &e) { list(e); },
                {}});
    router.add({"GET",
                paths::AdminService,
                AuthKind::Session,
                [this](const ExchangePtr &e) { read(e); },
                {}});
    router.add({"PUT",
                paths::AdminService,
                AuthKind::Session,
                [this](const ExchangePtr &e) { update(e); },
                {}});
    router.add({"DELETE",
                paths::AdminService,
                AuthKind::Session,
                [this](const ExchangePtr &e) { remove(e); },
                {}});
}

void AdminServicesController::create(const ExchangePtr &exchange)
{
    const auto service = parseService(exchange);
    if (!service || !m_access.allowTenant(exchange, service->tenant))
        return;
    m_services.create(callerOf(exchange), *service,
                      [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

void AdminServicesController::list(const ExchangePtr &exchange)
{
    const QString tenant = exchange->query().queryItemValue("tenant", QUrl::FullyDecoded);
    const auto scope = m_access.visibleTenants(exchange, tenant);
    if (!scope)
        return;
    if (scope->none())
        return exchange->replyData(QJsonObject{{"services", QJsonArray()}});
    const QString corrId = exchange->corrId();
    m_services.list(scope->tenants,
                    [exchange, corrId](const DbResult<QList<ServiceConfig>> &found) {
                        if (!found.ok())
                            return exchange->replyError(toApiError(found.error(), corrId));
                        QJsonArray list;
                        for (const ServiceConfig &s : found.value())
                            list.append(s.toJson());
                        exchange->replyData(QJsonObject{{"services", list}});
                    });
}

void AdminServicesController::read(const ExchangePtr &exchange)
{
    const QString id = exchange->pathParameter;
    m_services.findById(id, [this, exchange, id](const auto &found) {
        if (!found.ok())
            return exchange->replyError(toApiError(found.error(), exchange->corrId()));
        if (!found.value())
            return exchange->replyError(serviceNotFound(id));
        if (m_access.allowTenant(exchange, found.value()->tenant))
            exchange->replyData(found.value()->toJson());
    });
}

void AdminServicesController::update(const ExchangePtr &exchange)
{
    const auto service = parseService(exchange);
    if (!service || !m_access.allowTenant(exchange, service->tenant))
        return;
    m_services.update(callerOf(exchange), exchange->pathParameter, *service,
                      [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

void AdminServicesController::remove(const ExchangePtr &exchange)
{
    const QString id = exchange->pathParameter;
    m_services.findById(id, [this, exchange, id](const auto &found) {
        if (!found.ok())
            return exchange->replyError(toApiError(found.error(), exchange->corrId()));
        if (!found.value())
            return exchange->replyError(serviceNotFound(id));
        if (!m_access.allowTenant(exchange, found.value()->tenant))
            return;
        m_services.remove(callerOf(exchange), *found.value(),
                          [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
    });
}

} // namespace ges
