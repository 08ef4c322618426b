#pragma once
#include "ApiResult.h"
#include "SessionInfo.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <variant>

class QIODevice;
class QNetworkReply;

// The one typed client of the admin API (API.md §4); no widget talks HTTP itself.
//
// Every request is asynchronous and ends in exactly one call of its handler, made only
// while `context` still exists (so a closed dialog is never called back). Session changes
// are signals, because several parts of the window react to them.
//
// Areas add their typed calls in their own classes (CallbacksApi, ...) on top of call()
// and typed(), so this class stays the transport: server, token, envelope, errors.
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
    // Any admin API call as the logged-in user. `method` is GET, POST, PUT or DELETE;
    // `path` a filled-in path of shared/ApiPaths.h (ges::paths::with()); `body` is sent
    // as JSON unless it is undefined. The handler gets the envelope's `data`.
    void call(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const QJsonValue &body, QObject *context, Handler<QJsonValue> handler);
    // A streamed GET (export): the body goes to `sink` as it arrives; `progress` gets the
    // bytes received so far. An error answer (HTTP >= 400) is read as an envelope and
    // nothing of it reaches `sink`. No transfer timeout: a long export may be slow.
    void download(const QString &path, const QUrlQuery &query, QIODevice *sink, QObject *context,
                  std::function<void(qint64 bytes)> progress, Handler<Done> handler);
    // A GET of a plain JSON document that is not in the envelope (health detail): the
    // handler gets the JSON object whatever the HTTP status, since a DOWN server answers
    // 503 with the same readable report. Sent without the token: these paths need none.
    void getDocument(const QString &path, QObject *context, Handler<QJsonValue> handler);
    int requestsInFlight() const { return m_inFlight; }

    // Wraps a handler of T into one of the raw `data`: `convert(data)` gives
    // std::optional<T>; nullopt is reported as an answer this version cannot read.
    template <typename T, typename Convert>
    static Handler<QJsonValue> typed(Handler<T> handler, Convert convert);

signals:
    void sessionStarted(const SessionInfo &session);
    // The session ended on the user's request, or another user (or server) logged in
    // after it expired (emitted just before their sessionStarted): clear what it showed.
    void loggedOut();
    // The server no longer knows our token (expired after inactivity, or ended elsewhere).
    void sessionExpired();
    // Some request is under way (true) or none is any more (false): the busy indicator.
    void activityChanged(bool busy);

private:
    using RawHandler = Handler<QJsonValue>;

    void send(const QByteArray &method, const QUrl &url, const QJsonValue &body, bool authenticated,
              QObject *context, RawHandler handler);
    QNetworkRequest makeRequest(const QUrl &url, const QString &token) const;
    void track(QNetworkReply *reply);
    void failLater(const QString &message, QObject *context, RawHandler handler);
    ApiResult<QJsonValue> readReply(QNetworkReply *reply) const;
    void noticeExpiredSession(const ClientError &error, const QString &tokenUsed);
    QUrl endpoint(const QUrl &server, const QString &path, const QUrlQuery &query = {}) const;
    void endSession();
    void endPreviousUser(const SessionInfo &next);

    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_token;
    SessionInfo m_session;
    SessionInfo m_expired; // the session that expired, until the next login
    int m_inFlight = 0;
};

template <typename T, typename Convert>
AdminClient::Handler<QJsonValue> AdminClient::typed(Handler<T> handler, Convert convert)
{
    return [handler = std::move(handler), convert](const ApiResult<QJsonValue> &raw) {
        if (!raw.ok()) {
            handler(ApiResult<T>::failure(raw.error()));
            return;
        }
        std::optional<T> value = convert(raw.value());
        if (!value) {
            handler(ApiResult<T>::failure(
                {200, {}, tr("The server sent an answer this version cannot read."), {}}));
            return;
        }
        handler(ApiResult<T>::success(std::move(*value)));
    };
}
