#include "CreateRequestReader.h"
#include "shared/ErrorCodes.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace ges {

std::optional<CallbackCreator::Request> readCreateRequest(const ExchangePtr &exchange,
                                                          const QJsonObject &parms,
                                                          const QJsonObject &hashedBody)
{
    auto parsed = CreateCallbackRequest::parse(parms);
    if (auto *error = std::get_if<ApiError>(&parsed)) {
        exchange->replyError(*error);
        return std::nullopt;
    }
    CallbackCreator::Request request{std::get<CreateCallbackRequest>(parsed), {}, {}, {}, {}};
    if (exchange->hasHeader("Idempotency-Key")) {
        request.idempotencyKey = QString::fromUtf8(exchange->header("Idempotency-Key")).trimmed();
        if (request.idempotencyKey.isEmpty() || request.idempotencyKey.size() > 255) {
            exchange->replyError(ApiError::badRequest(
                errc::InvalidField, QStringLiteral("Idempotency-Key: 1 to 255 characters")));
            return std::nullopt;
        }
        // QJsonDocument writes keys sorted: the same request hashes the same however
        // its fields were ordered.
        request.bodyHash = QCryptographicHash::hash(
            QJsonDocument(hashedBody).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    }
    return request;
}

} // namespace ges
