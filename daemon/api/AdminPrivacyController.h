#pragma once
#include "AccessPolicy.h"
#include "http/Router.h"

namespace ges {

class PrivacyEraser;

// Admin API: POST /ges/v1/admin/gdpr/erase {"phoneNumber", "tenant"?, "dryRun"?}.
class AdminPrivacyController
{
public:
    AdminPrivacyController(PrivacyEraser &eraser, const AccessPolicy &access)
        : m_eraser(eraser), m_access(access)
    {
    }
    void registerRoutes(Router &router);

private:
    void erase(const ExchangePtr &exchange);

    PrivacyEraser &m_eraser;
    const AccessPolicy &m_access;
};

} // namespace ges
