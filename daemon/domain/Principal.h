#pragma once
#include "shared/AdminEndpoints.h"

#include <QString>
#include <QStringList>

namespace ges {

// Who is calling, once authenticated.
struct Principal
{
    QString tenant;       // external API: the tenant of the API key
    QString apiKeyPrefix; // external API
    QString userName;     // admin API
    QStringList roles;    // admin API
    QStringList tenants;  // admin API; "*" = all
    QString sessionToken; // admin API
    bool devops = false;  // admin API: one of the roles is in DEVOPS_ACCESS_GROUPS
    bool routing = false; // routing API (ROUTING-TOKEN)

    bool hasRole(const QString &role) const { return roles.contains(role); }
    bool mayAccessTenant(const QString &t) const
    {
        return tenants.contains(QStringLiteral("*")) || tenants.contains(t);
    }
    bool allTenants() const { return tenants.contains(QStringLiteral("*")); }
};

} // namespace ges
