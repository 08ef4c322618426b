#include "AdminConfigController.h"
#include "JsonBody.h"
#include "domain/ConfigTransfer.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"

namespace ges {

namespace {
// ?name=true|false (absent: false); nullopt after answering 400.
std::optional<bool> flag(const ExchangePtr &exchange, const char *name)
{
    const QString value = exchange->query().queryItemValue(QLatin1String(name)).toLower();
    if (value.isEmpty() || value == u"false")
        return false;
    if (value == u"true")
        return true;
    exchange->replyError(
        ApiError::field(errc::InvalidField, QLatin1String(name), "must be true or false"));
    return std::nullopt;
}
} // namespace

void AdminConfigController::registerRoutes(Router &router)
{
    router.add({"GET",
                paths::AdminConfigExport,
                AuthKind::Session,
                [this](const ExchangePtr &e) { exportTenant(e); },
                {}});
    router.add({"POST",
                paths::AdminConfigImport,
                AuthKind::Session,
                [this](const ExchangePtr &e) { import(e); },
                {}});
}

void AdminConfigController::exportTenant(const ExchangePtr &exchange)
{
    const QString tenant = exchange->query().queryItemValue("tenant", QUrl::FullyDecoded);
    if (!m_access.allowTenant(exchange, tenant))
        return;
    m_transfer.exportTenant(callerOf(exchange), tenant, [exchange](const Outcome &outcome) {
        replyOutcome(exchange, outcome);
    });
}

void AdminConfigController::import(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    const auto dryRun = flag(exchange, "dryRun");
    if (!dryRun)
        return;
    const auto prune = flag(exchange, "prune");
    if (!prune)
        return;
    // The tenant of the URL wins, so one document can be imported into several tenants.
    QString tenant = exchange->query().queryItemValue("tenant", QUrl::FullyDecoded);
    if (tenant.isEmpty())
        tenant = body->value("tenant").toString();
    if (!m_access.allowTenant(exchange, tenant))
        return;
    QList<FieldProblem> problems;
    const auto document = ConfigDocument::fromJson(*body, tenant, &problems);
    if (!document)
        return exchange->replyError(
            {400, errc::InvalidField,
             QStringLiteral("the document has %1 problem(s); the first: %2: %3")
                 .arg(problems.size())
                 .arg(problems.constFirst().field, problems.constFirst().problem),
             problems});
    m_transfer.import(callerOf(exchange), *document, *dryRun, *prune,
                      [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

} // namespace ges
