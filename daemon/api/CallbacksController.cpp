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

namespace {

// The client's address as the verifier expects it: 127.0.0.1, not ::ffff:127.0.0.1.
QString clientAddress(const ExchangePtr &exchange)
{
    bool isV4 = false;
    const quint32 v4 = exchange->peer().toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : exchange->peer().toString();
}

// The callback's bytes are written directly (Callback::toCompactJson), not through a
// QJsonObject: retrieve is the busiest read.
CallbackOutcomeHandler replyWithCallback(const ExchangePtr &exchange)
{
    return [exchange](const CallbackOutcome &outcome) {
        if (const auto *cb = std::get_if<Callback>(&outcome))
            exchange->replyDataJson(cb->toCompactJson());
        else
            exchange->replyError(std::get<ApiError>(outcome));
    };
}

} // namespace

void CallbacksController::create(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    const QJsonValue token = body->value("captchaToken");
    if (!token.isUndefined() && !token.isNull() &&
        (!token.isString() || token.toString().size() > 8192))
        return exchange->replyError(ApiError::field(errc::InvalidField, "captchaToken",
                                                    "must be a string of at most 8192 characters"));
    // The token is checked and forgotten: not stored, not logged, and not in the
    // Idempotency-Key hash, so a retry with a fresh token (they are single-use) is a replay.
    QJsonObject hashed = *body;
    hashed.remove(QStringLiteral("captchaToken"));
    auto request = readCreateRequest(exchange, *body, hashed);
    if (!request)
        return;
    request->captcha = CallbackCreator::Request::Captcha{token.toString(), clientAddress(exchange)};
    m_creator.create(callerOf(exchange), *request,
                     [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

void CallbacksController::retrieve(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    const QJsonValue id = body->value("id");
    if (id.isString() && !id.toString().isEmpty())
        return m_lifecycle.retrieveById(callerOf(exchange), id.toString(),
                                        replyWithCallback(exchange));
    auto reply = [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); };
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
