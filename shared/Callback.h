#pragma once
#include "CallbackState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace ges {

// A callback as stored and as returned (API.md §3 "Callback"). Fields the public API
// names keep its spelling in JSON; the rest are marked (ours) in API.md.
struct Callback
{
    QString id; // UUID without braces
    QString tenant;
    QString serviceName;
    QString phoneNumber; // E.164
    QDateTime desiredTime;
    CallbackState state = CallbackState::Queued;
    QString reason; // callbackReason, set when COMPLETED
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt;
    QDateTime queuedAt;    // entered the queue; its place in the queue follows this
    QDateTime completedAt; // reached COMPLETED
    int priority = 0;
    QJsonObject userData;
    QJsonObject parameters; // the other CreateCallbackParms fields, kept for reporting/routing
    int version = 1;        // raised by every change (not part of the API's JSON)

    // Live queue facts, filled in by the reader when the callback is waiting.
    std::optional<int> positionInQueue;
    std::optional<int> estimatedWaitTime;

    QJsonObject toJson() const;
    // Who reads the compact JSON: an app (the API's fields), or the routing side, whose
    // stream entry also carries `tenant` and `parameters`.
    enum class JsonFor
    {
        Api,
        Routing
    };
    // QJsonDocument(toJson()).toJson(Compact), byte for byte (with tenant and parameters
    // inserted, for Routing), written without building the object: on the retrieve path
    // that object was about a fifth of the CPU.
    QByteArray toCompactJson(JsonFor reader = JsonFor::Api) const;
    static std::optional<Callback> fromJson(const QJsonObject &json);
};

} // namespace ges
