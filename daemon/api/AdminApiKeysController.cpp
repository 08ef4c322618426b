#include "AdminApiKeysController.h"
#include "JsonBody.h"
#include "QueryParams.h"
#include "domain/ApiKeyRegistry.h"
#include "domain/StoreErrors.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"

#include <QJsonArray>

namespace ges {

namespace {
struct NewKey
{
    QString tenant;
    QString name;
    QDateTime expiresAt;
    QStringList scopes;
};

std::optional<QDateTime> parseExpiry(const QJsonValue &value, QList<FieldProblem> &problems)
{
    if (value.isUndefined() || value.isNull())
        return QDateTime();
    const auto time = value.isString() ? isotime::parse(value.toString()) : std::nullopt;
    if (!time)
        problems.append(FieldProblem{"expiresAt", "an ISO-8601 time with an offset"});
    else if (*time <= QDateTime::currentDateTimeUtc())
        problems.append(FieldProblem{"expiresAt", "must be in the future"});
    else
        return time->toUTC();
    return std::nullopt;
}

QStringList parseScopes(const QJsonValue &value, QList<FieldProblem> &problems)
{
    if (value.isUndefined() || value.isNull())
        return {};
    const QString known = ApiKeyRegistry::knownScopes().join(QStringLiteral(", "));
    if (!value.isArray()) {
        problems.append(FieldProblem{"scopes", "a list of: " + known});
        return {};
    }
    QStringList scopes;
    for (const QJsonValue &scope : value.toArray()) {
        if (!ApiKeyRegistry::knownScopes().contains(scope.toString())) {
            problems.append(FieldProblem{"scopes", "unknown scope; known: " + known});
            return {};
        }
        if (!scopes.contains(scope.toString()))
            scopes.append(scope.toString());
    }
    return scopes;
}

std::optional<NewKey> parseNewKey(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return std::nullopt;
    QList<FieldProblem> problems;
    NewKey key{body->value("tenant").toString().trimmed(),
               body->value("name").toString().trimmed(),
               {},
               parseScopes(body->value("scopes"), problems)};
    const auto expiry = parseExpiry(body->value("expiresAt"), problems);
    if (!problems.isEmpty()) {
        exchange->replyError(
            {400, errc::InvalidField,
             problems.constFirst().field + QStringLiteral(": ") + problems.constFirst().problem,
             problems});
        return std::nullopt;
    }
    key.expiresAt = *expiry;
    return key;
}

ApiError keyNotFound(const QString &id)
{
    return ApiError::notFound(errc::ApiKeyNotFound, QStringLiteral("no API key %1").arg(id));
}
} // namespace

void AdminApiKeysController::registerRoutes(Router &router)
{
    router.add({"POST",
                paths::AdminApiKeys,
                AuthKind::Session,
                [this](const ExchangePtr &e) { create(e); },
                {}});
    router.add({"GET",
                paths::AdminApiKeys,
                AuthKind::Session,
                [this](const ExchangePtr &e) { list(e); },
                {}});
    router.add({"DELETE",
                paths::AdminApiKey,
                AuthKind::Session,
                [this](const ExchangePtr &e) { revoke(e); },
                {}});
    router.add({"POST",
                paths::AdminApiKeysValidate,
                AuthKind::Session,
                [this](const ExchangePtr &e) { validate(e); },
                {}});
}

void AdminApiKeysController::create(const ExchangePtr &exchange)
{
    const auto key = parseNewKey(exchange);
    if (!key || !m_access.allowTenant(exchange, key->tenant))
        return;
    m_keys.create(callerOf(exchange), key->tenant, key->name, key->expiresAt, key->scopes,
                  [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

void AdminApiKeysController::list(const ExchangePtr &exchange)
{
    QueryParams params(exchange->query());
    const QString tenant = params.text("tenant");
    const bool includeRevoked = params.flag("includeRevoked");
    if (params.error())
        return exchange->replyError(*params.error());
    const auto scope = m_access.visibleTenants(exchange, tenant);
    if (!scope)
        return;
    if (scope->none())
        return exchange->replyData(QJsonObject{{"apiKeys", QJsonArray()}});
    const QString corrId = exchange->corrId();
    m_keys.list(scope->all ? QStringList() : scope->tenants, includeRevoked,
                [exchange, corrId](const DbResult<QList<ApiKeyDetails>> &found) {
                    if (!found.ok())
                        return exchange->replyError(toApiError(found.error(), corrId));
                    QJsonArray keys;
                    for (const ApiKeyDetails &key : found.value())
                        keys.append(ApiKeyRegistry::toJson(key));
                    exchange->replyData(QJsonObject{{"apiKeys", keys}});
                });
}

void AdminApiKeysController::revoke(const ExchangePtr &exchange)
{
    const QString id = exchange->pathParameter;
    m_keys.findById(id, [this, exchange, id](const DbResult<std::optional<ApiKeyDetails>> &found) {
        if (!found.ok())
            return exchange->replyError(toApiError(found.error(), exchange->corrId()));
        if (!found.value())
            return exchange->replyError(keyNotFound(id));
        if (!m_access.allowTenant(exchange, found.value()->key.tenant))
            return;
        m_keys.revoke(callerOf(exchange), *found.value(),
                      [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
    });
}

void AdminApiKeysController::validate(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    const QJsonValue value = body->value("key");
    if (value.isUndefined() || value.isNull())
        return exchange->replyError(ApiError::field(errc::MissingField, "key", "required"));
    if (!value.isString())
        return exchange->replyError(ApiError::field(errc::InvalidField, "key", "a string"));
    const QString key = value.toString().trimmed();
    if (!ApiKeyRegistry::isWellFormed(key))
        return exchange->replyData(ApiKeyRegistry::malformed());
    m_keys.findByKey(key, [this, exchange](const DbResult<std::optional<ApiKeyDetails>> &found) {
        if (!found.ok())
            return exchange->replyError(toApiError(found.error(), exchange->corrId()));
        // A key of a tenant the caller may not see is refused (403) rather than described,
        // and without naming the tenant: the answer would tell them about another's key.
        if (found.value()) {
            const auto scope = m_access.visibleTenants(exchange, {});
            if (!scope->all && !scope->tenants.contains(found.value()->key.tenant))
                return exchange->replyError(
                    {403,
                     errc::Forbidden,
                     QStringLiteral("this key belongs to a tenant you have no access to"),
                     {},
                     0});
        }
        exchange->replyData(ApiKeyRegistry::validity(found.value()));
    });
}

} // namespace ges
