#include "GwsClient.h"
#include "OutboundHttp.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace ges {

namespace {
QUrl withApiPath(QUrl base, const QString &apiBase, const QString &endpoint)
{
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith(apiBase))
        path += apiBase;
    base.setPath(path + endpoint);
    return base;
}

// What GWS said, for people: OAuth errors carry error/error_description, the other GWS
// APIs status.message. Cut short: an answer is not ours to relay in full.
QString explanationOf(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QString text = json.value("error_description").toString();
    if (text.isEmpty())
        text = json.value("error").toString();
    if (text.isEmpty())
        text = json.value("status").toObject().value("message").toString();
    return text.left(200);
}

GwsResult classify(const OutboundResponse &response, const QElapsedTimer &timer)
{
    GwsResult result;
    result.httpStatus = response.status;
    result.latencyMs = timer.nsecsElapsed() / 1e6;
    result.body = response.body;
    result.busy = response.busy;
    const QString said = explanationOf(response.body);
    const QString suffix = said.isEmpty() ? QString() : QStringLiteral(": ") + said;
    if (response.busy) {
        result.message = QStringLiteral("too many GWS requests in flight on this node");
    } else if (response.status == 0) {
        result.message = QStringLiteral("GWS did not answer (%1)").arg(response.error);
    } else if (response.ok()) {
        result.kind = GwsResult::Kind::Ok;
    } else if (response.status == 401 || response.status == 403) {
        result.kind = GwsResult::Kind::Rejected;
        result.message = QStringLiteral("GWS answered %1%2").arg(response.status).arg(suffix);
    } else if (response.status < 500) {
        result.kind = GwsResult::Kind::Refused;
        result.message = QStringLiteral("GWS answered %1%2").arg(response.status).arg(suffix);
    } else {
        result.message = QStringLiteral("GWS answered %1%2").arg(response.status).arg(suffix);
    }
    return result;
}
} // namespace

QByteArray GwsAccount::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part :
         {tenant, clientId, clientSecret, authUrl.toString(), statsUrl.toString()}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    return hash.result();
}

GwsClient::GwsClient(OutboundHttp &http, GwsHostPolicy hosts, QObject *parent)
    : QObject(parent), m_http(http), m_hosts(std::move(hosts))
{
}

QByteArray GwsClient::basicAuthorization(const QString &clientId, const QString &clientSecret)
{
    // RFC 6749 §2.3.1: each part form-urlencoded before the two are joined, so a ':' or a
    // non-ASCII character in either reaches the server as it was registered.
    return "Basic " +
           (QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(clientSecret))
               .toBase64();
}

bool GwsClient::refused(const QUrl &url, QObject *context, const Done &done)
{
    const QString problem = m_hosts.problemWith(url);
    if (problem.isEmpty())
        return false;
    GwsResult result;
    result.message = QStringLiteral("GES does not call this URL: %1").arg(problem);
    QTimer::singleShot(0, context, [done, result] { done(result); });
    return true;
}

QUrl GwsClient::tokenUrl(const QUrl &authUrl)
{
    return withApiPath(authUrl, QStringLiteral("/auth/v3"), QStringLiteral("/oauth/token"));
}

QUrl GwsClient::statisticsUrl(const QUrl &statsUrl)
{
    return withApiPath(statsUrl, QStringLiteral("/statistics/v3"),
                       QStringLiteral("/operations/get-statistic-ex"));
}

void GwsClient::report(const QUrl &url, Purpose purpose, const GwsResult &result)
{
    // One tenant's mistyped URL, or a test of it, must not mark the node's GWS down; nor
    // does our own limit of requests in flight say anything about GWS.
    if (purpose == Purpose::Probe || !m_hosts.isListed(url) || result.busy)
        return;
    const bool up = result.httpStatus > 0 && result.httpStatus < 500;
    emit reachability(up, result.latencyMs, up ? QString() : result.message);
}

void GwsClient::requestToken(const GwsAccount &account, QObject *context, Done done,
                             Purpose purpose)
{
    const QUrl url = tokenUrl(account.authUrl);
    if (refused(url, context, done))
        return;
    const QByteArray basic = basicAuthorization(account.clientId, account.clientSecret);
    QElapsedTimer timer;
    timer.start();
    m_http.postForm(
        url, {{"Authorization", basic}, {"Accept", "application/json"}},
        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}}, kTimeoutMs, context,
        [this, url, purpose, timer, done = std::move(done)](const OutboundResponse &response) {
            GwsResult result = classify(response, timer);
            result.body.clear(); // it holds the token: nobody needs it beyond this point
            if (result.ok()) {
                const QJsonObject json = QJsonDocument::fromJson(response.body).object();
                result.accessToken = json.value("access_token").toString();
                result.expiresInSeconds = json.value("expires_in").toInt();
                if (result.accessToken.isEmpty()) {
                    result.kind = GwsResult::Kind::Unavailable;
                    result.message = QStringLiteral("GWS answered the token request without an "
                                                    "access_token");
                }
            }
            report(url, purpose, result);
            done(result);
        });
}

void GwsClient::postStatistics(const QUrl &statsUrl, const QString &accessToken,
                               const QByteArray &body, QObject *context, Done done,
                               Purpose purpose)
{
    const QUrl url = statisticsUrl(statsUrl);
    if (refused(url, context, done))
        return;
    QElapsedTimer timer;
    timer.start();
    m_http.postJson(
        url,
        {{"Authorization", "Bearer " + accessToken.toUtf8()}, {"Accept", "application/json"}}, body,
        kTimeoutMs, context,
        [this, url, purpose, timer, done = std::move(done)](const OutboundResponse &response) {
            const GwsResult result = classify(response, timer);
            report(url, purpose, result);
            done(result);
        });
}

} // namespace ges
