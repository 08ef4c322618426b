#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

namespace ges {

class CallInGroupCatalog;
struct CallInGroup;

// Admin API: /ges/v1/admin/call-in-groups (read: Administrator, Supervisor, Monitor,
// DevOps; write: Administrator).
class AdminCallInGroupsController
{
public:
    AdminCallInGroupsController(CallInGroupCatalog &groups, const AccessPolicy &access)
        : m_groups(groups), m_access(access)
    {
    }
    void registerRoutes(Router &router);

private:
    void create(const ExchangePtr &exchange);
    void list(const ExchangePtr &exchange);
    void read(const ExchangePtr &exchange);
    void update(const ExchangePtr &exchange);
    void remove(const ExchangePtr &exchange);
    // Finds group {id}, checks its tenant, then calls `next` with it.
    void withGroup(const ExchangePtr &exchange, std::function<void(const CallInGroup &)> next);

    CallInGroupCatalog &m_groups;
    const AccessPolicy &m_access;
};

} // namespace ges
