#pragma once
#include "http/HttpExchange.h"

#include <QStringList>

namespace ges {

// Role checks of API.md §4 "Roles", enforced on the server for every admin action.
class AccessPolicy
{
public:
    explicit AccessPolicy(QStringList devopsGroups) : m_devops(std::move(devopsGroups)) {}

    bool isDevOps(const Principal &p) const;
    // True when the caller has one of `roles` and may act on `tenant` (empty: any of
    // theirs). DevOps may read across tenants. Otherwise answers 403 and returns false.
    bool allow(const ExchangePtr &exchange, const QStringList &roles, const QString &tenant,
               bool readOnly) const;

private:
    QStringList m_devops;
};

} // namespace ges
