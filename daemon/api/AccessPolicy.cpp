#include "AccessPolicy.h"
#include "shared/ErrorCodes.h"

namespace ges {

bool AccessPolicy::isDevOps(const QStringList &roles) const
{
    for (const QString &role : roles)
        if (m_devops.contains(role))
            return true;
    return false;
}

bool AccessPolicy::readsEverywhere(const HttpExchange &exchange)
{
    const Principal &p = exchange.principal;
    return p.allTenants() ||
           (p.devops && exchange.permission && grantOf(*exchange.permission).devopsMay);
}

bool AccessPolicy::allowTenant(const ExchangePtr &exchange, const QString &tenant,
                               bool required) const
{
    if (tenant.isEmpty()) {
        if (!required)
            return true;
        exchange->replyError(
            ApiError::field(errc::MissingField, QStringLiteral("tenant"), "required"));
        return false;
    }
    if (exchange->principal.mayAccessTenant(tenant) || readsEverywhere(*exchange))
        return true;
    exchange->replyError(
        {403, errc::Forbidden, QStringLiteral("no access to tenant %1").arg(tenant), {}, 0});
    return false;
}

std::optional<TenantScope> AccessPolicy::visibleTenants(const ExchangePtr &exchange,
                                                        const QString &requested) const
{
    if (!requested.isEmpty()) {
        if (!allowTenant(exchange, requested))
            return std::nullopt;
        return TenantScope{false, {requested}};
    }
    if (readsEverywhere(*exchange))
        return TenantScope{true, {}};
    return TenantScope{false, exchange->principal.tenants};
}

} // namespace ges
