#pragma once
#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <functional>

namespace ges {

class AlertCounters;

// One answer of an outgoing HTTP request. status 0: no usable HTTP answer (refused, timed
// out, cut off, too large, TLS failed, or not sent because too many were in flight: busy);
// `error` then says why.
struct OutboundResponse
{
    int status = 0;
    QByteArray body;
    QString error;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool busy = false; // not sent: the instance's limit of requests in flight was reached

    bool ok() const { return status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

// Outgoing HTTP for the integrations (GWS, push provider, CAPTCHA verifier), on the event
// loop: QNetworkAccessManager is asynchronous, so nothing here blocks. Every request ends
// in exactly one call of `done`, made only while `context` lives, and within its timeout:
// the timeout is an overall deadline, so a server trickling bytes cannot hold a request
// open. An answer over maxBodyBytes is cut off ("too large"); a request whose `context`
// is destroyed is aborted. No cookies are sent or kept: one instance serves every tenant.
// Each integration has its own instance, and each instance at most maxInFlight requests
// at a time; beyond that a request is answered at once as busy (callers answer 503 with
// Retry-After). Bodies and headers are never logged here: they carry tokens and secrets.
class OutboundHttp : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Done = std::function<void(const OutboundResponse &)>;
    static constexpr qint64 kDefaultMaxBodyBytes = 2 * 1024 * 1024;
    static constexpr int kDefaultMaxInFlight = 64;

    explicit OutboundHttp(QObject *parent = nullptr);

    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    void setMaxInFlight(int requests) { m_maxInFlight = requests; }
    int inFlight() const { return m_inFlight; }
    // Host lookups that fail, or succeed, feed the DNS alert (GES_DNS_FAILURE).
    void setAlertCounters(AlertCounters *alerts) { m_alerts = alerts; }

    void send(const QByteArray &method, const QUrl &url, const Headers &headers,
              const QByteArray &body, int timeoutMs, QObject *context, Done done);
    void postJson(const QUrl &url, const Headers &headers, const QByteArray &json, int timeoutMs,
                  QObject *context, Done done);
    // application/x-www-form-urlencoded, as OAuth token and reCAPTCHA siteverify expect.
    void postForm(const QUrl &url, const Headers &headers,
                  const QList<QPair<QString, QString>> &fields, int timeoutMs, QObject *context,
                  Done done);

private:
    void answerBusy(QObject *context, Done done);
    void watch(QNetworkReply *reply, int timeoutMs, QObject *context,
               std::shared_ptr<QString> failure);
    void recordLookup(const QNetworkReply &reply);

    QNetworkAccessManager m_network;
    qint64 m_maxBodyBytes = kDefaultMaxBodyBytes;
    int m_maxInFlight = kDefaultMaxInFlight;
    int m_inFlight = 0;
    AlertCounters *m_alerts = nullptr;
};

} // namespace ges
