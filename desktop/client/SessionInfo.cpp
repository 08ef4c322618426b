#include "SessionInfo.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}
} // namespace

std::optional<SessionInfo> SessionInfo::fromLoginData(const QJsonValue &data, const QUrl &server)
{
    const QJsonObject object = data.toObject();
    const QJsonObject user = object.value("user").toObject();
    if (user.value("name").toString().isEmpty())
        return std::nullopt;
    SessionInfo info;
    info.server = server;
    info.userName = user.value("name").toString();
    info.roles = toStringList(user.value("roles"));
    info.tenants = toStringList(user.value("tenants"));
    info.expiresInSeconds = object.value("expiresInSeconds").toInt();
    info.devops = user.value("devops").toBool();
    return info;
}
