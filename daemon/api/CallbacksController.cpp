#include "CallbacksController.h"
#include "CreateRequestReader.h"
#include "JsonBody.h"
#include "domain/CallbackCreator.h"
#include "domain/CallbackLifecycle.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"
#include "shared/PhoneNumber.h"

#include <QJsonDocument>

namespace ges {

void CallbacksController::registerRoutes(Router &router)
{
    router.add({"POST",
                paths::CallbacksCreate,
                AuthKind::ApiKey,
                [this](const ExchangePtr &e) { create(e); },
                {}});
    router.add({"POST",
                paths::CallbacksRetrieve,
                AuthKind::ApiKey,
                [this](const ExchangePtr &e) { retrieve(e); },
                {}});
    router.add({"POST",
                paths::CallbacksCancel,
                AuthKind::ApiKey,
                [this](const ExchangePtr &e) { cancel(e); },
                {}});
}

void CallbacksController::create(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    const auto request = readCreateRequest(exchange, *body, *body);
    if (!request)
        return;
    m_creator.create(callerOf(exchange), *request,
                     [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

void CallbacksController::retrieve(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    auto reply = [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); };
    const QJsonValue id = body->value("id");
    if (id.isString() && !id.toString().isEmpty())
        return m_lifecycle.retrieveById(callerOf(exchange), id.toString(), reply);
    const QJsonValue phone = body->value("phoneNumber");
    if (phone.isString() && !phone.toString().isEmpty()) {
        const auto normalized = phone::normalize(phone.toString());
        if (!normalized)
            return exchange->replyError(
                ApiError::field(errc::InvalidField, "phoneNumber",
                                "must be an international number: + and 7-15 digits"));
        return m_lifecycle.retrieveByPhone(callerOf(exchange), *normalized,
                                           body->value("serviceName").toString(), reply);
    }
    exchange->replyError({400,
                          errc::MissingField,
                          QStringLiteral("give id or phoneNumber"),
                          {{"id", "required (or phoneNumber)"}},
                          0});
}

void CallbacksController::cancel(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    const QJsonValue id = body->value("id");
    if (!id.isString() || id.toString().isEmpty())
        return exchange->replyError(
            {400, errc::MissingField, QStringLiteral("id: required"), {{"id", "required"}}, 0});
    m_lifecycle.cancel(callerOf(exchange), id.toString(),
                       [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

} // namespace ges
