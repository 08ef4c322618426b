#pragma once
#include "AdminClient.h"
#include "DeveloperRecords.h"

#include <QObject>

// Typed calls of the Developer tab: API keys, the API request log and the server's health.
class DeveloperApi : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Handler = AdminClient::Handler<T>;

    explicit DeveloperApi(AdminClient *client, QObject *parent = nullptr);

    AdminClient *client() const { return m_client; }

    void listKeys(bool includeRevoked, QObject *context, Handler<QList<ApiKeyInfo>> handler);
    void createKey(const NewApiKey &key, QObject *context, Handler<CreatedApiKey> handler);
    void revokeKey(const QString &id, QObject *context, Handler<ApiKeyInfo> handler);
    void validateKey(const QString &key, QObject *context, Handler<ApiKeyValidity> handler);
    void requestLog(const RequestLogQuery &query, QObject *context,
                    Handler<RequestLogPage> handler);
    // GET /ges/v1/health/detail of the session's server (plain JSON, no envelope).
    void health(QObject *context, Handler<HealthDetail> handler);

private:
    AdminClient *m_client;
};
