#include "RedisClient.h"
#include "SentinelResolver.h"
#include "ops/Log.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QSocketNotifier>

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <vector>

namespace ges {

namespace {
constexpr int kMaxBackoffMs = 5000;

RedisReply convert(const redisReply *r)
{
    RedisReply out;
    switch (r->type) {
    case REDIS_REPLY_STRING:
        out.type = RedisReply::Type::String;
        break;
    case REDIS_REPLY_STATUS:
        out.type = RedisReply::Type::Status;
        break;
    case REDIS_REPLY_ERROR:
        out.type = RedisReply::Type::Error;
        break;
    case REDIS_REPLY_INTEGER:
        out.type = RedisReply::Type::Integer;
        break;
    case REDIS_REPLY_ARRAY:
        out.type = RedisReply::Type::Array;
        break;
    default:
        out.type = RedisReply::Type::Nil;
        break;
    }
    if (r->str)
        out.text = QByteArray(r->str, qsizetype(r->len));
    out.integer = r->integer;
    for (size_t i = 0; i < r->elements; ++i)
        out.elements.append(convert(r->element[i]));
    return out;
}

RedisClient *selfOf(const redisAsyncContext *ctx)
{
    return static_cast<RedisClient *>(ctx->data);
}
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
    if (m_ctx) {
        redisAsyncContext *ctx = m_ctx;
        m_ctx = nullptr;
        ctx->data = nullptr;
        ctx->ev.data = nullptr;
        ctx->ev.addRead = ctx->ev.delRead = ctx->ev.addWrite = ctx->ev.delWrite = nullptr;
        ctx->ev.cleanup = nullptr;
        redisAsyncFree(ctx); // runs pending callbacks with a null reply
    }
    m_pending = 0;
    deleteNotifiers();
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
    if (m_ctx || m_resolving)
        return;
    if (!m_sentinels)
        return connectTo();
    m_resolving = true;
    m_sentinels->resolve([this](bool ok, const QString &host, quint16 port, const QString &error) {
        m_resolving = false;
        if (m_closed)
            return;
        if (!ok)
            return dropConnection(error, false);
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
    // hiredis resolves names with a blocking getaddrinfo; resolve here without blocking.
    const QHostAddress address(m_host);
    if (!address.isNull()) {
        attach(redisAsyncConnect(address.toString().toLatin1().constData(), m_port));
        return;
    }
    QHostInfo::lookupHost(m_host, this, [this](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            dropConnection(QStringLiteral("cannot resolve %1: %2").arg(m_host, info.errorString()),
                           false);
            return;
        }
        QHostAddress resolved = info.addresses().constFirst();
        for (const QHostAddress &a : info.addresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol)
                resolved = a;
        attach(redisAsyncConnect(resolved.toString().toLatin1().constData(), m_port));
    });
}

void RedisClient::attach(redisAsyncContext *ctx)
{
    if (m_closed) { // closed while a host name was being resolved
        if (ctx)
            redisAsyncFree(ctx);
        return;
    }
    if (!ctx || ctx->err) {
        const QString err =
            ctx ? QString::fromLocal8Bit(ctx->errstr) : QStringLiteral("out of memory");
        if (ctx)
            redisAsyncFree(ctx);
        dropConnection(err, false);
        return;
    }
    m_ctx = ctx;
    m_ctx->data = this;
    m_ctx->ev.data = this;
    m_ctx->ev.addRead = &RedisClient::addRead;
    m_ctx->ev.delRead = &RedisClient::delRead;
    m_ctx->ev.addWrite = &RedisClient::addWrite;
    m_ctx->ev.delWrite = &RedisClient::delWrite;
    m_ctx->ev.cleanup = &RedisClient::cleanup;
    redisAsyncSetConnectCallback(m_ctx, &RedisClient::onConnect);
    redisAsyncSetDisconnectCallback(m_ctx, &RedisClient::onDisconnect);
    // The connection is ready once AUTH (or PING) has answered.
    const QList<QByteArray> hello = m_password.isEmpty()
                                        ? QList<QByteArray>{"PING"}
                                        : QList<QByteArray>{"AUTH", m_password.toUtf8()};
    send(hello, [this, ctx](const RedisReply &r) {
        if (ctx == m_ctx) // not a reply meant for an attempt given up since
            onHandshake(r);
    });
}

void RedisClient::onHandshake(const RedisReply &reply)
{
    if (reply.lost)
        return; // hiredis is freeing the context; onConnect/onDisconnect take it from here
    if (reply.isError() || reply.isNil()) {
        m_lastError = QString::fromUtf8(reply.text);
        log::warn("redis", QStringLiteral("handshake failed"),
                  {{"connection", m_name}, {"error", m_lastError}});
        // Inside a hiredis callback: only a graceful disconnect is allowed here; it ends
        // in onDisconnect, which schedules the next attempt.
        redisAsyncDisconnect(m_ctx);
        return;
    }
    if (!m_sentinels)
        return becomeReady();
    // The sentinels may still name a primary that has just been demoted: only a master
    // takes writes, so ask the node itself before declaring the connection ready.
    redisAsyncContext *ctx = m_ctx;
    send({"ROLE"}, [this, ctx](const RedisReply &r) {
        if (ctx == m_ctx)
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
    redisAsyncDisconnect(m_ctx); // inside a hiredis callback: ends in onDisconnect
}

void RedisClient::becomeReady()
{
    m_ready = true;
    m_backoffMs = 100;
    m_lastError.clear();
    log::info("redis", QStringLiteral("connected"),
              {{"connection", m_name}, {"host", m_host}, {"port", QString::number(m_port)}});
    Q_EMIT ready();
}

void RedisClient::failLater(Callback done, const QByteArray &why)
{
    if (done)
        QMetaObject::invokeMethod(
            this, [done, why] { done(RedisReply::error(why)); }, Qt::QueuedConnection);
}

void RedisClient::command(const QList<QByteArray> &args, Callback done)
{
    if (!m_ctx || !m_ready)
        return failLater(std::move(done), "redis " + m_name.toUtf8() + " not connected");
    send(args, std::move(done));
}

void RedisClient::send(const QList<QByteArray> &args, Callback done)
{
    std::vector<const char *> argv;
    std::vector<size_t> lens;
    for (const QByteArray &a : args) {
        argv.push_back(a.constData());
        lens.push_back(size_t(a.size()));
    }
    auto *cb = new Callback(std::move(done));
    if (m_pending == 0)
        m_lastProgress.restart();
    if (redisAsyncCommandArgv(m_ctx, &RedisClient::onReply, cb, int(argv.size()), argv.data(),
                              lens.data()) != REDIS_OK) {
        Callback owned = std::move(*cb);
        delete cb;
        return failLater(std::move(owned), "redis " + m_name.toUtf8() + " is disconnecting");
    }
    ++m_pending;
}

void RedisClient::onReply(redisAsyncContext *ctx, void *reply, void *privdata)
{
    auto *cb = static_cast<Callback *>(privdata);
    RedisClient *self = selfOf(ctx);
    if (self && self->m_pending > 0) {
        --self->m_pending;
        self->m_lastProgress.restart();
    }
    const RedisReply r =
        reply ? convert(static_cast<redisReply *>(reply)) : RedisReply::connectionLost();
    Callback call = std::move(*cb);
    delete cb;
    // A primary demoted under us answers writes with READONLY: find the new one.
    if (self && self->m_sentinels && r.isError() && r.text.startsWith("READONLY"))
        self->leaveReplica(ctx);
    if (call)
        call(r);
}

void RedisClient::onConnect(const redisAsyncContext *ctx, int status)
{
    if (status == REDIS_OK)
        return; // ready once the handshake reply arrives
    if (RedisClient *self = selfOf(ctx)) {
        self->m_ctx = nullptr; // hiredis frees it after this callback
        self->dropConnection(QString::fromLocal8Bit(ctx->errstr), false);
    }
}

void RedisClient::onDisconnect(const redisAsyncContext *ctx, int status)
{
    RedisClient *self = selfOf(ctx);
    if (!self)
        return;
    self->m_ctx = nullptr; // hiredis frees it after this callback
    const QString reason = status != REDIS_OK             ? QString::fromLocal8Bit(ctx->errstr)
                           : !self->m_lastError.isEmpty() ? self->m_lastError
                                                          : QStringLiteral("disconnected");
    self->dropConnection(reason, false);
}

void RedisClient::leaveReplica(redisAsyncContext *ctx)
{
    // Inside a hiredis callback: the context may only be freed later.
    QMetaObject::invokeMethod(
        this,
        [this, ctx] {
            if (ctx == m_ctx)
                dropConnection(QStringLiteral("%1:%2 became a replica").arg(m_host).arg(m_port),
                               true);
        },
        Qt::QueuedConnection);
}

void RedisClient::dropConnection(const QString &reason, bool freeContext)
{
    if (freeContext && m_ctx) {
        redisAsyncContext *ctx = m_ctx;
        m_ctx = nullptr;
        // The old context must not reach this object again: its callbacks and event
        // hooks would act on the next connection's state.
        ctx->data = nullptr;
        ctx->ev.data = nullptr;
        ctx->ev.addRead = ctx->ev.delRead = ctx->ev.addWrite = ctx->ev.delWrite = nullptr;
        ctx->ev.cleanup = nullptr;
        deleteNotifiers();
        // Never called from inside a hiredis callback (only the watchdog frees), so the
        // context can go now; its pending callbacks run with a "lost" reply.
        redisAsyncFree(ctx);
    }
    m_pending = 0;
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
    if (m_ctx && m_pending > 0 && m_lastProgress.isValid() &&
        m_lastProgress.elapsed() > m_replyTimeoutMs)
        dropConnection(QStringLiteral("no reply within %1 ms").arg(m_replyTimeoutMs), true);
}

void RedisClient::addRead(void *self)
{
    auto *c = static_cast<RedisClient *>(self);
    if (c->m_read) {
        c->m_read->setEnabled(true);
        return;
    }
    c->m_read = new QSocketNotifier(c->m_ctx->c.fd, QSocketNotifier::Read, c);
    connect(c->m_read, &QSocketNotifier::activated, c, [c] {
        if (c->m_ctx)
            redisAsyncHandleRead(c->m_ctx);
    });
}

void RedisClient::delRead(void *self)
{
    auto *c = static_cast<RedisClient *>(self);
    if (c->m_read)
        c->m_read->setEnabled(false);
}

void RedisClient::addWrite(void *self)
{
    auto *c = static_cast<RedisClient *>(self);
    if (c->m_write) {
        c->m_write->setEnabled(true);
        return;
    }
    c->m_write = new QSocketNotifier(c->m_ctx->c.fd, QSocketNotifier::Write, c);
    connect(c->m_write, &QSocketNotifier::activated, c, [c] {
        if (c->m_ctx)
            redisAsyncHandleWrite(c->m_ctx);
    });
}

void RedisClient::delWrite(void *self)
{
    auto *c = static_cast<RedisClient *>(self);
    if (c->m_write)
        c->m_write->setEnabled(false);
}

void RedisClient::cleanup(void *self)
{
    static_cast<RedisClient *>(self)->deleteNotifiers();
}

void RedisClient::deleteNotifiers()
{
    // May run inside a notifier's own signal: disable now, delete later.
    for (QSocketNotifier **n : {&m_read, &m_write}) {
        if (*n) {
            (*n)->setEnabled(false);
            (*n)->deleteLater();
            *n = nullptr;
        }
    }
}

} // namespace ges
