#include "UsersApi.h"

#include "shared/ApiPaths.h"
#include "shared/IsoTime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {
QDateTime timeOf(const QJsonValue &value)
{
    return ges::isotime::parse(value.toString()).value_or(QDateTime());
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// The list under `key` of `data`, each item read by `read`; nullopt when it is no list.
template <typename T, typename Read>
std::optional<QList<T>> listOf(const QJsonValue &data, const char *key, Read read)
{
    const QJsonValue list = data.toObject().value(QLatin1String(key));
    if (!list.isArray())
        return std::nullopt;
    QList<T> items;
    for (const QJsonValue &item : list.toArray()) {
        if (std::optional<T> value = read(item))
            items.append(*value);
    }
    return items;
}
} // namespace

std::optional<AdminUserInfo> AdminUserInfo::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (object.value("name").toString().isEmpty())
        return std::nullopt;
    AdminUserInfo user;
    user.name = object.value("name").toString();
    user.roles = stringsOf(object.value("roles"));
    user.tenants = stringsOf(object.value("tenants"));
    user.disabled = object.value("disabled").toBool();
    user.createdAt = timeOf(object.value("createdAt"));
    user.updatedAt = timeOf(object.value("updatedAt"));
    return user;
}

std::optional<AdminSessionInfo> AdminSessionInfo::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (object.value("id").toString().isEmpty())
        return std::nullopt;
    AdminSessionInfo session;
    session.id = object.value("id").toString();
    session.user = object.value("user").toString();
    session.address = object.value("address").toString();
    session.createdAt = timeOf(object.value("createdAt"));
    session.lastSeenAt = timeOf(object.value("lastSeenAt"));
    session.expiresAt = timeOf(object.value("expiresAt"));
    session.current = object.value("current").toBool();
    return session;
}

bool UsersApi::isUserName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

void UsersApi::listUsers(QObject *context, AdminClient::Handler<QList<AdminUserInfo>> handler)
{
    m_client->call("GET", QLatin1String(ges::paths::AdminUsers), {}, QJsonValue::Undefined, context,
                   AdminClient::typed(std::move(handler), [](const QJsonValue &data) {
                       return listOf<AdminUserInfo>(data, "users", &AdminUserInfo::fromJson);
                   }));
}

void UsersApi::createUser(const AdminUserInfo &user, const QString &password, QObject *context,
                          AdminClient::Handler<AdminUserInfo> handler)
{
    const QJsonObject body{{"name", user.name},
                           {"password", password},
                           {"roles", QJsonArray::fromStringList(user.roles)},
                           {"tenants", QJsonArray::fromStringList(user.tenants)}};
    m_client->call("POST", QLatin1String(ges::paths::AdminUsers), {}, body, context,
                   AdminClient::typed(std::move(handler), &AdminUserInfo::fromJson));
}

void UsersApi::updateUser(const QString &name, const AdminUserChange &change, QObject *context,
                          AdminClient::Handler<AdminUserInfo> handler)
{
    QJsonObject body;
    if (change.roles)
        body.insert("roles", QJsonArray::fromStringList(*change.roles));
    if (change.tenants)
        body.insert("tenants", QJsonArray::fromStringList(*change.tenants));
    if (change.disabled)
        body.insert("disabled", *change.disabled);
    m_client->call("PUT", ges::paths::with(ges::paths::AdminUser, name), {}, body, context,
                   AdminClient::typed(std::move(handler), &AdminUserInfo::fromJson));
}

void UsersApi::resetPassword(const QString &name, const QString &password, QObject *context,
                             AdminClient::Handler<AdminUserInfo> handler)
{
    m_client->call("POST", ges::paths::with(ges::paths::AdminUserPassword, name), {},
                   QJsonObject{{"password", password}}, context,
                   AdminClient::typed(std::move(handler), &AdminUserInfo::fromJson));
}

void UsersApi::listSessions(const QString &user, QObject *context,
                            AdminClient::Handler<QList<AdminSessionInfo>> handler)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user"), user);
    m_client->call("GET", QLatin1String(ges::paths::AdminSessions), query, QJsonValue::Undefined,
                   context, AdminClient::typed(std::move(handler), [](const QJsonValue &data) {
                       return listOf<AdminSessionInfo>(data, "sessions",
                                                       &AdminSessionInfo::fromJson);
                   }));
}

void UsersApi::endSession(const QString &id, QObject *context,
                          AdminClient::Handler<AdminClient::Done> handler)
{
    m_client->call("DELETE", ges::paths::with(ges::paths::AdminSession, id), {},
                   QJsonValue::Undefined, context,
                   AdminClient::typed(std::move(handler), [](const QJsonValue &) {
                       return std::optional<AdminClient::Done>(AdminClient::Done{});
                   }));
}
