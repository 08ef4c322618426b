#include "GuardedTcpServer.h"
#include "ops/Metrics.h"
#include "shared/Envelope.h"
#include "shared/ErrorCodes.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace ges {

namespace {
constexpr char kRejected[] = "ges.rejected";
} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, Metrics &metrics, QObject *parent)
    : QTcpServer(parent), m_maxBodyBytes(maxBodyBytes), m_metrics(metrics)
{
    m_connections = new ConnectionDrain(
        [this](QTcpSocket *socket) {
            const auto framer = m_framers.constFind(socket);
            return framer != m_framers.cend() && !framer->atBoundary();
        },
        this);
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    QSslSocket *ssl = m_tls ? new QSslSocket(this) : nullptr;
    QTcpSocket *socket = ssl ? ssl : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (ssl) {
        // A failed handshake (plain HTTP, an untrusting client) ends the connection;
        // QtHttpServer never sees a byte of it. Writes before the handshake is done wait.
        connect(ssl, &QSslSocket::errorOccurred, ssl, [ssl](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::SslHandshakeFailedError)
                ssl->abort();
        });
        ssl->setSslConfiguration(*m_tls);
        ssl->startServerEncryption();
    }
    // Bounded buffering per connection: a fast sender waits in the kernel, not in our memory.
    socket->setReadBufferSize(m_maxBodyBytes + RequestFramer::kMaxHeaderBytes);
    m_framers.insert(socket, RequestFramer(m_maxBodyBytes));
    m_connections->add(socket);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_framers.remove(socket); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    addPendingConnection(socket);
}

void GuardedTcpServer::inspect(QTcpSocket *socket)
{
    if (socket->property(kRejected).toBool()) {
        socket->readAll(); // drain: QtHttpServer must not buffer a refused body
        return;
    }
    auto framer = m_framers.find(socket);
    if (framer == m_framers.end())
        return;
    if (framer->feed(socket->peek(socket->bytesAvailable())) != RequestFramer::Verdict::Fine)
        reject(socket, framer->method(), framer->refusal());
}

void GuardedTcpServer::reject(QTcpSocket *socket, const QByteArray &method,
                              const RequestFramer::Refusal &refusal)
{
    const QString code = QString::number(refusal.status);
    // The caller chooses the method text: only the methods HttpListener names become a
    // label (anything else is "OTHER"), so requests cannot create new series.
    static const QList<QByteArray> kKnown{"GET", "PUT", "POST", "DELETE", "HEAD", "OPTIONS",
                                          "PATCH"};
    const QString methodLabel = kKnown.contains(method) ? QString::fromLatin1(method) : "OTHER";
    m_metrics.inc("ges_http_requests_total",
                  {{"method", methodLabel}, {"route", "rejected"}, {"code", code}});
    m_metrics.inc("ges_http_failed_requests_total",
                  {{"path", "rejected"}, {"httpCode", code}, {"tenant", QString()}});
    socket->setProperty(kRejected, true);
    socket->readAll();
    const ApiError error{refusal.status, QString::fromLatin1(refusal.errorCode), refusal.message,
                         {}, 0};
    const QString corrId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray body = envelope::failure(error, corrId);
    const QByteArray reason = refusal.status == 413   ? "Payload Too Large"
                              : refusal.status == 431 ? "Request Header Fields Too Large"
                                                      : "Bad Request";
    socket->write(
        "HTTP/1.1 " + code.toLatin1() + ' ' + reason +
        "\r\nContent-Type: application/json; charset=utf-8\r\n"
        "X-Correlation-Id: " + corrId.toLatin1() + "\r\nConnection: close\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // Closing at once could reset the connection while the client still sends, and it
    // might never read the answer; give it a moment, draining meanwhile.
    QTimer::singleShot(1000, socket, [socket] { socket->disconnectFromHost(); });
}

} // namespace ges
