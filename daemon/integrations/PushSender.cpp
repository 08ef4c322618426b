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
        return QString::fromLatin1(PushSender::kUnauthorized);
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
    // "sequence" (the outbox id) grows with the events of a callback: an app can drop a
    // push older than one it has shown, whatever the network did to their order.
    QJsonObject data{{"callbackId", m.callbackId},
                     {"callbackState", m.callbackState},
                     {"notificationType", m.event},
                     {"serviceName", m.serviceName},
                     {"sequence", QString::number(m.id)}};
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
    // 401/403: our server key is wrong (being rotated, mistyped): a fault of ours the
    // operator fixes, not of the push, which is kept until then (see settle).
    if (response.status == 401 || response.status == 403)
        return {Verdict::Retry, QString::fromLatin1(kUnauthorized)};
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
    if (++m_ticks % 60 == 1 || m_staleMore)
        dropStale();
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

void PushSender::dropStale()
{
    m_staleMore = false;
    using Counts = QList<QPair<QString, int>>;
    m_writer.submit<Counts>(
        this,
        [](QSqlDatabase &db) {
            return PushOutboxRecords::dropStale(db, kMaxAgeSeconds, kStaleBatch);
        },
        [this](const DbResult<Counts> &dropped) {
            if (!dropped.ok() || dropped.value().isEmpty())
                return;
            int total = 0;
            for (const auto &[tenant, count] : dropped.value()) {
                m_metrics.inc("ges_push_failed_total", {{"tenant", tenant}, {"reason", "stale"}},
                              count);
                total += count;
            }
            m_staleMore = total >= kStaleBatch; // a backlog: the next tick takes another batch
            log::warn("push", QStringLiteral("unsent pushes given up as stale"),
                      {{"count", QString::number(total)}});
        });
}

void PushSender::send(const PushMessage &message)
{
    const OutboundHttp::Headers headers{{"Authorization", "key=" + m_settings.serverKey.toUtf8()}};
    m_http.postJson(
        m_settings.url, headers, body(message), m_settings.timeoutMs, this,
        [this, message](const OutboundResponse &response) { settle(message, classify(response)); });
}

int PushSender::backoff(const PushMessage &m, const Outcome &o) const
{
    // retrySeconds, doubled per attempt; capped at an hour, or at 5 minutes while the key
    // is refused, so pushes go out soon after the operator fixes it.
    const qint64 cap = o.reason == QLatin1String(kUnauthorized) ? 300 : 3600;
    return int(qMin<qint64>(cap, qint64(m_settings.retrySeconds) << qMin(m.attempts - 1, 20)));
}

void PushSender::settle(const PushMessage &m, const Outcome &outcome)
{
    Outcome o = outcome;
    // A refused key is not the push's fault: retried until the key works or the push is
    // stale (kMaxAgeSeconds), not counted against PUSH_MAX_ATTEMPTS.
    if (o.verdict == Verdict::Retry && m.attempts >= m_settings.maxAttempts &&
        o.reason != QLatin1String(kUnauthorized)) {
        o.verdict = Verdict::Failed;
        o.reason = QStringLiteral("retries_exhausted");
    }
    const int delay = backoff(m, o);
    const qint64 id = m.id;
    const int attempts = m.attempts;
    const QString reason = o.verdict == Verdict::Failed && outcome.reason != o.reason
                               ? o.reason + QStringLiteral(" (last: ") + outcome.reason + u')'
                               : o.reason;
    m_writer.submit<bool>(
        this,
        [id, attempts, verdict = o.verdict, delay, reason](QSqlDatabase &db) -> DbResult<bool> {
            switch (verdict) {
            case Verdict::Sent:
                return PushOutboxRecords::markSent(db, id, attempts);
            case Verdict::Retry:
                return PushOutboxRecords::retryLater(db, id, attempts, delay, reason);
            case Verdict::Failed:
                break;
            }
            return PushOutboxRecords::markFailed(db, id, attempts, reason);
        },
        [this, m, o, delay](const DbResult<bool> &settled) {
            // A settlement that did not commit leaves the claim to lapse: sent again later.
            // One that changed nothing lost to a newer claim (our lease ran out): that
            // claim's node settles the row.
            if (settled.ok() && !settled.value())
                log::info("push", QStringLiteral("push claimed again elsewhere; not settled here"),
                          {{"callbackId", m.callbackId}, {"attempt", QString::number(m.attempts)}});
            report(m, o, delay);
            oneDone();
        });
}

void PushSender::report(const PushMessage &m, const Outcome &o, int delay)
{
    const log::Field callback{"callbackId", m.callbackId};
    const log::Field event{"event", m.event};
    const log::Field attempt{"attempt", QString::number(m.attempts)};
    const bool unauthorized = o.reason == QLatin1String(kUnauthorized);
    switch (o.verdict) {
    case Verdict::Sent:
        if (m_keyRefused) {
            m_keyRefused = false;
            log::warn("push", QStringLiteral("push provider accepts the server key again"));
        }
        m_metrics.inc("ges_push_sent_total", {{"tenant", m.tenant}});
        log::info("push", QStringLiteral("push sent"), {callback, event, attempt});
        break;
    case Verdict::Retry:
        m_metrics.inc("ges_push_retries_total", {{"reason", o.reason}});
        if (unauthorized && !m_keyRefused) // once per burst, not once per push
            log::warn("push",
                      QStringLiteral("push provider refuses the server key (HTTP 401/403); "
                                     "check PUSH-SERVER-KEY: pushes are kept and retried"),
                      {{"retryInSeconds", QString::number(delay)}});
        else if (!unauthorized)
            log::warn("push", QStringLiteral("push failed; retried later"),
                      {callback,
                       event,
                       attempt,
                       {"reason", o.reason},
                       {"retryInSeconds", QString::number(delay)}});
        m_keyRefused = m_keyRefused || unauthorized;
        break;
    case Verdict::Failed:
        m_metrics.inc("ges_push_failed_total", {{"tenant", m.tenant}, {"reason", o.reason}});
        log::warn("push", QStringLiteral("push given up"),
                  {callback, event, attempt, {"reason", o.reason}});
        break;
    }
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
