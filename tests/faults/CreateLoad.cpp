#include "CreateLoad.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace ges::test {

CreateLoad::CreateLoad(Target target, int concurrency, QObject *parent)
    : QObject(parent), m_target(std::move(target)), m_concurrency(concurrency)
{
    // QNetworkAccessManager opens at most 6 connections per host: enough managers for all.
    for (int i = 0; i < (concurrency + 5) / 6; ++i)
        m_managers.push_back(std::make_unique<QNetworkAccessManager>());
}

void CreateLoad::start()
{
    m_running = true;
    for (int i = 0; i < m_concurrency; ++i)
        sendOne();
}

void CreateLoad::sendOne()
{
    if (!m_running)
        return;
    const int n = m_next++;
    QNetworkRequest request(QUrl(m_target.url + "/engagement/v3/callbacks/create"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setRawHeader("X-API-Key", m_target.apiKey.toUtf8());
    request.setTransferTimeout(60000);
    const QJsonObject body{
        {"serviceName", m_target.service},
        {"phoneNumber", m_target.phonePrefix + QStringLiteral("%1").arg(n, 7, 10, QLatin1Char('0'))}};
    QNetworkReply *reply = m_managers[size_t(n) % m_managers.size()]->post(
        request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    ++m_inFlight;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer] {
        reply->deleteLater();
        --m_inFlight;
        ++m_answered;
        m_slowestMs = std::max(m_slowestMs, timer->elapsed());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        ++m_statuses[status];
        const bool json = body.startsWith('{');
        const bool retryAfter = reply->rawHeader("Retry-After").toInt() > 0;
        if (status >= 200 && status < 300) {
            const QString id =
                QJsonDocument::fromJson(body).object().value("data").toObject().value("id").toString();
            if (id.isEmpty())
                m_violations << QStringLiteral("2xx without an id: ") + QString::fromUtf8(body.left(200));
            else
                m_acknowledged << id;
        } else if (status == 0 || status == 502 || status == 504) {
            // no answer, or haproxy's word that the node went away: retryable
        } else if ((status == 503 || status == 429) && (retryAfter || !json)) {
            // gesd's refusals carry Retry-After; haproxy's own 503 page (no node) does not
        } else {
            m_violations << QStringLiteral("%1: %2").arg(status).arg(QString::fromUtf8(body.left(200)));
        }
        sendOne();
    });
}

QString CreateLoad::summary() const
{
    QStringList parts;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        parts << QStringLiteral("%1×%2").arg(it.key()).arg(it.value());
    return QStringLiteral("%1 answers (%2), slowest %3 ms")
        .arg(m_answered)
        .arg(parts.join(", "))
        .arg(m_slowestMs);
}

} // namespace ges::test
