#pragma once
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ges {

struct FieldProblem
{
    QString field;
    QString problem;
};

// Every failure is one of these values; Envelope turns it into the JSON of API.md §3.
struct ApiError
{
    int httpStatus = 500;
    QString errorCode;
    QString message;
    QList<FieldProblem> details;
    int retryAfterSeconds = 0; // > 0 adds a Retry-After header

    static ApiError badRequest(const char *code, const QString &message);
    static ApiError field(const char *code, const QString &field, const QString &problem);
    static ApiError notFound(const char *code, const QString &message);
    static ApiError unavailable(const QString &message, int retryAfterSeconds = 5);
    static ApiError internal(const QString &message);

    QJsonObject statusJson(const QString &corrId) const;
};

} // namespace ges
