#pragma once
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ges::test {

// An FCM-style push provider on loopback speaking the legacy FCM HTTP protocol:
// POST /fcm/send with "Authorization: key=<server key>" and {"to", "data", ...}, answered
//   200 {"multicast_id", "success": 1, "failure": 0, "results": [{"message_id"}]}  normally,
//   401 when the key is wrong (as FCM does), or for the next N after refuseKeyNext(N)
//       (a key being rotated),
//   500 for the next N requests after failNext(N),
//   400 {"error": "InvalidRegistration"} while rejecting (setRejecting(true)),
//   200 {"failure": 1, "results": [{"error": "NotRegistered"}]} for a target "unregistered".
// Every request is recorded, so tests assert what was sent and how often.
class FakePushServer
{
public:
    struct Request
    {
        QByteArray authorization;
        QByteArray contentType;
        QJsonObject body;
        int answeredStatus = 0;
        bool delivered = false; // answered as sent
    };

    explicit FakePushServer(QString serverKey);

    bool listen(); // on 127.0.0.1, a free port
    QString url() const;
    void failNext(int count) { m_failures = count; }
    void refuseKeyNext(int count) { m_refusals = count; }
    void setRejecting(bool rejecting) { m_rejecting = rejecting; }
    QList<Request> requests() const { return m_requests; }
    // Requests delivered for `callbackId` (with `event` as data.notificationType, if given).
    QList<QJsonObject> delivered(const QString &callbackId, const QString &event = {}) const;

private:
    QHttpServerResponse answer(const QHttpServerRequest &request);

    QString m_serverKey;
    QHttpServer m_server;
    quint16 m_port = 0;
    int m_failures = 0;
    int m_refusals = 0;
    bool m_rejecting = false;
    qint64 m_nextMessageId = 1;
    QList<Request> m_requests;
};

} // namespace ges::test
