#pragma once
#include "RedisReply.h"
#include "RedisReplyReader.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <deque>
#include <functional>
#include <optional>

class QTcpSocket;

namespace ges {

// One TCP connection to Redis, plain or TLS, carried by a Qt socket on the event loop
// of its thread: commands are encoded in RESP (resp::appendCommand) and written
// at once (pipelined; Qt coalesces the writes of one event-loop turn), replies are parsed
// by hiredis's redisReader (RedisReplyReader) and handed to the callbacks in order.
// Debian 12's hiredis 0.14 has no TLS, hence Qt's sockets (docs/reliability.md#tls).
// It never reconnects: once closed it stays closed; RedisClient makes a new one.
class RedisConnection : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RedisReply &)>;

    // `tls` set: TLS with the peer verified by that configuration (CA certificates,
    // verify mode) and its name checked against the host given to open().
    explicit RedisConnection(const std::optional<QSslConfiguration> &tls,
                             QObject *parent = nullptr);
    ~RedisConnection() override;

    // Starts connecting; closed() may be emitted before this returns.
    void open(const QString &host, quint16 port);

    // false: the connection is closed (the callback is not kept, the caller fails it).
    // Commands sent before the connection is up are written once it is.
    bool send(const QList<QByteArray> &args, Callback &&done);
    // The same for a command already in RESP (resp::CommandBuilder).
    bool sendEncoded(QByteArrayView command, Callback &&done);
    // Fails every pending command with RedisReply::connectionLost() now, in order, and
    // drops the socket; no signal follows. Safe inside a reply callback.
    void abort();
    bool isOpen() const { return m_open; }
    bool isUp() const { return m_up; } // connected and, for TLS, verified
    bool isTls() const { return m_tls; }
    int pending() const { return int(m_callbacks.size()); }
    // Milliseconds since a command was sent into an idle connection or a reply came.
    qint64 msSinceProgress() const { return m_progress.isValid() ? m_progress.elapsed() : 0; }
    // Pub/Sub: a published message answers no command, so it goes to `handler` instead
    // of the next command's callback.
    void setMessageHandler(Callback handler) { m_messageHandler = std::move(handler); }
    // Bytes have arrived that onReadable has not handed on yet: in the kernel's socket
    // buffer, decrypted but unread, or part of a reply (one system call).
    bool hasUnreadInput() const;
    // Called for every error reply before its callback (Sentinel: READONLY).
    void setErrorObserver(std::function<void(const QByteArray &)> observer)
    {
        m_errorObserver = std::move(observer);
    }

Q_SIGNALS:
    // The connection broke (refused, reset, TLS verification failed, protocol error, peer
    // closed); pending commands have been failed already.
    void closed(const QString &reason);

private:
    void onUp();
    void onReadable();
    void onError();
    void fail(const QString &reason);
    void failPending();
    void queue(QByteArrayView command, Callback &&done);

    QTcpSocket *m_socket;
    bool m_tls;
    bool m_open = true;
    bool m_up = false;         // connected (and, for TLS, encrypted)
    QByteArray m_beforeUp;     // commands written while still connecting
    QByteArray m_encoded;      // the command being written, reused
    QStringList m_sslErrors;   // why the peer's certificate was refused
    RedisReplyReader m_reader;
    std::deque<Callback> m_callbacks;
    QElapsedTimer m_progress;
    std::function<void(const QByteArray &)> m_errorObserver;
    Callback m_messageHandler;
};

} // namespace ges
