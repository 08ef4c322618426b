#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "StatisticsAnswerCache.h"
#include "integrations/GwsClient.h"

#include <QObject>

namespace ges {

class GwsAccounts;
class GwsTokenCache;

// The statistics proxy (API.md §3, docs/statistics.md): a tenant's GWS statistics request
// is sent to GWS with a token of the tenant's own GWS client, and GWS's answer comes back
// as it is. A token GWS refuses is dropped and the request tried once more with a new one.
class StatisticsProxy : public QObject
{
    Q_OBJECT
public:
    StatisticsProxy(GwsAccounts &accounts, GwsTokenCache &tokens, GwsClient &client,
                    QObject *parent = nullptr);

    // `body` is the request as the caller sent it (`request` parsed from it); `maxAgeSeconds`
    // from Cache-Control: below 15 (0: none) the answer is neither taken from nor kept in
    // the cache.
    void get(const Caller &caller, const QJsonObject &request, const QByteArray &body,
             int maxAgeSeconds, OutcomeHandler done);

    const StatisticsAnswerCache &cache() const { return m_cache; }

private:
    struct Call
    {
        Caller caller;
        GwsAccount account;
        QByteArray body;
        QByteArray cacheKey; // empty: not cached
        OutcomeHandler done;
    };
    void withToken(std::shared_ptr<Call> call, bool retried);
    void answered(std::shared_ptr<Call> call, const QString &token, bool retried,
                  const GwsResult &result);
    static ApiError failure(const Call &call, const GwsResult &result, bool tokenStage);

    GwsAccounts &m_accounts;
    GwsTokenCache &m_tokens;
    GwsClient &m_client;
    StatisticsAnswerCache m_cache;
};

} // namespace ges
