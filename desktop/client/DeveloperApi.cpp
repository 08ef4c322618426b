#include "DeveloperApi.h"

#include "shared/ApiPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>

namespace {
template <typename T> std::optional<T> objectOf(const QJsonValue &data)
{
    return T::fromJson(data.toObject());
}

std::optional<QList<ApiKeyInfo>> keysOf(const QJsonValue &data)
{
    const QJsonValue list = data.toObject().value("apiKeys");
    if (!list.isArray())
        return std::nullopt;
    QList<ApiKeyInfo> keys;
    for (const QJsonValue &item : list.toArray()) {
        if (auto key = ApiKeyInfo::fromJson(item.toObject()))
            keys.append(*key);
    }
    return keys;
}

QUrlQuery logQueryOf(const RequestLogQuery &query)
{
    QUrlQuery url;
    const auto add = [&url](const char *name, const QString &value) {
        if (!value.isEmpty())
            url.addQueryItem(QLatin1String(name), value);
    };
    add("tenant", query.tenant);
    add("status", query.status);
    add("path", query.path);
    add("before", query.before);
    url.addQueryItem("limit", QString::number(query.limit));
    return url;
}
} // namespace

DeveloperApi::DeveloperApi(AdminClient *client, QObject *parent) : QObject(parent), m_client(client)
{
}

void DeveloperApi::listKeys(bool includeRevoked, QObject *context,
                            Handler<QList<ApiKeyInfo>> handler)
{
    QUrlQuery query;
    if (includeRevoked)
        query.addQueryItem("includeRevoked", "true");
    m_client->call("GET", QLatin1String(ges::paths::AdminApiKeys), query, QJsonValue::Undefined,
                   context, AdminClient::typed<QList<ApiKeyInfo>>(std::move(handler), keysOf));
}

void DeveloperApi::createKey(const NewApiKey &key, QObject *context, Handler<CreatedApiKey> handler)
{
    m_client->call("POST", QLatin1String(ges::paths::AdminApiKeys), {}, key.toJson(), context,
                   AdminClient::typed<CreatedApiKey>(std::move(handler), objectOf<CreatedApiKey>));
}

void DeveloperApi::revokeKey(const QString &id, QObject *context, Handler<ApiKeyInfo> handler)
{
    m_client->call("DELETE", ges::paths::with(ges::paths::AdminApiKey, id), {},
                   QJsonValue::Undefined, context,
                   AdminClient::typed<ApiKeyInfo>(std::move(handler), objectOf<ApiKeyInfo>));
}

void DeveloperApi::validateKey(const QString &key, QObject *context,
                               Handler<ApiKeyValidity> handler)
{
    m_client->call(
        "POST", QLatin1String(ges::paths::AdminApiKeysValidate), {}, QJsonObject{{"key", key}},
        context, AdminClient::typed<ApiKeyValidity>(std::move(handler), objectOf<ApiKeyValidity>));
}

void DeveloperApi::requestLog(const RequestLogQuery &query, QObject *context,
                              Handler<RequestLogPage> handler)
{
    m_client->call(
        "GET", QLatin1String(ges::paths::AdminRequestLog), logQueryOf(query), QJsonValue::Undefined,
        context, AdminClient::typed<RequestLogPage>(std::move(handler), objectOf<RequestLogPage>));
}

void DeveloperApi::health(QObject *context, Handler<HealthDetail> handler)
{
    m_client->getDocument(QLatin1String(ges::paths::HealthDetail), context,
                          AdminClient::typed<HealthDetail>(
                              std::move(handler), [](const QJsonValue &document) {
                                  return HealthDetail::fromJson(document.toObject());
                              }));
}
