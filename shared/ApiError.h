#pragma once
#include <QJsonObject>
#include <QJsonValue>
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
    // A constructor rather than an aggregate, so a field added later does not touch every
    // brace-initialised error.
    ApiError(int status = 500, QString code = {}, QString text = {},
             QList<FieldProblem> problems = {}, int retryAfter = 0, QJsonValue payload = {})
        : httpStatus(status), errorCode(std::move(code)), message(std::move(text)),
          details(std::move(problems)), retryAfterSeconds(retryAfter), data(std::move(payload))
    {
    }

    int httpStatus = 500;
    QString errorCode;
    QString message;
    QList<FieldProblem> details;
    int retryAfterSeconds = 0; // > 0 adds a Retry-After header
    QJsonValue data; // (rare) the envelope's "data" of an error, e.g. SLOT_FULL's alternatives

    static ApiError badRequest(const char *code, const QString &message);
    static ApiError field(const char *code, const QString &field, const QString &problem);
    static ApiError notFound(const char *code, const QString &message);
    static ApiError unavailable(const QString &message, int retryAfterSeconds = 5);
    static ApiError internal(const QString &message);

    QJsonObject statusJson(const QString &corrId) const;
};

} // namespace ges
