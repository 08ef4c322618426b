#pragma once
#include "RedisReply.h"

#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <functional>
#include <optional>

namespace ges {

class RedisConnection;
class SentinelResolver;

// One asynchronous Redis connection, plain or TLS (a RedisConnection: Qt socket plus
// hiredis's reply parser), driven by the Qt event loop of the thread it lives on. It
// connects, authenticates, reconnects with backoff when the connection is lost, and
// resets a connection that stops answering, failing its pending commands instead of
// leaving callers waiting. Replies arrive on the same thread; nothing ever blocks.
class RedisClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RedisReply &)>;

    RedisClient(QString name, QString host, quint16 port, QString password,
                QObject *parent = nullptr);
    ~RedisClient() override;

    void start();
    // Ends the connection for good: pending commands get their error reply now, later
    // ones fail at once, and no reconnect follows (shutdown).
    void close();
    bool isReady() const { return m_ready; }
    QString name() const { return m_name; }
    QString lastError() const { return m_lastError; }

    // Sends a command; `done` runs exactly once on this thread: later with the reply, or
    // with an error reply when the connection is down or lost (during close(): at once).
    void command(const QList<QByteArray> &args, Callback done = {});
    // The same for a command already in RESP (resp::CommandBuilder).
    void commandEncoded(QByteArrayView command, Callback done = {});

    // Pub/Sub messages of every connection made from now on go to `handler`
    // (RedisConnection::setMessageHandler).
    void setMessageHandler(Callback handler) { m_messageHandler = std::move(handler); }
    // The current connection has input not yet handed on (RedisConnection::hasUnreadInput);
    // false when there is no connection.
    bool hasUnreadInput() const;
    // Drops the connection (pending commands fail, lost() is emitted) and connects again,
    // through the sentinels when there are any.
    void reconnect(const QString &reason)
    {
        if (!m_closed)
            dropConnection(reason);
    }

    // (ours) how long to wait for replies before the connection is reset.
    void setReplyTimeoutMs(int ms) { m_replyTimeoutMs = ms; }

    // Redis Sentinel (REDIS_SENTINELS): before each (re)connect the address is asked of
    // the resolver (owned from here on) instead of using host/port; a node that turns
    // out to be a replica (a demoted old primary) is left and the sentinels asked again.
    void useSentinels(SentinelResolver *resolver);

    // (ours) REDIS_SECURE: TLS from the next connect on, the server verified with `tls`
    // (its CA certificates) and its certificate required to name the host connected to.
    void setTls(const QSslConfiguration &tls) { m_tls = tls; }

Q_SIGNALS:
    void ready();
    void lost(const QString &reason);

private:
    void connectNow();
    void connectTo();
    void checkRole(const RedisReply &reply);
    void becomeReady();
    void send(const QList<QByteArray> &args, Callback done);
    void failLater(Callback done, const QByteArray &why);
    void onHandshake(const RedisReply &reply);
    void onReadOnly(const QByteArray &error);
    void dropConnection(const QString &reason);
    void scheduleReconnect();
    void checkReplies();

    QString m_name, m_host, m_password;
    quint16 m_port;
    std::optional<QSslConfiguration> m_tls;
    RedisConnection *m_conn = nullptr;
    bool m_ready = false;
    int m_backoffMs = 100;
    int m_replyTimeoutMs = 5000;
    QTimer m_reconnect;
    QTimer m_watchdog;
    QString m_lastError;
    bool m_closed = false;
    SentinelResolver *m_sentinels = nullptr;
    bool m_resolving = false;
    Callback m_messageHandler;
};

} // namespace ges
