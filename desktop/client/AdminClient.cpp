#include "AdminClient.h"

#include "shared/ApiPaths.h"
#include "shared/Envelope.h"
#include "shared/ErrorCodes.h"

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

template <typename T, typename Convert>
AdminClient::RawHandler AdminClient::typed(Handler<T> handler, Convert convert) const
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
            m_server = session->server;
            m_token = result.value()["token"].toString();
            m_session = *session;
            emit sessionStarted(m_session);
        }
        if (guard)
            handler(result);
    };
    const QJsonObject body{{"username", user}, {"password", password}};
    send(QNetworkAccessManager::PostOperation, endpoint(server, ges::paths::Login), body, false,
         this, startSession);
}

void AdminClient::logout(QObject *context, Handler<Done> handler)
{
    if (!hasSession()) {
        failLater(tr("You are not logged in."), context,
                  typed<Done>(std::move(handler), [](const QJsonValue &) { return Done(); }));
        return;
    }
    const QUrl url = endpoint(m_server, ges::paths::Logout);
    send(QNetworkAccessManager::PostOperation, url, QJsonObject(), true, context,
         typed<Done>(std::move(handler), [](const QJsonValue &) { return Done(); }));
    // The local session ends now whatever the server answers: the user asked to leave.
    endSession();
    emit loggedOut();
}

void AdminClient::listCallbacks(const CallbackQuery &query, QObject *context,
                                Handler<CallbackPage> handler)
{
    auto convert = [](const QJsonValue &data) { return CallbackPage::fromData(data); };
    if (!hasSession()) {
        failLater(tr("You are not logged in."), context,
                  typed<CallbackPage>(std::move(handler), convert));
        return;
    }
    send(QNetworkAccessManager::GetOperation,
         endpoint(m_server, ges::paths::AdminCallbacks, query.toUrlQuery()), QJsonObject(), true,
         context, typed<CallbackPage>(std::move(handler), convert));
}

void AdminClient::send(QNetworkAccessManager::Operation operation, const QUrl &url,
                       const QJsonObject &body, bool authenticated, QObject *context,
                       RawHandler handler)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(TimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("ges-admin/%1").arg(QStringLiteral(GES_VERSION)));
    request.setRawHeader("Accept", "application/json");
    const QString tokenUsed = authenticated ? m_token : QString();
    if (authenticated)
        request.setRawHeader("Authorization", "Bearer " + tokenUsed.toUtf8());

    QNetworkReply *reply = nullptr;
    if (operation == QNetworkAccessManager::GetOperation) {
        reply = m_network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
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
            {httpStatus, envelope->errorCode, message, envelope->corrId});
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
    endSession();
    emit sessionExpired();
}

QUrl AdminClient::endpoint(const QUrl &server, const char *path, const QUrlQuery &query) const
{
    QUrl url = server;
    url.setPath(server.path() + QLatin1String(path));
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

void AdminClient::endSession()
{
    m_token.clear();
    m_session = SessionInfo();
}
