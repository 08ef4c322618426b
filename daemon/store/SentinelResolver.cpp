#include "SentinelResolver.h"
#include "RedisClient.h"

namespace ges {

namespace {
constexpr int kSentinelTimeoutMs = 1000;
}

SentinelResolver::SentinelResolver(QList<Endpoint> sentinels, QString master, QString password,
                                   QObject *parent)
    : QObject(parent), m_sentinels(std::move(sentinels)), m_master(std::move(master)),
      m_password(std::move(password))
{
}

SentinelResolver::~SentinelResolver()
{
    cancel();
}

void SentinelResolver::resolve(Done done)
{
    cancel();
    m_done = std::move(done);
    m_problems.clear();
    m_next = 0;
    askNext();
}

void SentinelResolver::cancel()
{
    m_done = nullptr;
    if (m_client) {
        RedisClient *client = m_client;
        m_client = nullptr;
        retire(client);
    }
}

void SentinelResolver::retire(RedisClient *client)
{
    client->disconnect(this);
    // Possibly inside the client's own signal or reply callback: end it later, not under
    // its feet (close() frees the hiredis context).
    QMetaObject::invokeMethod(
        client, [client] { client->close(); client->deleteLater(); }, Qt::QueuedConnection);
}

void SentinelResolver::askNext()
{
    if (m_next >= m_sentinels.size()) {
        Done done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done(false, {}, 0,
                 QStringLiteral("no sentinel knows master \"%1\": %2")
                     .arg(m_master, m_problems.join(QStringLiteral("; "))));
        return;
    }
    const int index = (m_start + m_next++) % int(m_sentinels.size());
    const Endpoint sentinel = m_sentinels.at(index);
    auto *client = new RedisClient(QStringLiteral("sentinel %1:%2").arg(sentinel.first).arg(sentinel.second),
                                   sentinel.first, sentinel.second, m_password, this);
    client->setReplyTimeoutMs(kSentinelTimeoutMs);
    if (m_tls)
        client->setTls(*m_tls);
    m_client = client;
    connect(client, &RedisClient::lost, this, [this, client](const QString &why) {
        finishAttempt(client, why); // refused, timed out or wrong password: ask the next
    });
    connect(client, &RedisClient::ready, this, [this, client, index] {
        client->command({"SENTINEL", "get-master-addr-by-name", m_master.toUtf8()},
                        [this, client, index](const RedisReply &r) {
                            if (client != m_client)
                                return;
                            bool ok = false;
                            const uint port = r.elements.size() == 2
                                                  ? r.elements.at(1).text.toUInt(&ok)
                                                  : 0;
                            if (r.isError() || !ok || port == 0 || port > 65535)
                                return finishAttempt(client, r.isError()
                                                                 ? QString::fromUtf8(r.text)
                                                                 : QStringLiteral("unknown master"));
                            const QString host = QString::fromUtf8(r.elements.at(0).text);
                            m_start = index;
                            m_client = nullptr;
                            retire(client);
                            Done done = std::move(m_done);
                            m_done = nullptr;
                            if (done)
                                done(true, host, quint16(port), {});
                        });
    });
    client->start();
}

void SentinelResolver::finishAttempt(RedisClient *client, const QString &problem)
{
    if (client != m_client)
        return;
    m_client = nullptr;
    retire(client);
    m_problems << client->name() + QStringLiteral(": ") + problem;
    QMetaObject::invokeMethod(this, [this] { if (m_done) askNext(); }, Qt::QueuedConnection);
}

} // namespace ges
