#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "integrations/GwsClient.h"

#include <QObject>

namespace ges {

class GwsAccounts;

// The admin API's check of a tenant's stored GWS credentials: a fresh token request (the
// token cache is bypassed, so the stored credentials themselves are tested), then, when
// a statistics URL is known, one get-statistic-ex asking for no statistics, which proves
// GWS accepts the token without reading anything. The verdict is data:
// {"ok", "stage": "auth"|"stats", "httpStatus", "message", "latencyMs"}; a negative
// verdict is still a completed test (200). Errors are kept for what prevents the test:
// no credentials (404), a secret the daemon cannot open (503).
class GwsConnectionTest : public QObject
{
    Q_OBJECT
public:
    GwsConnectionTest(GwsAccounts &accounts, GwsClient &client, QObject *parent = nullptr);

    void run(const Caller &caller, const QString &tenant, OutcomeHandler done);

private:
    void testStatistics(const Caller &caller, const GwsAccount &account, const GwsResult &token,
                        OutcomeHandler done);
    static QJsonObject verdict(const Caller &caller, const QString &tenant, bool ok,
                               const char *stage, const GwsResult &result, const QString &message,
                               double latencyMs);

    GwsAccounts &m_accounts;
    GwsClient &m_client;
};

} // namespace ges
