#pragma once
#include "AdminClient.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

// A tenant's GWS credentials as the server lists them. There is no secret here: the
// server never sends it back, only whether one is stored (docs/admin-developer.md).
struct GwsCredentialInfo
{
    QString tenant;
    QString clientId;
    QMap<QString, QString> urls; // auth, env, conf, publicAuth, stats
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;
    bool hasSecret = false;

    static std::optional<GwsCredentialInfo> fromJson(const QJsonValue &value);
};

// What PUT …/gws-credentials/{tenant} sends. `clientSecret` nullopt leaves the stored
// secret as it is (the server requires one only when registering).
struct GwsCredentialInput
{
    QString tenant;
    QString clientId;
    std::optional<QString> clientSecret;
    QMap<QString, QString> urls; // empty values are left out

    QJsonObject toJson() const;
};

// Typed calls of the GWS credentials area of the admin API.
class CredentialsApi
{
public:
    explicit CredentialsApi(AdminClient *client) : m_client(client) {}

    // The names of the URLs the server knows, in the order the dialog shows them.
    static const QStringList &urlNames();

    void list(QObject *context, AdminClient::Handler<QList<GwsCredentialInfo>> handler);
    void put(const GwsCredentialInput &input, QObject *context,
             AdminClient::Handler<GwsCredentialInfo> handler);
    void remove(const QString &tenant, QObject *context,
                AdminClient::Handler<AdminClient::Done> handler);
    // The server's verdict on the stored credentials, in its own words.
    void test(const QString &tenant, QObject *context, AdminClient::Handler<QString> handler);

private:
    AdminClient *m_client;
};
