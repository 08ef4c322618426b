#pragma once
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace ges::test {

// A stand-in for Genesys Web Services on loopback, speaking the two calls GES makes:
//   POST /auth/v3/oauth/token  grant_type=client_credentials, HTTP Basic client id:secret
//        (each form-urlencoded first, RFC 6749 §2.3.1; the answer sets a cookie)
//        → {"access_token", "token_type": "bearer", "expires_in", "scope"}, or 401
//          {"error": "invalid_client"} / 400 {"error": "unsupported_grant_type"}
//   POST /statistics/v3/operations/get-statistic-ex  Authorization: Bearer <token>
//        → {"status": {"code": 0}, "data": {"statistics": [...]}}: each requested
//          statistic echoed with a value derived from its name only (deterministic)
// Tokens expire on the fake's side too, after expires_in. It counts what it was asked,
// and can revoke its tokens, fail with 500, or go down (stop listening, drop connections).
class FakeGws : public QObject
{
    Q_OBJECT
public:
    FakeGws(QString clientId, QString clientSecret, QObject *parent = nullptr);
    ~FakeGws() override;

    bool start(); // on a free loopback port; again after stop(): the same port
    void stop();  // down: no listener, open connections closed
    bool running() const { return m_server != nullptr; }

    QString baseUrl() const;  // http://127.0.0.1:port
    QString authUrl() const;  // baseUrl()/auth/v3
    QString statsUrl() const; // baseUrl()/statistics/v3

    void setExpiresIn(int seconds) { m_expiresIn = seconds; }
    void setStatisticsFailing(bool failing) { m_statsFail = failing; } // 500
    void revokeTokens() { m_tokens.clear(); }                          // next stats call: 401

    int tokenRequests() const { return m_tokenRequests; }
    int statsRequests() const { return m_statsRequests; }
    QByteArray lastStatsBody() const { return m_lastStatsBody; }
    int cookiesSeen() const { return m_cookiesSeen; } // requests that came with a Cookie

    // The answer the stats endpoint gives to `request` (tests compare with it).
    static QJsonObject answerFor(const QJsonObject &request);

private:
    QHttpServerResponse token(const QHttpServerRequest &request);
    QHttpServerResponse statistics(const QHttpServerRequest &request);

    QString m_clientId;
    QString m_clientSecret;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    int m_expiresIn = 3600;
    bool m_statsFail = false;
    QHash<QString, qint64> m_tokens; // token → expiry (ms since epoch)
    int m_issued = 0;
    int m_tokenRequests = 0;
    int m_statsRequests = 0;
    int m_cookiesSeen = 0;
    QByteArray m_lastStatsBody;
};

} // namespace ges::test
