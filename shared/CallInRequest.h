#pragma once
#include "ApiError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <variant>

namespace ges {

namespace callin {
// States of a click-to-call-in request: LIVE until the routing side matches the inbound
// call (USED) or its expiry passes (EXPIRED).
inline constexpr char Live[] = "LIVE";
inline constexpr char Used[] = "USED";
inline constexpr char Expired[] = "EXPIRED";
// How a request was matched.
inline constexpr char ByAccessCode[] = "ACCESS_CODE";
inline constexpr char ByCallerNumber[] = "CALLER_NUMBER";
inline constexpr int kMaxUserDataBytes = 4096; // compact JSON, as a callback's default
} // namespace callin

// The body of POST /engagement/v3/call-in/requests/create (API.md §3), validated.
// `phoneNumber` is accepted for `fromPhoneNumber`; userData keys that are not JavaScript
// identifiers are dropped, as for callbacks.
struct CreateCallInRequest
{
    QString groupName;
    QString fromPhoneNumber; // E.164 or empty
    QString callbackServiceId;
    QJsonObject userData;

    static std::variant<CreateCallInRequest, ApiError> parse(const QJsonObject &json);
};

// The routing side's question "whose call is this?": the dialled number and the digits
// keyed in, or the caller's number (optionally with the dialled number).
struct CallInMatchQuery
{
    QString toPhoneNumber;   // E.164 or empty
    QString accessCode;      // digits or empty
    QString fromPhoneNumber; // E.164 or empty; used when accessCode is empty

    bool byAccessCode() const { return !accessCode.isEmpty(); }
    static std::variant<CallInMatchQuery, ApiError> parse(const QJsonObject &json);
};

// A click-to-call-in request as stored.
struct CallInRequest
{
    qint64 seq = 0; // insertion order, the admin list's cursor
    QString id;     // UUID without braces
    QString tenant;
    QString groupId;
    QString groupName;
    QString toPhoneNumber;
    QString accessCode;
    QString fromPhoneNumber;
    QString callbackServiceId;
    QJsonObject userData;
    QString state = QString::fromLatin1(callin::Live);
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime usedAt;
    QString matchedBy;

    // The create answer of API.md §3: id, toPhoneNumber, groupName, expirationTime (epoch
    // ms), accessCode, and fromPhoneNumber / callbackServiceId when given.
    QJsonObject toCreatedJson() const;
    // Everything (admin list, routing match): the above plus tenant, state, userData,
    // createdAt, expiresAt, usedAt, matchedBy.
    QJsonObject toJson() const;
};

} // namespace ges
