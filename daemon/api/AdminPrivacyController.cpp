#include "AdminPrivacyController.h"
#include "JsonBody.h"
#include "domain/PrivacyEraser.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"
#include "shared/PhoneNumber.h"

namespace ges {

void AdminPrivacyController::registerRoutes(Router &router)
{
    router.add({"POST",
                paths::AdminGdprErase,
                AuthKind::Session,
                [this](const ExchangePtr &e) { erase(e); },
                {}});
}

void AdminPrivacyController::erase(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    if (!body->value("phoneNumber").isString() || body->value("phoneNumber").toString().isEmpty())
        return exchange->replyError(
            ApiError::field(errc::MissingField, QStringLiteral("phoneNumber"), "required"));
    const auto phone = phone::normalize(body->value("phoneNumber").toString());
    if (!phone)
        return exchange->replyError(ApiError::field(errc::InvalidField,
                                                    QStringLiteral("phoneNumber"),
                                                    "not a phone number (E.164 expected)"));
    const QJsonValue tenantValue = body->value("tenant");
    const QJsonValue dryRunValue = body->value("dryRun");
    if (!tenantValue.isUndefined() && !tenantValue.isNull() && !tenantValue.isString())
        return exchange->replyError(
            ApiError::field(errc::InvalidField, QStringLiteral("tenant"), "must be a string"));
    if (!dryRunValue.isUndefined() && !dryRunValue.isBool())
        return exchange->replyError(
            ApiError::field(errc::InvalidField, QStringLiteral("dryRun"), "must be true or false"));
    // No tenant: every tenant the caller may act on ("*": all of them).
    const QString tenant = tenantValue.toString().trimmed();
    const auto scope = m_access.visibleTenants(exchange, tenant);
    if (!scope)
        return;
    if (scope->none())
        return exchange->replyError(
            {403, errc::Forbidden, QStringLiteral("you have no tenant to erase in"), {}, 0});
    m_eraser.erase(callerOf(exchange), *phone, scope->all ? QStringList() : scope->tenants, tenant,
                   dryRunValue.toBool(false),
                   [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

} // namespace ges
