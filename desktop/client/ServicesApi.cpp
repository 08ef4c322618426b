#include "ServicesApi.h"

#include "shared/ApiPaths.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace {
// Each element of data[key] through `read`; nothing when any of them is unreadable.
template <typename T, typename Read>
std::optional<QList<T>> readList(const QJsonValue &data, const char *key, Read read)
{
    const QJsonValue list = data.toObject().value(QLatin1String(key));
    if (!list.isArray())
        return std::nullopt;
    QList<T> result;
    for (const QJsonValue &item : list.toArray()) {
        auto value = read(item);
        if (!value)
            return std::nullopt;
        result.append(std::move(*value));
    }
    return result;
}

AdminClient::Handler<QJsonValue> doneHandler(AdminClient::Handler<AdminClient::Done> handler)
{
    return AdminClient::typed<AdminClient::Done>(
        std::move(handler), [](const QJsonValue &) { return AdminClient::Done(); });
}
} // namespace

std::optional<ges::ServiceConfig> ServicesApi::readService(const QJsonValue &value)
{
    QList<ges::FieldProblem> problems;
    auto service = ges::ServiceConfig::fromJson(value.toObject(), &problems);
    // fromJson() reads a document to store; the stored id comes on top of it.
    if (service)
        service->id = value.toObject().value("id").toString();
    return service;
}

std::optional<ges::CallInGroup> ServicesApi::readGroup(const QJsonValue &value)
{
    QList<ges::FieldProblem> problems;
    return ges::CallInGroup::fromJson(value.toObject(), &problems);
}

void ServicesApi::listServices(QObject *context,
                               AdminClient::Handler<QList<ges::ServiceConfig>> handler)
{
    m_client->call("GET", QLatin1String(ges::paths::AdminServices), {}, QJsonValue::Undefined,
                   context,
                   AdminClient::typed<QList<ges::ServiceConfig>>(
                       std::move(handler), [](const QJsonValue &data) {
                           return readList<ges::ServiceConfig>(data, "services", readService);
                       }));
}

void ServicesApi::getService(const QString &id, QObject *context,
                             AdminClient::Handler<ges::ServiceConfig> handler)
{
    m_client->call("GET", ges::paths::with(ges::paths::AdminService, id), {}, QJsonValue::Undefined,
                   context,
                   AdminClient::typed<ges::ServiceConfig>(std::move(handler), readService));
}

void ServicesApi::createService(const ges::ServiceConfig &service, QObject *context,
                                AdminClient::Handler<ges::ServiceConfig> handler)
{
    QJsonObject body = service.toJson();
    body.remove("id");
    m_client->call("POST", QLatin1String(ges::paths::AdminServices), {}, body, context,
                   AdminClient::typed<ges::ServiceConfig>(std::move(handler), readService));
}

void ServicesApi::updateService(const ges::ServiceConfig &service, QObject *context,
                                AdminClient::Handler<ges::ServiceConfig> handler)
{
    m_client->call("PUT", ges::paths::with(ges::paths::AdminService, service.id), {},
                   service.toJson(), context,
                   AdminClient::typed<ges::ServiceConfig>(std::move(handler), readService));
}

void ServicesApi::deleteService(const QString &id, QObject *context,
                                AdminClient::Handler<AdminClient::Done> handler)
{
    m_client->call("DELETE", ges::paths::with(ges::paths::AdminService, id), {},
                   QJsonValue::Undefined, context, doneHandler(std::move(handler)));
}

void ServicesApi::listGroups(QObject *context,
                             AdminClient::Handler<QList<ges::CallInGroup>> handler)
{
    m_client->call(
        "GET", QLatin1String(ges::paths::AdminCallInGroups), {}, QJsonValue::Undefined, context,
        AdminClient::typed<QList<ges::CallInGroup>>(std::move(handler), [](const QJsonValue &data) {
            return readList<ges::CallInGroup>(data, "callInGroups", readGroup);
        }));
}

void ServicesApi::createGroup(const ges::CallInGroup &group, QObject *context,
                              AdminClient::Handler<ges::CallInGroup> handler)
{
    QJsonObject body = group.toJson();
    body.remove("id");
    m_client->call("POST", QLatin1String(ges::paths::AdminCallInGroups), {}, body, context,
                   AdminClient::typed<ges::CallInGroup>(std::move(handler), readGroup));
}

void ServicesApi::updateGroup(const ges::CallInGroup &group, QObject *context,
                              AdminClient::Handler<ges::CallInGroup> handler)
{
    m_client->call("PUT", ges::paths::with(ges::paths::AdminCallInGroup, group.id), {},
                   group.toJson(), context,
                   AdminClient::typed<ges::CallInGroup>(std::move(handler), readGroup));
}

void ServicesApi::deleteGroup(const QString &id, QObject *context,
                              AdminClient::Handler<AdminClient::Done> handler)
{
    m_client->call("DELETE", ges::paths::with(ges::paths::AdminCallInGroup, id), {},
                   QJsonValue::Undefined, context, doneHandler(std::move(handler)));
}
