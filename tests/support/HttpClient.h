#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace ges::test {

struct HttpResponse
{
    int status = 0; // 0: no answer
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;  // the whole body as an object
    QJsonValue data() const;   // envelope's "data"
    QString errorCode() const; // envelope's status.errorCode
};

// Real HTTP over loopback for tests; waits in a local event loop (test code only).
class HttpClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    static HttpResponse send(const QByteArray &method, const QString &url,
                             const QByteArray &body = {}, const Headers &headers = {},
                             int timeoutMs = 15000);
    // Sends bytes exactly as given (no URL normalisation) and reads one response.
    static HttpResponse raw(quint16 port, const QByteArray &request, int timeoutMs = 10000);
    static HttpResponse get(const QString &url, const Headers &headers = {});
    static HttpResponse postJson(const QString &url, const QJsonObject &body, Headers headers = {});
};

} // namespace ges::test
