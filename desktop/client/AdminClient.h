#pragma once
#include "ApiResult.h"
#include "CallbackPage.h"
#include "CallbackQuery.h"
#include "SessionInfo.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <variant>

class QNetworkReply;

// The one typed client of the admin API (API.md §4); no widget talks HTTP itself.
//
// Every request is asynchronous and ends in exactly one call of its handler, made only
// while `context` still exists (so a closed dialog is never called back). Session changes
// are signals, because several parts of the window react to them.
class AdminClient : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Handler = std::function<void(const ApiResult<T> &)>;
    using Done = std::monostate;

    static constexpr int TimeoutMs = 15000;

    explicit AdminClient(QObject *parent = nullptr);

    bool hasSession() const { return !m_token.isEmpty(); }
    const SessionInfo &session() const { return m_session; }
    QString token() const { return m_token; }

    void login(const QString &serverUrl, const QString &user, const QString &password,
               QObject *context, Handler<SessionInfo> handler);
    void logout(QObject *context, Handler<Done> handler);
    void listCallbacks(const CallbackQuery &query, QObject *context, Handler<CallbackPage> handler);

signals:
    void sessionStarted(const SessionInfo &session);
    void loggedOut();
    // The server no longer knows our token (expired after inactivity, or ended elsewhere).
    void sessionExpired();

private:
    using RawHandler = std::function<void(const ApiResult<QJsonValue> &)>;

    void send(QNetworkAccessManager::Operation operation, const QUrl &url, const QJsonObject &body,
              bool authenticated, QObject *context, RawHandler handler);
    void failLater(const QString &message, QObject *context, RawHandler handler);
    ApiResult<QJsonValue> readReply(QNetworkReply *reply) const;
    void noticeExpiredSession(const ClientError &error, const QString &tokenUsed);
    QUrl endpoint(const QUrl &server, const char *path, const QUrlQuery &query = {}) const;
    void endSession();

    template <typename T, typename Convert>
    RawHandler typed(Handler<T> handler, Convert convert) const;

    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_token;
    SessionInfo m_session;
};
