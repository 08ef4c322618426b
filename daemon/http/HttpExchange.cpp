#include "HttpExchange.h"
#include "shared/Envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <cctype>

namespace ges {

namespace {
constexpr char kJson[] = "application/json; charset=utf-8";

// A caller's own X-Correlation-Id is kept when it is a plain token, so one id can follow a
// request through a gateway; anything else gets a fresh UUID (no log injection).
QString correlationIdFrom(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    for (const auto &[key, value] : headers) {
        if (key.compare("x-correlation-id", Qt::CaseInsensitive) != 0)
            continue;
        const bool plain = !value.isEmpty() && value.size() <= 64 &&
                           std::all_of(value.begin(), value.end(), [](char c) {
                               return std::isalnum(static_cast<unsigned char>(c)) || c == '-' ||
                                      c == '_' || c == '.';
                           });
        if (plain)
            return QString::fromLatin1(value);
    }
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

HttpExchange::HttpExchange(QHttpServerResponder &&responder, QTcpSocket *socket, QByteArray method,
                           QString path, QUrlQuery query,
                           QList<QPair<QByteArray, QByteArray>> headers, QByteArray body,
                           QHostAddress peer, FinishedHook onFinished)
    : m_responder(std::move(responder)), m_socket(socket), m_method(std::move(method)),
      m_path(std::move(path)), m_query(std::move(query)), m_headers(std::move(headers)),
      m_body(std::move(body)), m_peer(std::move(peer)), m_corrId(correlationIdFrom(m_headers)),
      m_onFinished(std::move(onFinished))
{
    m_timer.start();
}

QByteArray HttpExchange::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool HttpExchange::hasHeader(const QByteArray &name) const
{
    for (const auto &header : m_headers)
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool HttpExchange::clientGone() const
{
    return !m_socket || m_socket->state() != QAbstractSocket::ConnectedState;
}

void HttpExchange::replyData(const QJsonValue &data)
{
    reply(200, envelope::success(data, m_corrId), kJson);
}

void HttpExchange::replyError(const ApiError &error)
{
    m_errorCode = error.errorCode;
    reply(error.httpStatus, envelope::failure(error, m_corrId), kJson, error.retryAfterSeconds);
}

void HttpExchange::replyJson(int status, const QJsonValue &json)
{
    const QByteArray body = json.isArray()
                                ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    reply(status, body, kJson);
}

void HttpExchange::reply(int status, const QByteArray &body, const QByteArray &contentType,
                         int retryAfterSeconds)
{
    if (m_status != 0)
        return;
    m_status = status;
    if (!clientGone() && m_responder) {
        const auto code = static_cast<QHttpServerResponder::StatusCode>(status);
        const QByteArray corr = m_corrId.toLatin1();
        if (retryAfterSeconds > 0)
            m_responder->write(body,
                               {{"Content-Type", contentType},
                                {"X-Correlation-Id", corr},
                                {"Retry-After", QByteArray::number(retryAfterSeconds)}},
                               code);
        else
            m_responder->write(body, {{"Content-Type", contentType}, {"X-Correlation-Id", corr}},
                               code);
    }
    // The responder must not outlive a socket that QtHttpServer deletes on disconnect.
    m_responder.reset();
    if (m_onFinished)
        m_onFinished(*this);
}

} // namespace ges
