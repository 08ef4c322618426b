#include "JsonBody.h"
#include "shared/ErrorCodes.h"
#include "shared/StrictJson.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ges {

std::optional<QJsonObject> jsonBody(const ExchangePtr &exchange)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(exchange->body(), &error);
    if (error.error != QJsonParseError::NoError) {
        exchange->replyError(ApiError::badRequest(
            errc::InvalidJson, QStringLiteral("the body is not valid JSON: %1 at offset %2")
                                   .arg(error.errorString())
                                   .arg(error.offset)));
        return std::nullopt;
    }
    if (const auto lax = json::laxSyntax(exchange->body())) {
        exchange->replyError(ApiError::badRequest(
            errc::InvalidJson, QStringLiteral("the body is not valid JSON: %1").arg(*lax)));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        exchange->replyError(ApiError::badRequest(
            errc::InvalidJson, QStringLiteral("the body must be a JSON object")));
        return std::nullopt;
    }
    return doc.object();
}

Caller callerOf(const ExchangePtr &exchange)
{
    const Principal &p = exchange->principal;
    const QString actor = p.routing               ? QStringLiteral("routing")
                          : !p.userName.isEmpty() ? QStringLiteral("user:") + p.userName
                                                  : QStringLiteral("api:") + p.apiKeyPrefix;
    return {p.tenant, actor, exchange->corrId(), p.routing};
}

void replyOutcome(const ExchangePtr &exchange, const Outcome &outcome)
{
    if (const auto *data = std::get_if<QJsonObject>(&outcome))
        exchange->replyData(*data);
    else
        exchange->replyError(std::get<ApiError>(outcome));
}

} // namespace ges
