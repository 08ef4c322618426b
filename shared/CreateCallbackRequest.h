#pragma once
#include "ApiError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <variant>

namespace ges {

// CreateCallbackParms of API.md §3, validated. userData keys that are not valid
// JavaScript identifiers are dropped, as the original does.
struct CreateCallbackRequest
{
    QString serviceName;
    QString phoneNumber;   // E.164
    QDateTime desiredTime; // invalid: immediate
    int priority = 0;
    QJsonObject userData;
    QJsonObject parameters; // the remaining known fields, for reporting and routing

    static std::variant<CreateCallbackRequest, ApiError> parse(const QJsonObject &json);
    // Whether `key` may be a userData key (a JavaScript identifier of at most 128 chars).
    static bool isUserDataKey(const QString &key);
};

} // namespace ges
