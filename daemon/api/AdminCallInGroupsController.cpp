#include "AdminCallInGroupsController.h"
#include "JsonBody.h"
#include "domain/CallInGroupCatalog.h"
#include "domain/StoreErrors.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>

namespace ges {

namespace {
std::optional<CallInGroup> parseGroup(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return std::nullopt;
    QList<FieldProblem> problems;
    auto group = CallInGroup::fromJson(*body, &problems);
    if (!group)
        exchange->replyError(
            {400, errc::InvalidField,
             problems.constFirst().field + QStringLiteral(": ") + problems.constFirst().problem,
             problems});
    return group;
}

OutcomeHandler replyTo(const ExchangePtr &exchange)
{
    return [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); };
}
} // namespace

void AdminCallInGroupsController::registerRoutes(Router &router)
{
    const auto on = [this](void (AdminCallInGroupsController::*handler)(const ExchangePtr &)) {
        return [this, handler](const ExchangePtr &e) { (this->*handler)(e); };
    };
    router.add({"POST",
                paths::AdminCallInGroups,
                AuthKind::Session,
                on(&AdminCallInGroupsController::create),
                {}});
    router.add({"GET",
                paths::AdminCallInGroups,
                AuthKind::Session,
                on(&AdminCallInGroupsController::list),
                {}});
    router.add({"GET",
                paths::AdminCallInGroup,
                AuthKind::Session,
                on(&AdminCallInGroupsController::read),
                {}});
    router.add({"PUT",
                paths::AdminCallInGroup,
                AuthKind::Session,
                on(&AdminCallInGroupsController::update),
                {}});
    router.add({"DELETE",
                paths::AdminCallInGroup,
                AuthKind::Session,
                on(&AdminCallInGroupsController::remove),
                {}});
}

void AdminCallInGroupsController::create(const ExchangePtr &exchange)
{
    const auto group = parseGroup(exchange);
    if (group && m_access.allowTenant(exchange, group->tenant))
        m_groups.create(callerOf(exchange), *group, replyTo(exchange));
}

void AdminCallInGroupsController::list(const ExchangePtr &exchange)
{
    const auto scope = m_access.visibleTenants(
        exchange, exchange->query().queryItemValue("tenant", QUrl::FullyDecoded));
    if (!scope)
        return;
    if (scope->none())
        return exchange->replyData(QJsonObject{{"callInGroups", QJsonArray()}});
    m_groups.list(scope->tenants, [exchange](const DbResult<QList<CallInGroup>> &found) {
        if (!found.ok())
            return exchange->replyError(toApiError(found.error(), exchange->corrId()));
        QJsonArray list;
        for (const CallInGroup &g : found.value())
            list.append(g.toJson());
        exchange->replyData(QJsonObject{{"callInGroups", list}});
    });
}

void AdminCallInGroupsController::withGroup(const ExchangePtr &exchange,
                                            std::function<void(const CallInGroup &)> next)
{
    const QString id = exchange->pathParameter;
    m_groups.findById(id, [this, exchange, id, next](const auto &found) {
        if (!found.ok())
            return exchange->replyError(toApiError(found.error(), exchange->corrId()));
        if (!found.value())
            return exchange->replyError(ApiError::notFound(
                errc::GroupNotFound, QStringLiteral("no call-in group %1").arg(id)));
        if (m_access.allowTenant(exchange, found.value()->tenant))
            next(*found.value());
    });
}

void AdminCallInGroupsController::read(const ExchangePtr &exchange)
{
    withGroup(exchange, [exchange](const CallInGroup &g) { exchange->replyData(g.toJson()); });
}

void AdminCallInGroupsController::update(const ExchangePtr &exchange)
{
    auto group = parseGroup(exchange);
    if (!group || !m_access.allowTenant(exchange, group->tenant))
        return;
    group->id = exchange->pathParameter;
    m_groups.update(callerOf(exchange), *group, replyTo(exchange));
}

void AdminCallInGroupsController::remove(const ExchangePtr &exchange)
{
    withGroup(exchange, [this, exchange](const CallInGroup &g) {
        m_groups.remove(callerOf(exchange), g, replyTo(exchange));
    });
}

} // namespace ges
