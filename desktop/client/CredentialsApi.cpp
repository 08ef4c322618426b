#include "CredentialsApi.h"

#include "shared/ApiPaths.h"
#include "shared/IsoTime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace {
QDateTime timeOf(const QJsonValue &value)
{
    return ges::isotime::parse(value.toString()).value_or(QDateTime());
}
} // namespace

std::optional<GwsCredentialInfo> GwsCredentialInfo::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (object.value("tenant").toString().isEmpty())
        return std::nullopt;
    GwsCredentialInfo info;
    info.tenant = object.value("tenant").toString();
    info.clientId = object.value("clientId").toString();
    const QJsonObject urls = object.value("urls").toObject();
    for (auto it = urls.begin(); it != urls.end(); ++it)
        info.urls.insert(it.key(), it.value().toString());
    info.createdAt = timeOf(object.value("createdAt"));
    info.updatedAt = timeOf(object.value("updatedAt"));
    info.updatedBy = object.value("updatedBy").toString();
    info.hasSecret = object.value("hasSecret").toBool();
    return info;
}

QJsonObject GwsCredentialInput::toJson() const
{
    QJsonObject urlObject;
    for (auto it = urls.begin(); it != urls.end(); ++it) {
        if (!it.value().isEmpty())
            urlObject.insert(it.key(), it.value());
    }
    QJsonObject body{{"clientId", clientId}, {"urls", urlObject}};
    // Left out, not empty: the server refuses an empty secret and keeps the stored one
    // when the field is missing.
    if (clientSecret)
        body.insert("clientSecret", *clientSecret);
    return body;
}

const QStringList &CredentialsApi::urlNames()
{
    static const QStringList names{"auth", "env", "conf", "publicAuth", "stats"};
    return names;
}

void CredentialsApi::list(QObject *context, AdminClient::Handler<QList<GwsCredentialInfo>> handler)
{
    const auto convert = [](const QJsonValue &data) -> std::optional<QList<GwsCredentialInfo>> {
        const QJsonValue list = data.toObject().value("credentials");
        if (!list.isArray())
            return std::nullopt;
        QList<GwsCredentialInfo> credentials;
        for (const QJsonValue &item : list.toArray()) {
            if (auto info = GwsCredentialInfo::fromJson(item))
                credentials.append(*info);
        }
        return credentials;
    };
    m_client->call("GET", QLatin1String(ges::paths::AdminGwsCredentials), {}, QJsonValue::Undefined,
                   context, AdminClient::typed(std::move(handler), convert));
}

void CredentialsApi::put(const GwsCredentialInput &input, QObject *context,
                         AdminClient::Handler<GwsCredentialInfo> handler)
{
    m_client->call("PUT", ges::paths::with(ges::paths::AdminGwsCredential, input.tenant), {},
                   input.toJson(), context,
                   AdminClient::typed(std::move(handler), &GwsCredentialInfo::fromJson));
}

void CredentialsApi::remove(const QString &tenant, QObject *context,
                            AdminClient::Handler<AdminClient::Done> handler)
{
    m_client->call("DELETE", ges::paths::with(ges::paths::AdminGwsCredential, tenant), {},
                   QJsonValue::Undefined, context,
                   AdminClient::typed(std::move(handler), [](const QJsonValue &) {
                       return std::optional<AdminClient::Done>(AdminClient::Done{});
                   }));
}

std::optional<GwsCredentialTestResult> GwsCredentialTestResult::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (!object.value("ok").isBool())
        return std::nullopt;
    return GwsCredentialTestResult{object.value("ok").toBool(), object.value("stage").toString(),
                                   object.value("httpStatus").toInt(),
                                   object.value("message").toString(),
                                   object.value("latencyMs").toDouble()};
}

void CredentialsApi::test(const QString &tenant, QObject *context,
                          AdminClient::Handler<GwsCredentialTestResult> handler)
{
    m_client->call("POST", ges::paths::with(ges::paths::AdminGwsCredentialTest, tenant), {},
                   QJsonObject(), context,
                   AdminClient::typed(std::move(handler), &GwsCredentialTestResult::fromJson));
}
