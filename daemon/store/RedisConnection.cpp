#include "RedisConnection.h"
#include "RespEncoder.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <sys/ioctl.h>

namespace ges {

namespace {
// Read and parse in the chunks hiredis's own async reader uses: its parser compacts its
// buffer as it goes, so feeding everything at once would cost more, not less.
constexpr qint64 kReadChunk = 16 * 1024;
constexpr qsizetype kKeptEncodeBytes = 64 * 1024;

bool isPublishedMessage(const RedisReply &reply)
{
    return reply.type == RedisReply::Type::Array && reply.elements.size() == 3 &&
           reply.elements.first().text == "message";
}
} // namespace

RedisConnection::RedisConnection(const std::optional<QSslConfiguration> &tls, QObject *parent)
    : QObject(parent), m_tls(tls.has_value())
{
    QSslSocket *ssl = m_tls ? new QSslSocket(this) : nullptr;
    m_socket = ssl ? ssl : new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &RedisConnection::onReadable);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &RedisConnection::onError);
    connect(m_socket, &QTcpSocket::disconnected, this,
            [this] { fail(QStringLiteral("connection closed by the server")); });
    if (!ssl) {
        connect(m_socket, &QTcpSocket::connected, this, &RedisConnection::onUp);
        return;
    }
    connect(ssl, &QSslSocket::encrypted, this, &RedisConnection::onUp);
    connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Not ignored: the handshake fails next; keep the reasons for the log line.
        for (const QSslError &e : errors)
            m_sslErrors << e.errorString();
    });
    ssl->setSslConfiguration(*tls);
}

void RedisConnection::open(const QString &host, quint16 port)
{
    // Qt resolves a host name without blocking and tries each address it gets in turn.
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        ssl->setPeerVerifyName(host); // the name REDIS_HOST (or the sentinels) gave
        ssl->connectToHostEncrypted(host, port);
    } else {
        m_socket->connectToHost(host, port);
    }
}

RedisConnection::~RedisConnection()
{
    abort();
}

bool RedisConnection::send(const QList<QByteArray> &args, Callback &&done)
{
    if (!m_open)
        return false;
    m_encoded.resize(0); // keeps its capacity for the next command
    resp::appendCommand(m_encoded, args);
    queue(m_encoded, std::move(done));
    if (m_encoded.capacity() > kKeptEncodeBytes)
        m_encoded = QByteArray(); // a rare big command does not keep its buffer
    return true;
}

bool RedisConnection::sendEncoded(QByteArrayView command, Callback &&done)
{
    if (!m_open)
        return false;
    queue(command, std::move(done));
    return true;
}

void RedisConnection::queue(QByteArrayView command, Callback &&done)
{
    if (m_up)
        m_socket->write(command.data(), command.size()); // buffered by Qt, sent when the loop turns
    else
        m_beforeUp.append(command.data(), command.size());
    if (m_callbacks.empty())
        m_progress.restart();
    m_callbacks.push_back(std::move(done));
}

void RedisConnection::onUp()
{
    if (!m_open)
        return;
    m_up = true;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // as hiredis: TCP_NODELAY
    if (!m_beforeUp.isEmpty()) {
        m_socket->write(m_beforeUp);
        m_beforeUp = QByteArray();
    }
}

void RedisConnection::onReadable()
{
    char chunk[kReadChunk];
    RedisReply reply;
    while (m_open) {
        const qint64 got = m_socket->read(chunk, kReadChunk);
        if (got <= 0)
            return; // nothing more now (an error arrives through errorOccurred)
        if (!m_reader.feed(chunk, got))
            return fail(QStringLiteral("out of memory reading a reply"));
        for (;;) {
            const RedisReplyReader::Result result = m_reader.next(reply);
            if (result == RedisReplyReader::Result::NeedMore)
                break;
            if (result == RedisReplyReader::Result::Error)
                return fail(QStringLiteral("protocol error: ") + m_reader.error());
            if (m_messageHandler && isPublishedMessage(reply)) {
                m_messageHandler(reply);
                if (!m_open)
                    return;
                continue;
            }
            if (m_callbacks.empty())
                return fail(QStringLiteral("protocol error: a reply to no command"));
            Callback done = std::move(m_callbacks.front());
            m_callbacks.pop_front();
            m_progress.restart();
            if (reply.isError() && m_errorObserver)
                m_errorObserver(reply.text);
            if (done)
                done(reply);
            if (!m_open)
                return; // a callback ended this connection
        }
    }
}

bool RedisConnection::hasUnreadInput() const
{
    if (!m_open)
        return false;
    if (m_socket->bytesAvailable() > 0 || m_reader.holdsPartialReply())
        return true;
    int queued = 0;
    const qintptr fd = m_socket->socketDescriptor();
    // An unanswerable question counts as "yes": the caller then asks Redis instead.
    return fd < 0 || ::ioctl(int(fd), FIONREAD, &queued) != 0 || queued > 0;
}

void RedisConnection::onError()
{
    QString reason = m_socket->errorString();
    if (m_socket->error() == QAbstractSocket::SslHandshakeFailedError && !m_sslErrors.isEmpty())
        reason = QStringLiteral("TLS certificate verification failed: ") +
                 m_sslErrors.join(QStringLiteral("; "));
    else if (m_tls && !m_up)
        reason = QStringLiteral("TLS connection failed: ") + reason;
    fail(reason);
}

void RedisConnection::fail(const QString &reason)
{
    if (!m_open)
        return;
    abort();
    Q_EMIT closed(reason);
}

void RedisConnection::abort()
{
    if (!m_open)
        return;
    m_open = false;
    m_socket->disconnect(this);
    m_socket->abort();
    failPending();
}

void RedisConnection::failPending()
{
    // Taken out first: a callback may send (refused: closed) or abort again (a no-op).
    std::deque<Callback> callbacks;
    callbacks.swap(m_callbacks);
    const RedisReply lost = RedisReply::connectionLost();
    for (Callback &done : callbacks)
        if (done)
            done(lost);
}

} // namespace ges
