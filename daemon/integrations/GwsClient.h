#pragma once
#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

#include "GwsHostPolicy.h"

namespace ges {

class OutboundHttp;

// One tenant's way into GWS: its OAuth client and the base URLs to use. The clear secret
// lives only in memory, for the time of a request, and never goes into a log line.
struct GwsAccount
{
    QString tenant;
    QString clientId;
    QString clientSecret;
    QUrl authUrl;
    QUrl statsUrl; // empty: no statistics URL, neither the tenant's nor GWS_STATS

    // What a token belongs to: a changed secret or URL must not reuse the old token.
    QByteArray fingerprint() const;
};

// What one call to GWS came to.
struct GwsResult
{
    enum class Kind
    {
        Ok,
        Rejected,   // 401 or 403: GWS does not accept these credentials (or this token)
        Refused,    // another 4xx: GWS understood and said no
        Unavailable // no answer, a 5xx, or an answer that cannot be used
    };
    Kind kind = Kind::Unavailable;
    int httpStatus = 0; // 0: no HTTP answer
    QString message;    // for people; never a token or a secret
    double latencyMs = 0;
    QString accessToken;      // requestToken(), when Ok
    int expiresInSeconds = 0; // requestToken(), when Ok
    QByteArray body;          // postStatistics(): GWS's answer as it came
    bool busy = false;        // not sent: too many GWS requests in flight on this node

    bool ok() const { return kind == Kind::Ok; }
};

// The GWS calls GES makes (docs/statistics.md): the OAuth 2.0 client-credentials grant
// against the Authentication API, and the Statistics API's get-statistic-ex. Asynchronous
// through OutboundHttp; each call ends in exactly one `done`, made while `context` lives.
// A completed call to a host the operator named (GwsHostPolicy::isListed), made to serve a
// request, reports whether GWS answered at all (reachability), which feeds GWS_STATUS and
// the `gws` dependency of the health detail; a tenant's own host or an admin's test does
// not. A URL the policy does not allow is not called at all (Unavailable).
class GwsClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const GwsResult &)>;
    static constexpr int kTimeoutMs = 5000;
    // Serve: a real request; its outcome feeds GWS_STATUS when the host is the operator's.
    // Probe: an administrator's test of a tenant's URLs, which never does.
    enum class Purpose
    {
        Serve,
        Probe
    };

    // Every call goes only to a host `hosts` allows (checked before each call).
    GwsClient(OutboundHttp &http, GwsHostPolicy hosts, QObject *parent = nullptr);

    // POST {auth}/auth/v3/oauth/token, grant_type=client_credentials, HTTP Basic client auth
    // (id and secret each form-urlencoded first, RFC 6749 §2.3.1).
    void requestToken(const GwsAccount &account, QObject *context, Done done,
                      Purpose purpose = Purpose::Serve);
    // POST {stats}/statistics/v3/operations/get-statistic-ex with the bearer token.
    void postStatistics(const QUrl &statsUrl, const QString &accessToken, const QByteArray &body,
                        QObject *context, Done done, Purpose purpose = Purpose::Serve);
    // The value of the Authorization header of a token request (public for tests).
    static QByteArray basicAuthorization(const QString &clientId, const QString &clientSecret);
    const GwsHostPolicy &hosts() const { return m_hosts; }

    // A stored URL may be the service's host or already end in its API base path
    // (…/auth/v3, …/statistics/v3): both lead to the same endpoint.
    static QUrl tokenUrl(const QUrl &authUrl);
    static QUrl statisticsUrl(const QUrl &statsUrl);

signals:
    // up: GWS gave an HTTP answer below 500.
    void reachability(bool up, double latencyMs, const QString &error);

private:
    void report(const QUrl &url, Purpose purpose, const GwsResult &result);
    bool refused(const QUrl &url, QObject *context, const Done &done);

    OutboundHttp &m_http;
    GwsHostPolicy m_hosts;
};

} // namespace ges
