#include "AdminUsersController.h"
#include "JsonBody.h"
#include "domain/UserDirectory.h"
#include "shared/ApiPaths.h"

namespace ges {

namespace {
OutcomeHandler answer(const ExchangePtr &exchange)
{
    return [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); };
}
} // namespace

void AdminUsersController::registerRoutes(Router &router)
{
    router.add(
        {"GET",
         paths::AdminUsers,
         AuthKind::Session,
         [this](const ExchangePtr &e) { m_users.list(e->principal, callerOf(e), answer(e)); },
         {}});
    router.add({"GET",
                paths::AdminUser,
                AuthKind::Session,
                [this](const ExchangePtr &e) {
                    m_users.read(e->principal, callerOf(e), e->pathParameter, answer(e));
                },
                {}});
    router.add({"POST",
                paths::AdminUsers,
                AuthKind::Session,
                [this](const ExchangePtr &e) {
                    if (const auto body = jsonBody(e))
                        m_users.create(e->principal, callerOf(e), *body, answer(e));
                },
                {}});
    router.add({"PUT",
                paths::AdminUser,
                AuthKind::Session,
                [this](const ExchangePtr &e) {
                    if (const auto body = jsonBody(e))
                        m_users.update(e->principal, callerOf(e), e->pathParameter, *body,
                                       answer(e));
                },
                {}});
    router.add({"POST",
                paths::AdminUserPassword,
                AuthKind::Session,
                [this](const ExchangePtr &e) {
                    if (const auto body = jsonBody(e))
                        m_users.setPassword(e->principal, callerOf(e), e->pathParameter, *body,
                                            answer(e));
                },
                {}});
}

} // namespace ges
