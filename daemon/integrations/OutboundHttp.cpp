#include "OutboundHttp.h"
#include "ops/AlertCounters.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

namespace ges {

namespace {
// An error of the connection rather than an HTTP status Qt turned into an error: the
// answer was cut off (or never came), whatever status line arrived first.
bool transportFailed(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError &&
           (error < QNetworkReply::ContentAccessDenied || error == QNetworkReply::ProtocolFailure);
}
} // namespace

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

void OutboundHttp::answerBusy(QObject *context, Done done)
{
    // Later, not from inside send(): a caller must never see `done` before send() returns.
    QTimer::singleShot(0, context, [done = std::move(done)] {
        OutboundResponse response;
        response.busy = true;
        response.error = QStringLiteral("too many requests in flight");
        done(response);
    });
}

void OutboundHttp::watch(QNetworkReply *reply, int timeoutMs, QObject *context,
                         std::shared_ptr<QString> failure)
{
    // The whole request, not only the time between two bytes.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, failure] {
        *failure = QStringLiteral("timed out");
        reply->abort();
    });
    deadline->start(timeoutMs);
    const qint64 limit = m_maxBodyBytes;
    auto tooLarge = [reply, failure, limit](qint64 received, qint64 total) {
        if (failure->isEmpty() && (received > limit || total > limit)) {
            *failure = QStringLiteral("answer too large (over %1 bytes)").arg(limit);
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::downloadProgress, reply, tooLarge);
    // Nobody is left to take the answer: stop the transfer instead of finishing it.
    if (context)
        connect(context, &QObject::destroyed, reply, [reply] { reply->abort(); });
}

void OutboundHttp::send(const QByteArray &method, const QUrl &url, const Headers &headers,
                        const QByteArray &body, int timeoutMs, QObject *context, Done done)
{
    if (m_inFlight >= m_maxInFlight)
        return answerBusy(context, std::move(done));
    QNetworkRequest request(url);
    // One manager serves every tenant: a cookie one tenant's endpoint sets must never go
    // along with another tenant's request.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    ++m_inFlight;
    auto failure = std::make_shared<QString>();
    watch(reply, timeoutMs, context, failure);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, failure, done = std::move(done)] {
                --m_inFlight;
                reply->deleteLater();
                recordLookup(*reply);
                if (!guard)
                    return;
                OutboundResponse response;
                for (const auto &pair : reply->rawHeaderPairs())
                    response.headers.append(pair);
                if (!failure->isEmpty()) {
                    response.error = *failure;
                } else if (transportFailed(reply->error())) {
                    response.error = reply->error() == QNetworkReply::OperationCanceledError
                                         ? QStringLiteral("cancelled")
                                         : reply->errorString();
                } else {
                    response.status =
                        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    response.body = reply->readAll();
                    if (response.status == 0)
                        response.error = reply->errorString();
                }
                done(response);
            });
}

void OutboundHttp::recordLookup(const QNetworkReply &reply)
{
    if (!m_alerts)
        return;
    // Only a definite answer counts: a timeout or abort says nothing about the lookup.
    if (reply.error() == QNetworkReply::HostNotFoundError)
        m_alerts->failed(AlertCounters::Alert::Dns);
    else if (reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0)
        m_alerts->succeeded(AlertCounters::Alert::Dns);
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
