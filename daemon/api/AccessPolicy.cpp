#include "AccessPolicy.h"
#include "shared/ErrorCodes.h"

namespace ges {

bool AccessPolicy::isDevOps(const Principal &p) const
{
    for (const QString &role : p.roles)
        if (m_devops.contains(role))
            return true;
    return false;
}

bool AccessPolicy::allow(const ExchangePtr &exchange, const QStringList &roles,
                         const QString &tenant, bool readOnly) const
{
    const Principal &p = exchange->principal;
    if (readOnly && isDevOps(p))
        return true;
    bool hasRole = false;
    for (const QString &role : roles)
        hasRole = hasRole || p.hasRole(role);
    if (hasRole && (tenant.isEmpty() || p.mayAccessTenant(tenant)))
        return true;
    exchange->replyError(
        {403,
         errc::Forbidden,
         tenant.isEmpty() || !hasRole
             ? QStringLiteral("this needs one of the roles: %1").arg(roles.join(", "))
             : QStringLiteral("no access to tenant %1").arg(tenant),
         {},
         0});
    return false;
}

} // namespace ges
