#include "HttpExchange.h"
#include "ConnectionDrain.h"
#include "shared/Envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cctype>
#include <utility>

namespace ges {

namespace {
// Static data, not a QByteArray made from a C string on every answer.
QByteArray jsonType()
{
    return QByteArrayLiteral("application/json; charset=utf-8");
}

// A random (version 4) UUID from Qt's global generator, seeded once from the system's:
// QUuid::createUuid asks the system's generator every time, which was 4% of a retrieve's
// CPU. An id only has to be unique, not unguessable.
QString freshCorrelationId()
{
    quint64 bits[2] = {QRandomGenerator::global()->generate64(),
                       QRandomGenerator::global()->generate64()};
    QByteArray bytes(reinterpret_cast<const char *>(bits), sizeof bits);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

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
    return freshCorrelationId();
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
    ConnectionDrain::requestStarted(socket);
}

void HttpExchange::answered()
{
    if (std::exchange(m_counted, false))
        ConnectionDrain::requestAnswered(m_socket);
}

QByteArray HttpExchange::header(QByteArrayView name) const
{
    // A view: callers pass literals, which as QByteArrays would each be an allocation.
    for (const auto &[key, value] : m_headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool HttpExchange::hasHeader(QByteArrayView name) const
{
    for (const auto &header : m_headers)
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool HttpExchange::clientGone() const
{
    return !m_socket || m_socket->state() != QAbstractSocket::ConnectedState;
}

void HttpExchange::replyData(const QJsonValue &data)
{
    reply(200, envelope::success(data, m_corrId), jsonType());
}

void HttpExchange::replyDataJson(const QByteArray &data)
{
    reply(200, envelope::successJson(data, m_corrId), jsonType());
}

void HttpExchange::replyError(const ApiError &error)
{
    m_errorCode = error.errorCode;
    m_errorMessage = error.message;
    reply(error.httpStatus, envelope::failure(error, m_corrId), jsonType(),
          error.retryAfterSeconds);
}

void HttpExchange::replyJson(int status, const QJsonValue &json)
{
    const QByteArray body = json.isArray()
                                ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    reply(status, body, jsonType());
}

void HttpExchange::reply(int status, const QByteArray &body, const QByteArray &contentType,
                         int retryAfterSeconds)
{
    if (m_status != 0)
        return;
    m_status = status;
    if (!clientGone() && m_responder) {
        // As QHttpServerResponder::write(data, headers, status) in 6.4, with the headers
        // that depend on the moment: Retry-After, and Connection: close while draining.
        m_responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
        m_responder->writeHeader(QByteArrayLiteral("Content-Type"), contentType);
        m_responder->writeHeader(QByteArrayLiteral("X-Correlation-Id"), m_corrId.toLatin1());
        if (retryAfterSeconds > 0)
            m_responder->writeHeader(QByteArrayLiteral("Retry-After"),
                                     QByteArray::number(retryAfterSeconds));
        if (ConnectionDrain::closesAfterAnswer(m_socket))
            m_responder->writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
        m_responder->writeHeader(QByteArrayLiteral("Content-Length"),
                                 QByteArray::number(body.size()));
        m_responder->writeBody(body); // ends the header block first, even when empty
    }
    // The responder must not outlive a socket that QtHttpServer deletes on disconnect.
    m_responder.reset();
    answered();
    if (m_onFinished)
        m_onFinished(*this);
}

} // namespace ges

namespace ges {

namespace {
// A client that reads nothing for this long is dropped, so a stalled export cannot hold
// its request open forever.
constexpr int kStallTimeoutMs = 120000;
} // namespace

HttpExchange::~HttpExchange()
{
    if (m_streaming)
        finishStream(); // dropped mid-way: the hook still runs, once
    answered(); // dropped unanswered: the connection is not left waiting for it
}

bool HttpExchange::beginStream(const QByteArray &contentType,
                               const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    if (m_status != 0)
        return false;
    m_status = 200;
    if (clientGone() || !m_responder) {
        m_streaming = true;
        finishStream();
        return false;
    }
    m_streaming = true;
    m_responder->writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    m_responder->writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    m_responder->writeHeader(QByteArrayLiteral("X-Correlation-Id"), m_corrId.toLatin1());
    m_responder->writeHeader(QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked"));
    if (ConnectionDrain::closesAfterAnswer(m_socket))
        m_responder->writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    for (const auto &[key, value] : extraHeaders)
        m_responder->writeHeader(key, value);
    return true;
}

bool HttpExchange::writeChunk(const QByteArray &data)
{
    if (!m_streaming || clientGone() || !m_responder)
        return false;
    if (data.isEmpty())
        return true; // an empty chunk would end the body
    // QHttpServerResponder 6.4: the first writeBody() ends the header block itself.
    m_responder->writeBody(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    return true;
}

void HttpExchange::whenDrained(qint64 maxPending, std::function<void()> next)
{
    QTcpSocket *socket = m_socket;
    if (!socket || clientGone() || socket->bytesToWrite() <= maxPending)
        return next();
    // Once: on the first bytesWritten that brings the backlog down, on disconnect, or
    // (the client stalled) after the timeout, which drops the connection.
    auto pending = std::make_shared<std::function<void()>>(std::move(next));
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    const QPointer<QTcpSocket> guarded(socket);
    auto check = [guarded, maxPending, pending, connections](bool force) {
        if (!*pending)
            return;
        if (!force && guarded && guarded->state() == QAbstractSocket::ConnectedState &&
            guarded->bytesToWrite() > maxPending)
            return;
        for (const auto &c : std::as_const(*connections))
            QObject::disconnect(c);
        auto run = std::move(*pending);
        *pending = nullptr;
        run();
    };
    connections->append(QObject::connect(socket, &QTcpSocket::bytesWritten, socket,
                                         [check](qint64) { check(false); }));
    connections->append(
        QObject::connect(socket, &QAbstractSocket::disconnected, socket, [check] { check(true); }));
    const std::weak_ptr<std::function<void()>> stalled = pending;
    QTimer::singleShot(kStallTimeoutMs, socket, [guarded, stalled] {
        const auto still = stalled.lock();
        if (still && *still && guarded)
            guarded->abort(); // emits disconnected: `next` runs and finds the client gone
    });
}

void HttpExchange::endStream()
{
    if (!m_streaming)
        return;
    if (!clientGone() && m_responder)
        m_responder->writeBody(QByteArrayLiteral("0\r\n\r\n"));
    finishStream();
}

void HttpExchange::abortStream()
{
    if (!m_streaming)
        return;
    if (!clientGone())
        m_socket->disconnectFromHost(); // no last chunk: the client knows it is incomplete
    finishStream();
}

void HttpExchange::finishStream()
{
    m_streaming = false;
    m_responder.reset();
    answered();
    if (m_onFinished)
        m_onFinished(*this);
}

} // namespace ges
