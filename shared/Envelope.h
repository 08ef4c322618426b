#pragma once
#include "ApiError.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <optional>

namespace ges::envelope {

// The one place that writes the response body of API.md §3:
// {"status": {"code", "message", "corrId"[, "errorCode", "details"]}, "data": ...}
QByteArray success(const QJsonValue &data, const QString &corrId);
// The same, around `data` already serialised as compact JSON (empty: no data member).
QByteArray successJson(const QByteArray &data, const QString &corrId);
QByteArray failure(const ApiError &error, const QString &corrId);

// The client's view of a response body (desktop, tests).
struct Parsed
{
    int code = 0;
    QString message;
    QString errorCode;
    QString corrId;
    QJsonArray details; // [{"field", "problem"}], when the server listed field problems
    QJsonValue data;
};
std::optional<Parsed> parse(const QByteArray &body);

} // namespace ges::envelope
