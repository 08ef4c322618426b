#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

// The records of the Developer tab's admin API (docs/openapi.yaml: ApiKeyInfo, ApiKey,
// ApiKeyValidity, RequestLogEntry, HealthDetail), read from the envelope's `data`.
// Times are UTC QDateTimes; an absent or null time is invalid.

struct ApiKeyInfo
{
    QString id;
    QString prefix;
    QString name;
    QString tenant;
    QDateTime createdAt;
    QString createdBy;
    QDateTime lastUsedAt;
    QDateTime expiresAt;
    QStringList scopes;
    QDateTime revokedAt;

    bool revoked() const { return revokedAt.isValid(); }
    static std::optional<ApiKeyInfo> fromJson(const QJsonObject &json);
};

// What the create dialog asks for.
struct NewApiKey
{
    QString tenant;
    QString name;
    QDateTime expiresAt; // invalid: never expires
    QStringList scopes;  // empty: the whole external API

    QJsonObject toJson() const;
};

// The answer to a create: the key itself, shown this once.
struct CreatedApiKey
{
    ApiKeyInfo info;
    QString key;

    static std::optional<CreatedApiKey> fromJson(const QJsonObject &json);
};

struct ApiKeyValidity
{
    bool valid = false;
    QString reason; // unknown, revoked, expired, malformed; empty when valid
    QString tenant;
    QString name;
    QString prefix;
    QStringList scopes;
    QDateTime expiresAt;

    static std::optional<ApiKeyValidity> fromJson(const QJsonObject &json);
};

struct RequestLogEntry
{
    QString id; // also the cursor of the entries after it
    QDateTime time;
    QString method;
    QString path;
    int status = 0;
    QString errorCode;
    QString message;
    double latencyMs = 0;
    QString keyPrefix;
    QString clientAddress;
    QString corrId;

    static RequestLogEntry fromJson(const QJsonObject &json);
};

struct RequestLogQuery
{
    QString tenant; // required unless the session has exactly one tenant
    QString status; // "4xx" or "404"; empty: all
    QString path;   // case-insensitive substring
    QString before; // the cursor of the next page
    int limit = 100;
};

struct RequestLogPage
{
    QList<RequestLogEntry> entries; // newest first
    QString nextCursor;             // empty: no older entries

    static std::optional<RequestLogPage> fromJson(const QJsonObject &json);
};

struct DependencyHealth
{
    QString name;
    QString status; // UP or DOWN
    double latencyMs = 0;
    QString error;
};

struct HealthDetail
{
    QString status; // UP, DEGRADED, DOWN
    QString node;
    QString version;
    QList<DependencyHealth> dependencies;

    static std::optional<HealthDetail> fromJson(const QJsonObject &json);
};

// Known key scopes (ApiKeyScope in docs/openapi.yaml), for the create dialog.
QStringList apiKeyScopes();
