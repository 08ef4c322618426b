#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

namespace ges {

class GwsConnectionTest;
class GwsCredentialVault;

// Admin API: /ges/v1/admin/gws-credentials (Callback Administrator; DevOps reads): each
// tenant's GWS client credentials. The client secret goes in, never out.
class AdminGwsCredentialsController
{
public:
    AdminGwsCredentialsController(GwsCredentialVault &vault, GwsConnectionTest &tester,
                                  const AccessPolicy &access)
        : m_vault(vault), m_tester(tester), m_access(access)
    {
    }
    void registerRoutes(Router &router);

private:
    void list(const ExchangePtr &exchange);
    void put(const ExchangePtr &exchange);
    void remove(const ExchangePtr &exchange);
    void test(const ExchangePtr &exchange);

    GwsCredentialVault &m_vault;
    GwsConnectionTest &m_tester;
    const AccessPolicy &m_access;
};

} // namespace ges
