#include "AdminClient.h"

#include "shared/ApiPaths.h"
#include "shared/Envelope.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {
// Not in shared/ErrorCodes.h yet: the daemon may answer an expired token either way.
constexpr char SessionExpiredCode[] = "SESSION_EXPIRED";

QUrl normalisedServer(const QString &text)
{
    QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || (url.scheme() != "http" && url.scheme() != "https") ||
        url.host().isEmpty())
        return {};
    QString path = url.path();
    while (path.endsWith('/'))
        path.chop(1);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}
} // namespace

AdminClient::AdminClient(QObject *parent) : QObject(parent) {}

void AdminClient::login(const QString &serverUrl, const QString &user, const QString &password,
                        QObject *context, Handler<SessionInfo> handler)
{
    const QUrl server = normalisedServer(serverUrl);
    auto convert = [server](const QJsonValue &data) -> std::optional<SessionInfo> {
        if (data["token"].toString().isEmpty())
            return std::nullopt;
        return SessionInfo::fromLoginData(data, server);
    };
    if (server.isEmpty()) {
        failLater(tr("\"%1\" is not a valid server address (http://host:port).").arg(serverUrl),
                  context, typed<SessionInfo>(std::move(handler), convert));
        return;
    }
    // The session starts even if `context` is gone meanwhile: the server has opened it.
    QPointer<QObject> guard(context);
    auto startSession = [this, convert, guard, handler = typed<SessionInfo>(handler, convert)](
                            const ApiResult<QJsonValue> &result) {
        if (const auto session = result.ok() ? convert(result.value()) : std::nullopt) {
            endPreviousUser(*session);
            m_server = session->server;
            m_token = result.value()["token"].toString();
            m_session = *session;
            emit sessionStarted(m_session);
        }
        if (guard)
            handler(result);
    };
    const QJsonObject body{{"username", user}, {"password", password}};
    send("POST", endpoint(server, QLatin1String(ges::paths::Login)), body, false, this,
         startSession);
}

void AdminClient::logout(QObject *context, Handler<Done> handler)
{
    if (!hasSession()) {
        failLater(tr("You are not logged in."), context,
                  typed<Done>(std::move(handler), [](const QJsonValue &) { return Done(); }));
        return;
    }
    const QUrl url = endpoint(m_server, QLatin1String(ges::paths::Logout));
    send("POST", url, QJsonObject(), true, context,
         typed<Done>(std::move(handler), [](const QJsonValue &) { return Done(); }));
    // The local session ends now whatever the server answers: the user asked to leave.
    endSession();
    m_expired = SessionInfo();
    emit loggedOut();
}

void AdminClient::call(const QByteArray &method, const QString &path, const QUrlQuery &query,
                       const QJsonValue &body, QObject *context, Handler<QJsonValue> handler)
{
    if (!hasSession()) {
        failLater(tr("You are not logged in."), context, std::move(handler));
        return;
    }
    send(method, endpoint(m_server, path, query), body, true, context, std::move(handler));
}

void AdminClient::getDocument(const QString &path, QObject *context, Handler<QJsonValue> handler)
{
    if (!hasSession()) {
        failLater(tr("You are not logged in."), context, std::move(handler));
        return;
    }
    QNetworkReply *reply = m_network.get(makeRequest(endpoint(m_server, path), QString()));
    track(reply);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, handler = std::move(handler)] {
        reply->deleteLater();
        if (!guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        if (document.isObject())
            return handler(ApiResult<QJsonValue>::success(document.object()));
        const QString message = status == 0
                                    ? tr("Cannot reach the server: %1").arg(reply->errorString())
                                    : tr("The server answered HTTP %1.").arg(status);
        handler(ApiResult<QJsonValue>::failure({status, {}, message, {}}));
    });
}

void AdminClient::download(const QString &path, const QUrlQuery &query, QIODevice *sink,
                           QObject *context, std::function<void(qint64)> progress,
                           Handler<Done> handler)
{
    auto done = typed<Done>(std::move(handler), [](const QJsonValue &) { return Done(); });
    if (!hasSession()) {
        failLater(tr("You are not logged in."), context, std::move(done));
        return;
    }
    QNetworkRequest request = makeRequest(endpoint(m_server, path, query), m_token);
    request.setTransferTimeout(0);
    QNetworkReply *reply = m_network.get(request);
    track(reply);
    QPointer<QObject> guard(context);
    QPointer<QIODevice> target(sink);
    // Until the status is known the body may be an error envelope, kept for readReply().
    connect(reply, &QNetworkReply::readyRead, this, [reply, target, guard, progress] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 400)
            return;
        if (!target || !guard) {
            reply->abort(); // the receiver is gone (a cancelled export): stop the transfer
            return;
        }
        target->write(reply->readAll());
        if (progress)
            progress(target->pos());
    });
    const QString tokenUsed = m_token;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, target, tokenUsed, done = std::move(done)] {
                reply->deleteLater();
                if (!guard)
                    return; // nobody waits; an aborted reply has nothing left to read
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                ApiResult<QJsonValue> result = ApiResult<QJsonValue>::success(QJsonValue());
                if (status >= 400 || status == 0 || reply->error() != QNetworkReply::NoError) {
                    result = readReply(reply);
                    if (result.ok()) // a broken stream after a 200
                        result = ApiResult<QJsonValue>::failure(
                            {status,
                             {},
                             tr("The transfer broke off: %1").arg(reply->errorString()),
                             {}});
                    noticeExpiredSession(result.error(), tokenUsed);
                } else if (target) {
                    target->write(reply->readAll());
                }
                done(result);
            });
}

QNetworkRequest AdminClient::makeRequest(const QUrl &url, const QString &token) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(TimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("ges-admin/%1").arg(QStringLiteral(GES_VERSION)));
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return request;
}

void AdminClient::send(const QByteArray &method, const QUrl &url, const QJsonValue &body,
                       bool authenticated, QObject *context, RawHandler handler)
{
    const QString tokenUsed = authenticated ? m_token : QString();
    QNetworkRequest request = makeRequest(url, tokenUsed);
    QByteArray payload;
    if (!body.isUndefined() && !body.isNull()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        payload = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    track(reply);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, tokenUsed, handler = std::move(handler)] {
                reply->deleteLater();
                const ApiResult<QJsonValue> result = readReply(reply);
                if (!result.ok() && !tokenUsed.isEmpty())
                    noticeExpiredSession(result.error(), tokenUsed);
                if (guard)
                    handler(result);
            });
}

void AdminClient::track(QNetworkReply *reply)
{
    if (m_inFlight++ == 0)
        emit activityChanged(true);
    connect(reply, &QNetworkReply::finished, this, [this] {
        if (--m_inFlight == 0)
            emit activityChanged(false);
    });
}

// Checks that fail before any request still answer asynchronously, as every request does.
void AdminClient::failLater(const QString &message, QObject *context, RawHandler handler)
{
    QTimer::singleShot(0, context, [message, handler = std::move(handler)] {
        handler(ApiResult<QJsonValue>::failure({0, {}, message, {}}));
    });
}

ApiResult<QJsonValue> AdminClient::readReply(QNetworkReply *reply) const
{
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (httpStatus == 0) {
        // setTransferTimeout() ends a stalled request with OperationCanceledError.
        const QString message =
            reply->error() == QNetworkReply::OperationCanceledError
                ? tr("The server did not answer within %1 seconds.").arg(TimeoutMs / 1000)
                : tr("Cannot reach the server: %1").arg(reply->errorString());
        return ApiResult<QJsonValue>::failure({0, {}, message, {}});
    }
    const auto envelope = ges::envelope::parse(reply->readAll());
    if (!envelope) {
        return ApiResult<QJsonValue>::failure(
            {httpStatus,
             {},
             tr("The server answered HTTP %1 without a readable body.").arg(httpStatus),
             {}});
    }
    if (httpStatus >= 400 || envelope->code != 0) {
        QString message = envelope->message;
        if (message.isEmpty())
            message = tr("The server answered HTTP %1.").arg(httpStatus);
        return ApiResult<QJsonValue>::failure(
            {httpStatus, envelope->errorCode, message, envelope->corrId, envelope->details});
    }
    return ApiResult<QJsonValue>::success(envelope->data);
}

void AdminClient::noticeExpiredSession(const ClientError &error, const QString &tokenUsed)
{
    const bool expired =
        error.httpStatus == 401 && (error.errorCode == QLatin1String(ges::errc::Unauthorized) ||
                                    error.errorCode == QLatin1String(SessionExpiredCode));
    // Several requests may fail with the same old token; the session ends only once.
    if (!expired || tokenUsed != m_token)
        return;
    m_expired = m_session;
    endSession();
    emit sessionExpired();
}

// After an expiry the window keeps the user's work for their next login; a different
// user (or server) must not see it, so for them the old session ends as on logout.
void AdminClient::endPreviousUser(const SessionInfo &next)
{
    const SessionInfo previous = hasSession() ? m_session : m_expired;
    m_expired = SessionInfo();
    if (previous.userName.isEmpty() ||
        (previous.server == next.server && previous.userName == next.userName))
        return;
    endSession();
    emit loggedOut();
}

QUrl AdminClient::endpoint(const QUrl &server, const QString &path, const QUrlQuery &query) const
{
    QUrl url = server;
    // `path` may hold percent-encoded segments (ges::paths::with()): keep them encoded.
    url.setPath(server.path() + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

void AdminClient::endSession()
{
    m_token.clear();
    m_session = SessionInfo();
}
