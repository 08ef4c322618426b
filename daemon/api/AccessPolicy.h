#pragma once
#include "http/HttpExchange.h"

#include <QStringList>
#include <optional>

namespace ges {

// Which tenants a listing covers.
struct TenantScope
{
    bool all = false;    // every tenant
    QStringList tenants; // otherwise these (none: the caller sees nothing)
    bool none() const { return !all && tenants.isEmpty(); }
};

// Tenant checks of API.md §4 "Roles". Whether a role may call an admin endpoint at all is
// decided before the handler runs, from adminEndpoints(); what is left for the handler is
// which tenants the caller may act on: their own, every tenant for "*", and every tenant
// for DevOps on reads.
class AccessPolicy
{
public:
    explicit AccessPolicy(QStringList devopsGroups) : m_devops(std::move(devopsGroups)) {}

    bool isDevOps(const QStringList &roles) const;
    // True when the caller may act on `tenant`; otherwise answers 403 and returns false.
    // An empty tenant is refused as a missing field when `required`, else allowed.
    bool allowTenant(const ExchangePtr &exchange, const QString &tenant,
                     bool required = true) const;
    // The tenants a listing covers: all, the caller's own, or just `requested`; nullopt
    // after answering 403 (`requested` is not theirs).
    std::optional<TenantScope> visibleTenants(const ExchangePtr &exchange,
                                              const QString &requested) const;

private:
    static bool readsEverywhere(const HttpExchange &exchange);

    QStringList m_devops;
};

} // namespace ges
