#include "StatisticsProxy.h"
#include "GwsAccounts.h"
#include "integrations/GwsTokenCache.h"
#include "ops/Log.h"
#include "shared/ErrorCodes.h"

#include <QJsonDocument>

namespace ges {

namespace {
constexpr int kRetryAfterSeconds = 5;
} // namespace

StatisticsProxy::StatisticsProxy(GwsAccounts &accounts, GwsTokenCache &tokens, GwsClient &client,
                                 QObject *parent)
    : QObject(parent), m_accounts(accounts), m_tokens(tokens), m_client(client)
{
}

void StatisticsProxy::get(const Caller &caller, const QJsonObject &request, const QByteArray &body,
                          int maxAgeSeconds, OutcomeHandler done)
{
    auto call = std::make_shared<Call>(Call{caller, {}, body, {}, std::move(done)});
    if (maxAgeSeconds >= StatisticsAnswerCache::kMinMaxAgeSeconds) {
        call->cacheKey = StatisticsAnswerCache::keyOf(caller.tenant, request);
        if (const auto cached = m_cache.find(call->cacheKey, maxAgeSeconds))
            return call->done(*cached);
    }
    m_accounts.resolve(caller.tenant, caller.corrId,
                       [this, call](const std::variant<GwsAccount, ApiError> &resolved) {
                           if (const auto *error = std::get_if<ApiError>(&resolved))
                               return call->done(*error);
                           call->account = std::get<GwsAccount>(resolved);
                           if (call->account.statsUrl.isEmpty())
                               return call->done(ApiError::notFound(
                                   errc::GwsCredentialsNotFound,
                                   QStringLiteral("the GWS credentials of tenant %1 have no "
                                                  "statistics URL (urls.stats), and GWS_STATS "
                                                  "is not set")
                                       .arg(call->caller.tenant)));
                           withToken(call, false);
                       });
}

void StatisticsProxy::withToken(std::shared_ptr<Call> call, bool retried)
{
    m_tokens.token(call->account, [this, call, retried](const GwsResult &token) {
        if (!token.ok())
            return call->done(failure(*call, token, true));
        m_client.postStatistics(
            call->account.statsUrl, token.accessToken, call->body, this,
            [this, call, retried, accessToken = token.accessToken](const GwsResult &result) {
                answered(call, accessToken, retried, result);
            });
    });
}

void StatisticsProxy::answered(std::shared_ptr<Call> call, const QString &token, bool retried,
                               const GwsResult &result)
{
    if (result.httpStatus == 401 && !retried) {
        // Revoked or expired early on GWS's side: one more try with a new token.
        m_tokens.drop(call->account.tenant, token);
        return withToken(call, true);
    }
    if (!result.ok())
        return call->done(failure(*call, result, false));
    const QJsonDocument answer = QJsonDocument::fromJson(result.body);
    if (!answer.isObject()) {
        GwsResult unusable = result;
        unusable.kind = GwsResult::Kind::Unavailable;
        unusable.message = QStringLiteral("GWS answered the statistics request with something "
                                          "that is not a JSON object");
        return call->done(failure(*call, unusable, false));
    }
    if (!call->cacheKey.isEmpty())
        m_cache.store(call->cacheKey, answer.object(), result.body.size());
    call->done(answer.object());
}

ApiError StatisticsProxy::failure(const Call &call, const GwsResult &result, bool tokenStage)
{
    const QString &tenant = call.caller.tenant;
    log::warn("gws",
              tokenStage ? QStringLiteral("GWS token request failed")
                         : QStringLiteral("GWS statistics request failed"),
              {{"corrId", call.caller.corrId},
               {"tenant", tenant},
               {"httpStatus", QString::number(result.httpStatus)},
               {"reason", result.message}});
    using Kind = GwsResult::Kind;
    if (result.kind == Kind::Unavailable || result.httpStatus == 404 || result.httpStatus == 405)
        return ApiError::unavailable(
            QStringLiteral("GWS is not available for statistics: %1").arg(result.message),
            kRetryAfterSeconds);
    if (tokenStage)
        return {401, errc::ApiKeyInvalid,
                QStringLiteral("GWS rejected the GWS client credentials registered for tenant "
                               "%1 (%2); an administrator has to correct them")
                    .arg(tenant, result.message)};
    if (result.httpStatus == 401)
        return {401, errc::ApiKeyInvalid,
                QStringLiteral("GWS rejected a fresh token of tenant %1's GWS client for "
                               "statistics (%2)")
                    .arg(tenant, result.message)};
    if (result.httpStatus == 403)
        return {403, errc::Forbidden,
                QStringLiteral("GWS does not allow tenant %1's GWS client to read these "
                               "statistics (%2)")
                    .arg(tenant, result.message)};
    // GWS refused the request itself: its answer says why, so the caller gets it.
    return {400,
            errc::InvalidField,
            QStringLiteral("GWS refused the statistics request (%1)").arg(result.message),
            {},
            0,
            QJsonDocument::fromJson(result.body).object()};
}

} // namespace ges
