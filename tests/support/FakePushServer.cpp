#include "FakePushServer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ges::test {

FakePushServer::FakePushServer(QString serverKey) : m_serverKey(std::move(serverKey))
{
    m_server.route("/fcm/send", QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request) { return answer(request); });
}

bool FakePushServer::listen()
{
    m_port = m_server.listen(QHostAddress::LocalHost);
    return m_port != 0;
}

QString FakePushServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/fcm/send").arg(m_port);
}

QList<QJsonObject> FakePushServer::delivered(const QString &callbackId, const QString &event) const
{
    QList<QJsonObject> list;
    for (const Request &r : m_requests) {
        const QJsonObject data = r.body.value("data").toObject();
        if (r.delivered && data.value("callbackId").toString() == callbackId &&
            (event.isEmpty() || data.value("notificationType").toString() == event))
            list.append(r.body);
    }
    return list;
}

QHttpServerResponse FakePushServer::answer(const QHttpServerRequest &http)
{
    using Status = QHttpServerResponse::StatusCode;
    Request request{http.value("Authorization"), http.value("Content-Type"),
                    QJsonDocument::fromJson(http.body()).object()};
    auto reply = [this, &request](const QJsonObject &json, Status status) {
        request.answeredStatus = int(status);
        request.delivered = status == Status::Ok && json.value("success").toInt() == 1;
        m_requests.append(request);
        return QHttpServerResponse(json, status);
    };
    const bool refused = m_refusals > 0;
    m_refusals -= refused;
    if (refused || request.authorization != "key=" + m_serverKey.toUtf8())
        return reply({{"error", "Unauthorized"}}, Status::Unauthorized);
    if (m_failures > 0) {
        --m_failures;
        return reply({{"error", "InternalServerError"}}, Status::InternalServerError);
    }
    if (m_rejecting)
        return reply({{"error", "InvalidRegistration"}}, Status::BadRequest);
    const qint64 multicast = 5000 + m_nextMessageId;
    if (request.body.value("to").toString() == u"unregistered")
        return reply({{"multicast_id", multicast},
                      {"success", 0},
                      {"failure", 1},
                      {"results", QJsonArray{QJsonObject{{"error", "NotRegistered"}}}}},
                     Status::Ok);
    return reply({{"multicast_id", multicast},
                  {"success", 1},
                  {"failure", 0},
                  {"canonical_ids", 0},
                  {"results", QJsonArray{QJsonObject{
                                  {"message_id", QStringLiteral("0:%1").arg(m_nextMessageId++)}}}}},
                 Status::Ok);
}

} // namespace ges::test
