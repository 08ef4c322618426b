#include "GwsConnectionTest.h"
#include "GwsAccounts.h"
#include "ops/Log.h"

#include <QElapsedTimer>

namespace ges {

GwsConnectionTest::GwsConnectionTest(GwsAccounts &accounts, GwsClient &client, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_client(client)
{
}

QJsonObject GwsConnectionTest::verdict(const Caller &caller, const QString &tenant, bool ok,
                                       const char *stage, const GwsResult &result,
                                       const QString &message, double latencyMs)
{
    log::info("admin", QStringLiteral("GWS credentials tested"),
              {{"corrId", caller.corrId},
               {"actor", caller.actor},
               {"tenant", tenant},
               {"ok", ok ? QStringLiteral("true") : QStringLiteral("false")},
               {"stage", QString::fromLatin1(stage)},
               {"httpStatus", QString::number(result.httpStatus)}});
    return {{"ok", ok},
            {"stage", QString::fromLatin1(stage)},
            {"httpStatus", result.httpStatus},
            {"message", message},
            {"latencyMs", qRound(latencyMs * 10) / 10.0}};
}

void GwsConnectionTest::run(const Caller &caller, const QString &tenant, OutcomeHandler done)
{
    m_accounts.resolve(tenant, caller.corrId, [this, caller, tenant, done](const auto &resolved) {
        if (const auto *error = std::get_if<ApiError>(&resolved))
            return done(*error);
        const GwsAccount account = std::get<GwsAccount>(resolved);
        m_client.requestToken(account, this, [this, caller, account, done](const GwsResult &token) {
            if (!token.ok()) {
                const QString message =
                    token.kind == GwsResult::Kind::Unavailable
                        ? token.message
                        : QStringLiteral("GWS rejected the client credentials (%1)")
                              .arg(token.message);
                return done(verdict(caller, account.tenant, false, "auth", token, message,
                                    token.latencyMs));
            }
            if (account.statsUrl.isEmpty())
                return done(verdict(caller, account.tenant, true, "auth", token,
                                    QStringLiteral("GWS issued a token (valid for %1 s); no "
                                                   "statistics URL to try it on")
                                        .arg(token.expiresInSeconds),
                                    token.latencyMs));
            testStatistics(caller, account, token, done);
        }, GwsClient::Purpose::Probe);
    });
}

void GwsConnectionTest::testStatistics(const Caller &caller, const GwsAccount &account,
                                       const GwsResult &token, OutcomeHandler done)
{
    const double tokenMs = token.latencyMs;
    m_client.postStatistics(
        account.statsUrl, token.accessToken, R"({"statistics":[]})", this,
        [caller, tenant = account.tenant, tokenMs, done](const GwsResult &stats) {
            const double total = tokenMs + stats.latencyMs;
            // Asking for nothing may well be answered 400: GWS still took the token then.
            // 404 or 405 means the URL does not lead to the Statistics API.
            const bool accepted =
                stats.ok() || (stats.kind == GwsResult::Kind::Refused && stats.httpStatus != 404 &&
                               stats.httpStatus != 405);
            QString message;
            if (accepted)
                message = QStringLiteral("GWS issued a token and accepted it for statistics");
            else if (stats.kind == GwsResult::Kind::Rejected)
                message = QStringLiteral("GWS issued a token but statistics refused it (%1)")
                              .arg(stats.message);
            else if (stats.kind == GwsResult::Kind::Refused)
                message = QStringLiteral("the statistics URL does not lead to the GWS "
                                         "Statistics API (%1)")
                              .arg(stats.message);
            else
                message = stats.message;
            done(verdict(caller, tenant, accepted, "stats", stats, message, total));
        },
        GwsClient::Purpose::Probe);
}

} // namespace ges
