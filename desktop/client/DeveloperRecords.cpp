#include "DeveloperRecords.h"

#include "shared/IsoTime.h"

#include <QJsonArray>

namespace {
QDateTime timeOf(const QJsonValue &value)
{
    return value.isString() ? ges::isotime::parse(value.toString()).value_or(QDateTime())
                            : QDateTime();
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}
} // namespace

std::optional<ApiKeyInfo> ApiKeyInfo::fromJson(const QJsonObject &json)
{
    if (!json.value("id").isString() || !json.value("tenant").isString())
        return std::nullopt;
    return ApiKeyInfo{json.value("id").toString(),      json.value("prefix").toString(),
                      json.value("name").toString(),    json.value("tenant").toString(),
                      timeOf(json.value("createdAt")),  json.value("createdBy").toString(),
                      timeOf(json.value("lastUsedAt")), timeOf(json.value("expiresAt")),
                      stringsOf(json.value("scopes")),  timeOf(json.value("revokedAt"))};
}

QJsonObject NewApiKey::toJson() const
{
    QJsonObject json{{"tenant", tenant}, {"name", name}};
    if (expiresAt.isValid())
        json.insert("expiresAt", ges::isotime::format(expiresAt));
    if (!scopes.isEmpty())
        json.insert("scopes", QJsonArray::fromStringList(scopes));
    return json;
}

std::optional<CreatedApiKey> CreatedApiKey::fromJson(const QJsonObject &json)
{
    const auto info = ApiKeyInfo::fromJson(json);
    if (!info || json.value("key").toString().isEmpty())
        return std::nullopt;
    return CreatedApiKey{*info, json.value("key").toString()};
}

std::optional<ApiKeyValidity> ApiKeyValidity::fromJson(const QJsonObject &json)
{
    if (!json.value("valid").isBool())
        return std::nullopt;
    return ApiKeyValidity{json.value("valid").toBool(),    json.value("reason").toString(),
                          json.value("tenant").toString(), json.value("name").toString(),
                          json.value("prefix").toString(), stringsOf(json.value("scopes")),
                          timeOf(json.value("expiresAt"))};
}

RequestLogEntry RequestLogEntry::fromJson(const QJsonObject &json)
{
    return RequestLogEntry{
        json.value("id").toString(),        timeOf(json.value("time")),
        json.value("method").toString(),    json.value("path").toString(),
        json.value("status").toInt(),       json.value("errorCode").toString(),
        json.value("message").toString(),   json.value("latencyMs").toDouble(),
        json.value("keyPrefix").toString(), json.value("clientAddress").toString(),
        json.value("corrId").toString()};
}

std::optional<RequestLogPage> RequestLogPage::fromJson(const QJsonObject &json)
{
    if (!json.value("entries").isArray())
        return std::nullopt;
    RequestLogPage page;
    for (const QJsonValue &entry : json.value("entries").toArray())
        page.entries.append(RequestLogEntry::fromJson(entry.toObject()));
    page.nextCursor = json.value("nextCursor").toString();
    return page;
}

std::optional<HealthDetail> HealthDetail::fromJson(const QJsonObject &json)
{
    if (!json.value("status").isString() || !json.value("dependencies").isObject())
        return std::nullopt;
    HealthDetail health{json.value("status").toString(),
                        json.value("node").toString(),
                        json.value("version").toString(),
                        {}};
    const QJsonObject dependencies = json.value("dependencies").toObject();
    for (auto it = dependencies.begin(); it != dependencies.end(); ++it) {
        const QJsonObject dependency = it.value().toObject();
        health.dependencies.append({it.key(), dependency.value("status").toString(),
                                    dependency.value("latencyMs").toDouble(),
                                    dependency.value("error").toString()});
    }
    return health;
}

QStringList apiKeyScopes()
{
    return {"callbacks:read", "callbacks:write", "availability:read", "queue-status:read",
            "ewt:read",       "call-in:write",   "statistics:read"};
}
