#pragma once
#include "AdminClient.h"

#include "shared/CallInGroup.h"
#include "shared/ServiceConfig.h"

#include <QList>

// Typed calls of the services and call-in groups areas of the admin API. The records are
// the shared types the daemon validates with, so the desktop reads and checks a service
// exactly as the server does.
class ServicesApi
{
public:
    explicit ServicesApi(AdminClient *client) : m_client(client) {}

    void listServices(QObject *context, AdminClient::Handler<QList<ges::ServiceConfig>> handler);
    void getService(const QString &id, QObject *context,
                    AdminClient::Handler<ges::ServiceConfig> handler);
    // The handler gets the service as the server stored it (with its id).
    void createService(const ges::ServiceConfig &service, QObject *context,
                       AdminClient::Handler<ges::ServiceConfig> handler);
    void updateService(const ges::ServiceConfig &service, QObject *context,
                       AdminClient::Handler<ges::ServiceConfig> handler);
    void deleteService(const QString &id, QObject *context,
                       AdminClient::Handler<AdminClient::Done> handler);

    void listGroups(QObject *context, AdminClient::Handler<QList<ges::CallInGroup>> handler);
    void createGroup(const ges::CallInGroup &group, QObject *context,
                     AdminClient::Handler<ges::CallInGroup> handler);
    void updateGroup(const ges::CallInGroup &group, QObject *context,
                     AdminClient::Handler<ges::CallInGroup> handler);
    void deleteGroup(const QString &id, QObject *context,
                     AdminClient::Handler<AdminClient::Done> handler);

    // A service or group as the server sends it; nothing when it does not pass the shared
    // validation (an answer this version cannot read).
    static std::optional<ges::ServiceConfig> readService(const QJsonValue &value);
    static std::optional<ges::CallInGroup> readGroup(const QJsonValue &value);

private:
    AdminClient *m_client;
};
