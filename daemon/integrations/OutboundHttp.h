#pragma once
#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <functional>

namespace ges {

// One answer of an outgoing HTTP request. status 0: no HTTP answer at all (refused,
// timed out, TLS failed); `error` then says why.
struct OutboundResponse
{
    int status = 0;
    QByteArray body;
    QString error;
    QList<QPair<QByteArray, QByteArray>> headers;

    bool ok() const { return status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

// Outgoing HTTP for the integrations (GWS, push provider, CAPTCHA verifier), on the event
// loop: QNetworkAccessManager is asynchronous, so nothing here blocks. Every request has
// a timeout and ends in exactly one call of `done`, made only while `context` lives.
// Bodies and headers are never logged here: they carry tokens and secrets.
class OutboundHttp : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Done = std::function<void(const OutboundResponse &)>;

    explicit OutboundHttp(QObject *parent = nullptr);

    void send(const QByteArray &method, const QUrl &url, const Headers &headers,
              const QByteArray &body, int timeoutMs, QObject *context, Done done);
    void postJson(const QUrl &url, const Headers &headers, const QByteArray &json, int timeoutMs,
                  QObject *context, Done done);
    // application/x-www-form-urlencoded, as OAuth token and reCAPTCHA siteverify expect.
    void postForm(const QUrl &url, const Headers &headers,
                  const QList<QPair<QString, QString>> &fields, int timeoutMs, QObject *context,
                  Done done);

private:
    QNetworkAccessManager m_network;
};

} // namespace ges
