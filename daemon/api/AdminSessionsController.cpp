#include "AdminSessionsController.h"
#include "JsonBody.h"
#include "domain/SessionAdmin.h"
#include "shared/ApiPaths.h"

namespace ges {

void AdminSessionsController::registerRoutes(Router &router)
{
    router.add({"GET",
                paths::AdminSessions,
                AuthKind::Session,
                [this](const ExchangePtr &e) {
                    // Without ?user=, the caller's own sessions.
                    QString user = e->query().queryItemValue("user", QUrl::FullyDecoded);
                    if (user.isEmpty())
                        user = e->principal.userName;
                    m_sessions.list(e->principal, callerOf(e), user,
                                    [e](const Outcome &o) { replyOutcome(e, o); });
                },
                {}});
    router.add({"DELETE",
                paths::AdminSession,
                AuthKind::Session,
                [this](const ExchangePtr &e) {
                    m_sessions.end(e->principal, callerOf(e), e->pathParameter,
                                   [e](const Outcome &o) { replyOutcome(e, o); });
                },
                {}});
}

} // namespace ges
