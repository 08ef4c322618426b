#pragma once
#include "domain/Principal.h"
#include "shared/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtHttpServer/QHttpServerResponder>
#include <functional>
#include <memory>
#include <optional>

namespace ges {

// One request and its pending answer. Everything needed from the QHttpServerRequest is
// copied at arrival, because the request and its socket may be gone by the time the
// answer is ready (QtHttpServer 6.4 keeps only raw pointers). Answering twice, or after
// the client left, is harmless.
class HttpExchange
{
public:
    using FinishedHook = std::function<void(const HttpExchange &)>;

    HttpExchange(QHttpServerResponder &&responder, QTcpSocket *socket, QByteArray method,
                 QString path, QUrlQuery query, QList<QPair<QByteArray, QByteArray>> headers,
                 QByteArray body, QHostAddress peer, FinishedHook onFinished);

    const QByteArray &method() const { return m_method; }
    const QString &path() const { return m_path; }
    const QUrlQuery &query() const { return m_query; }
    const QByteArray &body() const { return m_body; }
    const QHostAddress &peer() const { return m_peer; }
    QByteArray header(QByteArrayView name) const; // case-insensitive
    bool hasHeader(QByteArrayView name) const;
    const QString &corrId() const { return m_corrId; }
    qint64 elapsedNs() const { return m_timer.nsecsElapsed(); }

    QString routeName;     // for metrics: the route template, not the raw path
    QString pathParameter; // the {name} part of a prefix route
    Principal principal;
    std::optional<Permission> permission; // of an admin route (AdminEndpoints.h)

    void replyData(const QJsonValue &data);
    void replyDataJson(const QByteArray &data); // `data` already serialised (compact JSON)
    void replyError(const ApiError &error);
    void replyJson(int status, const QJsonValue &json); // no envelope (health)
    void reply(int status, const QByteArray &body, const QByteArray &contentType,
               int retryAfterSeconds = 0);

    // Streaming (exports): a 200 with Transfer-Encoding: chunked, written piece by piece
    // so a large answer never sits in memory whole. beginStream() sends the status line
    // and headers; writeChunk() one piece; whenDrained() calls `next` once the socket's
    // unsent bytes are at most `maxPending`, or the client left (check clientGone());
    // endStream() sends the last chunk. abortStream() closes the connection mid-way (the
    // client sees an incomplete body). The finished hook runs once, at the end of either,
    // or when the exchange is dropped while streaming. False: the client is gone.
    bool beginStream(const QByteArray &contentType,
                     const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    bool writeChunk(const QByteArray &data);
    void whenDrained(qint64 maxPending, std::function<void()> next);
    void endStream();
    void abortStream();
    bool streaming() const { return m_streaming; }
    ~HttpExchange();

    int status() const { return m_status; }
    const QString &errorCode() const { return m_errorCode; }
    const QString &errorMessage() const { return m_errorMessage; } // status.message
    bool clientGone() const;

private:
    std::optional<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QHostAddress m_peer;
    QString m_corrId;
    QElapsedTimer m_timer;
    FinishedHook m_onFinished;
    int m_status = 0;
    QString m_errorCode;
    bool m_streaming = false; // between beginStream() and its end

    void finishStream();
    void answered(); // tells the connection (ConnectionDrain), once
    QString m_errorMessage;
    bool m_counted = true; // by ConnectionDrain::requestStarted, until answered()
};

using ExchangePtr = std::shared_ptr<HttpExchange>;

} // namespace ges
