#pragma once
#include "http/Router.h"

namespace ges {

class UserDirectory;

// Admin API: /ges/v1/admin/users — list, read, create, change, reset password. Tenant
// rules live in the domain (UserPolicy), since they compare a caller with a user row.
class AdminUsersController
{
public:
    explicit AdminUsersController(UserDirectory &users) : m_users(users) {}
    void registerRoutes(Router &router);

private:
    UserDirectory &m_users;
};

} // namespace ges
