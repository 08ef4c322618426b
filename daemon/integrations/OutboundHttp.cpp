#include "OutboundHttp.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>

namespace ges {

QByteArray OutboundResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

OutboundHttp::OutboundHttp(QObject *parent) : QObject(parent)
{
    // Connections to the same provider are reused; redirects are not followed, so a
    // token is never sent to a host it was not meant for.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void OutboundHttp::send(const QByteArray &method, const QUrl &url, const Headers &headers,
                        const QByteArray &body, int timeoutMs, QObject *context, Done done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, done = std::move(done)] {
        reply->deleteLater();
        if (!guard)
            return;
        OutboundResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.append(pair);
        if (response.status == 0)
            response.error = reply->error() == QNetworkReply::OperationCanceledError
                                 ? QStringLiteral("timed out")
                                 : reply->errorString();
        done(response);
    });
}

void OutboundHttp::postJson(const QUrl &url, const Headers &headers, const QByteArray &json,
                            int timeoutMs, QObject *context, Done done)
{
    Headers all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    send("POST", url, all, json, timeoutMs, context, std::move(done));
}

void OutboundHttp::postForm(const QUrl &url, const Headers &headers,
                            const QList<QPair<QString, QString>> &fields, int timeoutMs,
                            QObject *context, Done done)
{
    QUrlQuery form;
    for (const auto &[name, value] : fields)
        form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                          QString::fromLatin1(QUrl::toPercentEncoding(value)));
    Headers all = headers;
    all.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    send("POST", url, all, form.toString(QUrl::FullyEncoded).toUtf8(), timeoutMs, context,
         std::move(done));
}

} // namespace ges
