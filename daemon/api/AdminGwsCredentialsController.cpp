#include "AdminGwsCredentialsController.h"
#include "JsonBody.h"
#include "domain/GwsConnectionTest.h"
#include "domain/GwsCredentialVault.h"
#include "domain/StoreErrors.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>

namespace ges {

namespace {
std::optional<GwsCredentialInput> parseInput(const ExchangePtr &exchange,
                                             const GwsHostPolicy &hosts)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return std::nullopt;
    GwsCredentialInput input{exchange->pathParameter, body->value("clientId").toString().trimmed(),
                             std::nullopt, body->value("urls").toObject()};
    QList<FieldProblem> problems;
    const QJsonValue secret = body->value("clientSecret");
    if (secret.isString())
        input.clientSecret = secret.toString();
    else if (!secret.isUndefined() && !secret.isNull())
        problems.append(FieldProblem{"clientSecret", "a string"});
    if (!body->value("urls").isObject())
        problems.append(FieldProblem{"urls",
                                     "an object of URLs: auth (required), env, conf, publicAuth, "
                                     "stats"});
    else
        problems.append(GwsCredentialVault::problemsOf(input, hosts));
    if (problems.isEmpty())
        return input;
    // A problem names the field only: the values, the secret above all, are not echoed.
    exchange->replyError(
        {400, errc::InvalidField,
         problems.constFirst().field + QStringLiteral(": ") + problems.constFirst().problem,
         problems});
    return std::nullopt;
}
} // namespace

void AdminGwsCredentialsController::registerRoutes(Router &router)
{
    router.add({"GET",
                paths::AdminGwsCredentials,
                AuthKind::Session,
                [this](const ExchangePtr &e) { list(e); },
                {}});
    router.add({"PUT",
                paths::AdminGwsCredential,
                AuthKind::Session,
                [this](const ExchangePtr &e) { put(e); },
                {}});
    router.add({"DELETE",
                paths::AdminGwsCredential,
                AuthKind::Session,
                [this](const ExchangePtr &e) { remove(e); },
                {}});
    router.add({"POST",
                paths::AdminGwsCredentialTest,
                AuthKind::Session,
                [this](const ExchangePtr &e) { test(e); },
                {}});
}

void AdminGwsCredentialsController::list(const ExchangePtr &exchange)
{
    const QString tenant = exchange->query().queryItemValue("tenant", QUrl::FullyDecoded).trimmed();
    const auto scope = m_access.visibleTenants(exchange, tenant);
    if (!scope)
        return;
    if (scope->none())
        return exchange->replyData(QJsonObject{{"credentials", QJsonArray()}});
    const QString corrId = exchange->corrId();
    m_vault.list(scope->all ? QStringList() : scope->tenants,
                 [exchange, corrId](const DbResult<QList<GwsCredentialRecord>> &found) {
                     if (!found.ok())
                         return exchange->replyError(toApiError(found.error(), corrId));
                     QJsonArray list;
                     for (const GwsCredentialRecord &record : found.value())
                         list.append(GwsCredentialVault::toJson(record));
                     exchange->replyData(QJsonObject{{"credentials", list}});
                 });
}

void AdminGwsCredentialsController::put(const ExchangePtr &exchange)
{
    if (!m_access.allowTenant(exchange, exchange->pathParameter))
        return;
    const auto input = parseInput(exchange, m_vault.hosts());
    if (!input)
        return;
    m_vault.put(callerOf(exchange), *input,
                [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

void AdminGwsCredentialsController::remove(const ExchangePtr &exchange)
{
    if (!m_access.allowTenant(exchange, exchange->pathParameter))
        return;
    m_vault.remove(callerOf(exchange), exchange->pathParameter,
                   [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

void AdminGwsCredentialsController::test(const ExchangePtr &exchange)
{
    if (!m_access.allowTenant(exchange, exchange->pathParameter))
        return;
    m_tester.run(callerOf(exchange), exchange->pathParameter,
                 [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

} // namespace ges
