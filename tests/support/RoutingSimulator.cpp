#include "RoutingSimulator.h"
#include "store/RedisClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace ges::test {

RoutingSimulator::RoutingSimulator(quint16 orsPort, QString stream, QString internalUrl,
                                   QString token, QObject *parent)
    : QObject(parent),
      m_redis(std::make_unique<RedisClient>("routing-simulator", "127.0.0.1", orsPort, QString())),
      m_stream(stream.toUtf8()), m_internalUrl(std::move(internalUrl)), m_token(token.toUtf8())
{
    connect(&m_timer, &QTimer::timeout, this, &RoutingSimulator::poll);
}

RoutingSimulator::~RoutingSimulator()
{
    m_redis->close();
}

void RoutingSimulator::start(bool complete)
{
    m_complete = complete;
    m_redis->start();
    // Only what is announced from now on: earlier entries belong to earlier tests.
    m_polling = true;
    auto begin = [this] {
        m_redis->command({"XREVRANGE", m_stream, "+", "-", "COUNT", "1"},
                         [this](const RedisReply &r) {
                             if (!r.elements.isEmpty())
                                 m_lastId = r.elements.at(0).elements.value(0).text;
                             m_polling = false;
                             m_timer.start(50);
                         });
    };
    if (m_redis->isReady())
        begin();
    else
        connect(m_redis.get(), &RedisClient::ready, this, begin, Qt::SingleShotConnection);
}

void RoutingSimulator::poll()
{
    if (m_polling || !m_redis->isReady())
        return;
    m_polling = true;
    m_redis->command(
        {"XREAD", "COUNT", "500", "STREAMS", m_stream, m_lastId}, [this](const RedisReply &r) {
            m_polling = false;
            // [[stream, [[entryId, [field, value, ...]], ...]]]
            if (r.elements.isEmpty())
                return;
            for (const RedisReply &entry : r.elements.at(0).elements.value(1).elements) {
                m_lastId = entry.elements.value(0).text;
                const auto &fields = entry.elements.value(1).elements;
                for (qsizetype i = 0; i + 1 < fields.size(); i += 2) {
                    if (fields.at(i).text != "id")
                        continue;
                    const QString id = QString::fromUtf8(fields.at(i + 1).text);
                    ++m_entries;
                    if (++m_seen[id] == 1 && m_complete)
                        report(id, {"ROUTING", "PROCESSING", "COMPLETED"});
                }
            }
        });
}

void RoutingSimulator::report(const QString &id, const QStringList &states)
{
    if (states.isEmpty()) {
        ++m_completed;
        return;
    }
    QNetworkRequest request(QUrl(m_internalUrl + "/ges/v1/routing/callbacks/" + id + "/state"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_token);
    QJsonObject body{{"callbackState", states.first()}};
    if (states.first() == QLatin1String("COMPLETED"))
        body.insert("callbackReason", "CONNECTED");
    QNetworkReply *reply = m_http.post(request, QJsonDocument(body).toJson());
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, states] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            m_failures << QStringLiteral("%1 %2: HTTP %3 %4")
                              .arg(id, states.first())
                              .arg(status)
                              .arg(QString::fromUtf8(reply->readAll()));
            return;
        }
        report(id, states.mid(1));
    });
}

} // namespace ges::test
