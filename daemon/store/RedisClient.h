#pragma once
#include "RedisReply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

struct redisAsyncContext;
class QSocketNotifier;

namespace ges {

class SentinelResolver;

// One asynchronous Redis connection (hiredis 0.14 async API) driven by the Qt event loop
// of the thread it lives on. It owns the hiredis context: connects, authenticates,
// reconnects with backoff when the connection is lost, and resets a connection that
// stops answering, failing its pending commands instead of leaving callers waiting.
// Replies arrive on the same thread; nothing ever blocks.
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

    // (ours) how long to wait for replies before the connection is reset.
    void setReplyTimeoutMs(int ms) { m_replyTimeoutMs = ms; }

    // Redis Sentinel (REDIS_SENTINELS): before each (re)connect the address is asked of
    // the resolver (owned from here on) instead of using host/port; a node that turns
    // out to be a replica (a demoted old primary) is left and the sentinels asked again.
    void useSentinels(SentinelResolver *resolver);

Q_SIGNALS:
    void ready();
    void lost(const QString &reason);

private:
    // hiredis event hooks and callbacks
    static void addRead(void *self);
    static void delRead(void *self);
    static void addWrite(void *self);
    static void delWrite(void *self);
    static void cleanup(void *self);
    static void onConnect(const redisAsyncContext *ctx, int status);
    static void onDisconnect(const redisAsyncContext *ctx, int status);
    static void onReply(redisAsyncContext *ctx, void *reply, void *privdata);

    void connectNow();
    void connectTo();
    void checkRole(const RedisReply &reply);
    void becomeReady();
    void leaveReplica(redisAsyncContext *ctx);
    void attach(redisAsyncContext *ctx);
    void send(const QList<QByteArray> &args, Callback done);
    void failLater(Callback done, const QByteArray &why);
    void onHandshake(const RedisReply &reply);
    void dropConnection(const QString &reason, bool freeContext);
    void scheduleReconnect();
    void checkReplies();
    void deleteNotifiers();

    QString m_name, m_host, m_password;
    quint16 m_port;
    redisAsyncContext *m_ctx = nullptr;
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr;
    bool m_ready = false;
    int m_pending = 0;
    int m_backoffMs = 100;
    int m_replyTimeoutMs = 5000;
    QElapsedTimer m_lastProgress;
    QTimer m_reconnect;
    QTimer m_watchdog;
    QString m_lastError;
    bool m_closed = false;
    SentinelResolver *m_sentinels = nullptr;
    bool m_resolving = false;
};

} // namespace ges
