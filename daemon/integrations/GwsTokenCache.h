#pragma once
#include "GwsClient.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>

namespace ges {

// Access tokens of the tenants' GWS clients, kept in memory (never in Redis or a log) and
// reused until shortly before they expire: 10% of their lifetime before, at most 60 s.
// Requests of one tenant that need a token while it is being fetched wait for that one
// fetch instead of starting their own. A failed fetch is not remembered: the next request
// tries again.
class GwsTokenCache : public QObject
{
    Q_OBJECT
public:
    explicit GwsTokenCache(GwsClient &client, QObject *parent = nullptr);

    // A usable token for `account` in result.accessToken, or why there is none.
    void token(const GwsAccount &account, GwsClient::Done done);
    // GWS refused `accessToken` (401): the tenant's next token() fetches a new one.
    void drop(const QString &tenant, const QString &accessToken);

    // How long a token with this lifetime is used; 300 s when GWS gave none.
    static qint64 usableMs(int expiresInSeconds);

private:
    struct Entry
    {
        QByteArray fingerprint; // of the account the token (or the fetch) is for
        QString accessToken;
        QDeadlineTimer usableUntil;
        bool fetching = false;
        QList<GwsClient::Done> waiting;
    };
    void fetched(const QString &tenant, const QByteArray &fingerprint, const GwsResult &result);

    GwsClient &m_client;
    QHash<QString, Entry> m_entries; // by tenant
};

} // namespace ges
