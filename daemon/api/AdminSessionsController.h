#pragma once
#include "http/Router.h"

namespace ges {

class SessionAdmin;

// Admin API: /ges/v1/admin/sessions?user= (list) and DELETE /sessions/{id} (forced logout).
class AdminSessionsController
{
public:
    explicit AdminSessionsController(SessionAdmin &sessions) : m_sessions(sessions) {}
    void registerRoutes(Router &router);

private:
    SessionAdmin &m_sessions;
};

} // namespace ges
