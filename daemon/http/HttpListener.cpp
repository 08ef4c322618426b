#include "HttpListener.h"
#include "GuardedTcpServer.h"
#include "ops/Log.h"
#include "ops/Metrics.h"
#include "shared/ErrorCodes.h"

#include <QtHttpServer/QHttpServerRequest>

namespace ges {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

bool isJsonContentType(const QByteArray &value)
{
    const QByteArray type = value.split(';').constFirst().trimmed().toLower();
    return type == "application/json" ||
           (type.startsWith("application/") && type.endsWith("+json"));
}

} // namespace

HttpListener::HttpListener(ListenerPolicy policy, Router router, Authenticator authenticator,
                           Metrics &metrics, QObject *parent)
    : QAbstractHttpServer(parent), m_policy(std::move(policy)), m_router(std::move(router)),
      m_authenticator(std::move(authenticator)), m_metrics(metrics)
{
}

void HttpListener::startDraining()
{
    for (QTcpServer *server : servers()) {
        server->close();
        if (auto *guarded = qobject_cast<GuardedTcpServer *>(server))
            guarded->connections().startDraining();
    }
}

int HttpListener::partialRequests() const
{
    int partial = 0;
    for (QTcpServer *server : servers())
        if (auto *guarded = qobject_cast<GuardedTcpServer *>(server))
            partial += guarded->connections().partialRequests();
    return partial;
}

bool HttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path(QUrl::FullyEncoded);
    ++m_inFlight; // until finished() runs for this exchange
    auto exchange = std::make_shared<HttpExchange>(
        makeResponder(request, socket), socket, method, path, request.query(), request.headers(),
        request.body(), request.remoteAddress(),
        [this](const HttpExchange &done) { finished(done); });
    if (!precheck(exchange, request))
        return true;
    const Router::Match match = m_router.match(method, path);
    if (!match.route) {
        exchange->routeName = QStringLiteral("unmatched");
        if (match.pathKnown)
            exchange->replyError(
                {405,
                 errc::MethodNotAllowed,
                 QStringLiteral("%1 is not allowed on %2").arg(QString::fromLatin1(method), path),
                 {},
                 0});
        else
            exchange->replyError(
                ApiError::notFound(errc::NotFound, QStringLiteral("no such path: %1").arg(path)));
        return true;
    }
    const Route *route = match.route;
    exchange->routeName =
        route->path;
    exchange->pathParameter = QUrl::fromPercentEncoding(match.parameter.toUtf8());
    exchange->permission = route->permission;
    const bool hasBody = !exchange->body().isEmpty();
    if (hasBody && !isJsonContentType(exchange->header("content-type"))) {
        exchange->replyError(
            {415,
             errc::UnsupportedMediaType,
             QStringLiteral("the body must be JSON (Content-Type: application/json)"),
             {},
             0});
        return true;
    }
    Handler handler = route->handler;
    m_authenticator(exchange, route->auth, [exchange, handler] { handler(exchange); });
    return true;
}

bool HttpListener::precheck(const ExchangePtr &exchange, const QHttpServerRequest &request)
{
    if (m_inFlight > m_policy.maxInFlight) {
        exchange->routeName = QStringLiteral("rejected");
        exchange->replyError(ApiError::unavailable(
            QStringLiteral("too many requests in progress; try again shortly"), 1));
        return false;
    }
    const qint64 declared = exchange->header("content-length").toLongLong();
    if (request.body().size() > m_policy.maxBodyBytes || declared > m_policy.maxBodyBytes) {
        exchange->routeName = QStringLiteral("rejected");
        exchange->replyError(
            {413,
             errc::PayloadTooLarge,
             QStringLiteral("the body is larger than %1 bytes").arg(m_policy.maxBodyBytes),
             {},
             0});
        return false;
    }
    if (m_policy.refuseCcidHeaders &&
        (exchange->hasHeader("ccid") || exchange->hasHeader("contactcenterid"))) {
        exchange->routeName = QStringLiteral("rejected");
        exchange->replyError(ApiError::badRequest(
            errc::CcidHeaderNotAllowed,
            QStringLiteral("ccid and ContactCenterID headers are not accepted: the tenant comes "
                           "from the API key")));
        return false;
    }
    return true;
}

void HttpListener::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest answers everything. Kept as a last resort.
    ++m_inFlight;
    auto exchange = std::make_shared<HttpExchange>(
        makeResponder(request, socket), socket, methodName(request.method()), request.url().path(),
        request.query(), request.headers(), QByteArray(), request.remoteAddress(),
        [this](const HttpExchange &done) { finished(done); });
    exchange->routeName = QStringLiteral("unmatched");
    exchange->replyError(ApiError::notFound(errc::NotFound, QStringLiteral("no such path")));
}

void HttpListener::finished(const HttpExchange &exchange)
{
    --m_inFlight;
    const QString code = QString::number(exchange.status());
    const QString method = QString::fromLatin1(exchange.method());
    const Labels labels{{"method", method}, {"route", exchange.routeName}, {"code", code}};
    m_metrics.inc("ges_http_requests_total", labels);
    m_metrics.observe("ges_http_request_duration_seconds", labels, exchange.elapsedNs() / 1e9);
    if (exchange.status() >= 400)
        m_metrics.inc("ges_http_failed_requests_total", {{"path", exchange.routeName},
                                                         {"httpCode", code},
                                                         {"tenant", exchange.principal.tenant}});
    const log::Level level = exchange.status() >= 500   ? log::Level::Warn
                             : exchange.status() >= 400 ? log::Level::Info
                                                        : log::Level::Debug;
    if (log::enabled(level))
        log::write(level, "http", QStringLiteral("request"),
                   {{"listener", m_policy.name},
                    {"method", method},
                    {"path", exchange.path().left(200)},
                    {"status", code},
                    {"errorCode", exchange.errorCode()},
                    {"ms", QString::number(exchange.elapsedNs() / 1e6, 'f', 2)},
                    {"tenant", exchange.principal.tenant},
                    {"corrId", exchange.corrId()},
                    {"clientGone", exchange.clientGone() ? "true" : "false"}});
    if (m_finishedSink)
        m_finishedSink(exchange);
}

} // namespace ges
