#include "PushSender.h"
#include "OutboundHttp.h"
#include "ops/Log.h"
#include "ops/Metrics.h"
#include "store/GroupCommitWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ges {

namespace {
// Legacy FCM per-message errors worth another try; every other one is final.
const QStringList kTransientErrors{"Unavailable", "InternalServerError",
                                   "DeviceMessageRateExceeded", "TopicsMessageRateExceeded"};
// Per-message errors reported as themselves in the failure metric (others: "rejected").
const QStringList kKnownErrors{"InvalidRegistration", "NotRegistered",      "MismatchSenderId",
                               "MessageTooBig",       "InvalidDataKey",     "InvalidTtl",
                               "InvalidPackageName",  "MissingRegistration"};

// The per-message error of a legacy FCM answer: results[0].error, or a top-level "error".
QString providerError(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString first =
        json.value("results").toArray().at(0).toObject().value("error").toString();
    return first.isEmpty() ? json.value("error").toString() : first;
}

QString metricReason(const QString &error, int status)
{
    if (kKnownErrors.contains(error) || kTransientErrors.contains(error))
        return error;
    if (status == 401 || status == 403)
        return QStringLiteral("unauthorized");
    return status > 0 ? QStringLiteral("http_%1").arg(status) : QStringLiteral("rejected");
}
} // namespace

PushSender::PushSender(Settings settings, GroupCommitWriter &writer, OutboundHttp &http,
                       Metrics &metrics, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_writer(writer), m_http(http),
      m_metrics(metrics)
{
    connect(&m_timer, &QTimer::timeout, this, &PushSender::tick);
}

void PushSender::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void PushSender::stop()
{
    m_timer.stop();
}

QByteArray PushSender::body(const PushMessage &m)
{
    // Data values are strings: what FCM delivers to apps, and what FCM v1 requires.
    QJsonObject data{{"callbackId", m.callbackId},
                     {"callbackState", m.callbackState},
                     {"notificationType", m.event},
                     {"serviceName", m.serviceName}};
    if (!m.reason.isEmpty())
        data.insert("callbackReason", m.reason);
    if (m.ewt)
        data.insert("estimatedWaitTime", QString::number(*m.ewt));
    const QJsonObject message{{"to", m.target}, {"priority", "high"}, {"data", data}};
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

PushSender::Outcome PushSender::classify(const OutboundResponse &response)
{
    if (response.status == 0)
        return {Verdict::Retry, QStringLiteral("unreachable")};
    const QString error = providerError(response.body);
    if (response.status == 429 || response.status >= 500)
        return {Verdict::Retry, metricReason(error, response.status)};
    if (!response.ok())
        return {Verdict::Failed, metricReason(error, response.status)};
    // 200 with {"failure": 1, "results": [{"error": ...}]}: legacy FCM's per-token refusal.
    if (error.isEmpty())
        return {Verdict::Sent, {}};
    return {kTransientErrors.contains(error) ? Verdict::Retry : Verdict::Failed,
            metricReason(error, 0)};
}

void PushSender::tick()
{
    if (m_busy)
        return;
    m_busy = true;
    if (++m_ticks % 60 == 1)
        m_writer.submit<QStringList>(
            this, [](QSqlDatabase &db) { return PushOutboxRecords::dropStale(db, kMaxAgeSeconds); },
            [this](const DbResult<QStringList> &dropped) {
                if (!dropped.ok() || dropped.value().isEmpty())
                    return;
                for (const QString &tenant : dropped.value())
                    m_metrics.inc("ges_push_failed_total",
                                  {{"tenant", tenant}, {"reason", "stale"}});
                log::warn("push", QStringLiteral("unsent pushes given up as stale"),
                          {{"count", QString::number(dropped.value().size())}});
            });
    m_writer.submit<QList<PushMessage>>(
        this, [](QSqlDatabase &db) { return PushOutboxRecords::claim(db, kBatch, kLeaseSeconds); },
        [this](const DbResult<QList<PushMessage>> &claimed) {
            if (!claimed.ok() || claimed.value().isEmpty()) {
                m_busy = false;
                return;
            }
            m_inFlight = int(claimed.value().size());
            m_more = m_inFlight == kBatch;
            for (const PushMessage &message : claimed.value())
                send(message);
        });
}

void PushSender::send(const PushMessage &message)
{
    const OutboundHttp::Headers headers{{"Authorization", "key=" + m_settings.serverKey.toUtf8()}};
    m_http.postJson(
        m_settings.url, headers, body(message), m_settings.timeoutMs, this,
        [this, message](const OutboundResponse &response) { settle(message, classify(response)); });
}

void PushSender::settle(const PushMessage &m, const Outcome &outcome)
{
    Outcome o = outcome;
    if (o.verdict == Verdict::Retry && m.attempts >= m_settings.maxAttempts) {
        o.verdict = Verdict::Failed;
        o.reason = QStringLiteral("retries_exhausted");
    }
    // Backoff: retrySeconds, then doubled per attempt, capped at an hour.
    const int delay =
        int(qMin<qint64>(3600, qint64(m_settings.retrySeconds) << qMin(m.attempts - 1, 20)));
    const qint64 id = m.id;
    const QString reason = o.verdict == Verdict::Failed && outcome.reason != o.reason
                               ? o.reason + QStringLiteral(" (last: ") + outcome.reason + u')'
                               : o.reason;
    m_writer.submit<Done>(
        this,
        [id, verdict = o.verdict, delay, reason](QSqlDatabase &db) -> DbResult<Done> {
            switch (verdict) {
            case Verdict::Sent:
                return PushOutboxRecords::markSent(db, id);
            case Verdict::Retry:
                return PushOutboxRecords::retryLater(db, id, delay, reason);
            case Verdict::Failed:
                break;
            }
            return PushOutboxRecords::markFailed(db, id, reason);
        },
        [this, m, o, delay](const DbResult<Done> &) {
            // A settlement that did not commit leaves the claim to lapse: sent again later.
            const log::Field callback{"callbackId", m.callbackId};
            const log::Field event{"event", m.event};
            const log::Field attempt{"attempt", QString::number(m.attempts)};
            switch (o.verdict) {
            case Verdict::Sent:
                m_metrics.inc("ges_push_sent_total", {{"tenant", m.tenant}});
                log::info("push", QStringLiteral("push sent"), {callback, event, attempt});
                break;
            case Verdict::Retry:
                m_metrics.inc("ges_push_retries_total");
                log::warn("push", QStringLiteral("push failed; retried later"),
                          {callback,
                           event,
                           attempt,
                           {"reason", o.reason},
                           {"retryInSeconds", QString::number(delay)}});
                break;
            case Verdict::Failed:
                m_metrics.inc("ges_push_failed_total",
                              {{"tenant", m.tenant}, {"reason", o.reason}});
                log::warn("push", QStringLiteral("push given up"),
                          {callback, event, attempt, {"reason", o.reason}});
                break;
            }
            oneDone();
        });
}

void PushSender::oneDone()
{
    if (--m_inFlight > 0)
        return;
    m_busy = false;
    if (m_more) // a full batch: more may be due now
        QTimer::singleShot(0, this, &PushSender::tick);
}

} // namespace ges
