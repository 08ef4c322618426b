#include "RedisClient.h"
#include "RedisConnection.h"
#include "SentinelResolver.h"
#include "ops/Log.h"

#include <QPointer>

namespace ges {

namespace {
constexpr int kMaxBackoffMs = 5000;
} // namespace

RedisClient::RedisClient(QString name, QString host, quint16 port, QString password,
                         QObject *parent)
    : QObject(parent), m_name(std::move(name)), m_host(std::move(host)),
      m_password(std::move(password)), m_port(port)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &RedisClient::connectNow);
    m_watchdog.setInterval(500);
    connect(&m_watchdog, &QTimer::timeout, this, &RedisClient::checkReplies);
}

RedisClient::~RedisClient()
{
    close();
}

void RedisClient::close()
{
    m_closed = true;
    m_ready = false;
    m_reconnect.stop();
    m_watchdog.stop();
    if (m_sentinels)
        m_sentinels->cancel();
    m_resolving = false;
    if (m_conn) {
        RedisConnection *conn = m_conn;
        m_conn = nullptr;
        conn->abort(); // pending callbacks get their error reply now
        conn->deleteLater();
    }
}

void RedisClient::start()
{
    m_watchdog.start();
    connectNow();
}

void RedisClient::useSentinels(SentinelResolver *resolver)
{
    m_sentinels = resolver;
    resolver->setParent(this);
}

void RedisClient::connectNow()
{
    if (m_conn || m_resolving)
        return;
    if (!m_sentinels)
        return connectTo();
    m_resolving = true;
    m_sentinels->resolve([this](bool ok, const QString &host, quint16 port, const QString &error) {
        m_resolving = false;
        if (m_closed)
            return;
        if (!ok)
            return dropConnection(error);
        if (host != m_host || port != m_port)
            log::info("redis", QStringLiteral("primary named by the sentinels"),
                      {{"connection", m_name},
                       {"master", m_sentinels->master()},
                       {"host", host},
                       {"port", QString::number(port)}});
        m_host = host;
        m_port = port;
        connectTo();
    });
}

void RedisClient::connectTo()
{
    m_conn = new RedisConnection(m_tls, this);
    RedisConnection *conn = m_conn;
    // Every callback of a connection has run before it is deleted, and m_conn is cleared
    // before that, so comparing with m_conn tells whether a reply is still wanted.
    connect(conn, &RedisConnection::closed, this, [this, conn](const QString &reason) {
        if (conn == m_conn)
            dropConnection(reason);
    });
    if (m_messageHandler)
        conn->setMessageHandler(m_messageHandler);
    if (m_sentinels)
        conn->setErrorObserver([this](const QByteArray &error) {
            if (error.startsWith("READONLY"))
                onReadOnly(error);
        });
    // The connection is ready once AUTH (or PING) has answered.
    const QList<QByteArray> hello = m_password.isEmpty()
                                        ? QList<QByteArray>{"PING"}
                                        : QList<QByteArray>{"AUTH", m_password.toUtf8()};
    send(hello, [this, conn](const RedisReply &r) {
        if (conn == m_conn) // not a reply meant for an attempt given up since
            onHandshake(r);
    });
    conn->open(m_host, m_port); // written once connected (and, with TLS, verified)
}

void RedisClient::onHandshake(const RedisReply &reply)
{
    if (reply.lost)
        return; // the connection is gone; its closed() signal takes it from here
    if (reply.isError() || reply.isNil()) {
        m_lastError = QString::fromUtf8(reply.text);
        log::warn("redis", QStringLiteral("handshake failed"),
                  {{"connection", m_name}, {"error", m_lastError}});
        return dropConnection(m_lastError); // safe inside a reply callback
    }
    if (!m_sentinels)
        return becomeReady();
    // The sentinels may still name a primary that has just been demoted: only a master
    // takes writes, so ask the node itself before declaring the connection ready.
    RedisConnection *conn = m_conn;
    send({"ROLE"}, [this, conn](const RedisReply &r) {
        if (conn == m_conn)
            checkRole(r);
    });
}

void RedisClient::checkRole(const RedisReply &reply)
{
    if (reply.lost)
        return;
    const bool replica = reply.type == RedisReply::Type::Array && !reply.elements.isEmpty() &&
                         reply.elements.first().text != "master";
    if (!replica) // a master, or ROLE not allowed to this user: trust the sentinels
        return becomeReady();
    m_lastError = QStringLiteral("%1:%2 is a %3, not the primary")
                      .arg(m_host)
                      .arg(m_port)
                      .arg(QString::fromUtf8(reply.elements.first().text));
    log::warn("redis", QStringLiteral("sentinel named a replica; asking again"),
              {{"connection", m_name}, {"error", m_lastError}});
    dropConnection(m_lastError);
}

void RedisClient::becomeReady()
{
    m_ready = true;
    m_backoffMs = 100;
    m_lastError.clear();
    log::info("redis", QStringLiteral("connected"),
              {{"connection", m_name},
               {"host", m_host},
               {"port", QString::number(m_port)},
               {"tls", m_tls ? QStringLiteral("verified") : QStringLiteral("off")}});
    Q_EMIT ready();
}

bool RedisClient::hasUnreadInput() const
{
    return m_conn && m_conn->hasUnreadInput();
}

void RedisClient::failLater(Callback done, const QByteArray &why)
{
    if (done)
        QMetaObject::invokeMethod(
            this, [done, why] { done(RedisReply::error(why)); }, Qt::QueuedConnection);
}

void RedisClient::command(const QList<QByteArray> &args, Callback done)
{
    if (!m_conn || !m_ready)
        return failLater(std::move(done), "redis " + m_name.toUtf8() + " not connected");
    send(args, std::move(done));
}

void RedisClient::commandEncoded(QByteArrayView command, Callback done)
{
    if (!m_conn || !m_ready)
        return failLater(std::move(done), "redis " + m_name.toUtf8() + " not connected");
    if (!m_conn->sendEncoded(command, std::move(done)))
        failLater(std::move(done), "redis " + m_name.toUtf8() + " is disconnecting");
}

void RedisClient::send(const QList<QByteArray> &args, Callback done)
{
    // `done` is taken only when the command was queued; otherwise it is failed here.
    if (!m_conn->send(args, std::move(done)))
        failLater(std::move(done), "redis " + m_name.toUtf8() + " is disconnecting");
}

void RedisClient::onReadOnly(const QByteArray &error)
{
    // A primary demoted under us answers writes with READONLY: find the new one. Later,
    // so the replies already read still reach their callbacks in order.
    QPointer<RedisConnection> conn = m_conn;
    QMetaObject::invokeMethod(
        this,
        [this, conn, error] {
            if (conn && conn == m_conn)
                dropConnection(QStringLiteral("%1:%2 became a replica (%3)")
                                   .arg(m_host)
                                   .arg(m_port)
                                   .arg(QString::fromUtf8(error)));
        },
        Qt::QueuedConnection);
}

void RedisClient::dropConnection(const QString &reason)
{
    if (m_conn) {
        RedisConnection *conn = m_conn;
        m_conn = nullptr;
        conn->abort(); // its pending callbacks run now with a "lost" reply
        conn->deleteLater(); // possibly inside its own read loop: not now
    }
    const bool wasReady = m_ready;
    m_ready = false;
    m_lastError = reason;
    if (wasReady || !m_reconnect.isActive())
        log::warn("redis", QStringLiteral("connection down"),
                  {{"connection", m_name}, {"reason", reason}});
    Q_EMIT lost(reason);
    scheduleReconnect();
}

void RedisClient::scheduleReconnect()
{
    if (m_closed || m_reconnect.isActive())
        return;
    m_reconnect.start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, kMaxBackoffMs);
}

void RedisClient::checkReplies()
{
    if (!m_conn || m_conn->pending() == 0 || m_conn->msSinceProgress() <= m_replyTimeoutMs)
        return;
    // A TLS client on a plain port waits here: Redis takes the TLS hello for the start
    // of an inline command and says nothing.
    const QString what = m_conn->isUp()    ? QStringLiteral("no reply")
                         : m_conn->isTls() ? QStringLiteral("TLS handshake not done "
                                                            "(not a TLS port?)")
                                           : QStringLiteral("not connected");
    dropConnection(QStringLiteral("%1 within %2 ms").arg(what).arg(m_replyTimeoutMs));
}

} // namespace ges
