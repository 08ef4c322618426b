#include "ApiError.h"
#include "ErrorCodes.h"

#include <QJsonArray>

namespace ges {

ApiError ApiError::badRequest(const char *code, const QString &message)
{
    return {400, QString::fromLatin1(code), message, {}, 0};
}

ApiError ApiError::field(const char *code, const QString &field, const QString &problem)
{
    return {400,
            QString::fromLatin1(code),
            QStringLiteral("%1: %2").arg(field, problem),
            {{field, problem}},
            0};
}

ApiError ApiError::notFound(const char *code, const QString &message)
{
    return {404, QString::fromLatin1(code), message, {}, 0};
}

ApiError ApiError::unavailable(const QString &message, int retryAfterSeconds)
{
    return {503, QString::fromLatin1(errc::DependencyUnavailable), message, {}, retryAfterSeconds};
}

ApiError ApiError::internal(const QString &message)
{
    return {500, QString::fromLatin1(errc::Internal), message, {}, 0};
}

QJsonObject ApiError::statusJson(const QString &corrId) const
{
    QJsonObject status{
        {"code", httpStatus}, {"message", message}, {"corrId", corrId}, {"errorCode", errorCode}};
    if (!details.isEmpty()) {
        QJsonArray list;
        for (const auto &d : details)
            list.append(QJsonObject{{"field", d.field}, {"problem", d.problem}});
        status.insert("details", list);
    }
    return status;
}

} // namespace ges
