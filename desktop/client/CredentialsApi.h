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

// The server's verdict on a tenant's stored credentials (POST …/gws-credentials/{tenant}/test):
// a negative verdict is a completed test too, not an error.
struct GwsCredentialTestResult
{
    bool ok = false;
    QString stage;      // "auth" (token request) or "stats" (a call with the token)
    int httpStatus = 0; // of GWS's last answer; 0: GWS did not answer
    QString message;    // the server's words
    double latencyMs = 0;

    static std::optional<GwsCredentialTestResult> fromJson(const QJsonValue &value);
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
    // Asks GWS for a token with the stored credentials (and tries it on statistics).
    void test(const QString &tenant, QObject *context,
              AdminClient::Handler<GwsCredentialTestResult> handler);

private:
    AdminClient *m_client;
};
