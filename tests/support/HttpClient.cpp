#include "HttpClient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>

namespace ges::test {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonValue HttpResponse::data() const
{
    return json().value("data");
}

QString HttpResponse::errorCode() const
{
    return json().value("status").toObject().value("errorCode").toString();
}

HttpResponse HttpClient::send(const QByteArray &method, const QString &url, const QByteArray &body,
                              const Headers &headers, int timeoutMs)
{
    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(url)};
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, &buffer);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpResponse response;
    if (!reply->isFinished()) {
        reply->abort();
        response.error = QStringLiteral("timeout");
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    if (response.status == 0)
        response.error = reply->errorString();
    delete reply;
    return response;
}

HttpResponse HttpClient::get(const QString &url, const Headers &headers)
{
    return send("GET", url, {}, headers);
}

HttpResponse HttpClient::postJson(const QString &url, const QJsonObject &body, Headers headers)
{
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

} // namespace ges::test

namespace ges::test {

HttpResponse HttpClient::raw(quint16 port, const QByteArray &request, int timeoutMs)
{
    HttpResponse response;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(timeoutMs)) {
        response.error = socket.errorString();
        return response;
    }
    socket.write(request);
    QByteArray data;
    qsizetype headerEnd = -1;
    qint64 length = -1;
    while (socket.waitForReadyRead(timeoutMs)) {
        data += socket.readAll();
        if (headerEnd < 0 && (headerEnd = data.indexOf("\r\n\r\n")) >= 0) {
            for (const QByteArray &line : data.left(headerEnd).split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    response.headers.append(
                        {line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            length = response.header("Content-Length").toLongLong();
        }
        if (headerEnd >= 0 && data.size() >= headerEnd + 4 + length)
            break;
    }
    const QList<QByteArray> statusLine = data.left(data.indexOf("\r\n")).split(' ');
    response.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    response.body = headerEnd >= 0 ? data.mid(headerEnd + 4) : QByteArray();
    return response;
}

} // namespace ges::test
