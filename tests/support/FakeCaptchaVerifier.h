#pragma once
#include <QHttpServer>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <memory>
#include <vector>

namespace ges::test {

// A reCAPTCHA-style verifier on loopback: POST /recaptcha/api/siteverify with a form of
// secret, response and remoteip, answered as Google does:
//   {"success": true, "score": <score>}                       token starting with "ok"
//   {"success": false, "error-codes": ["invalid-input-response"]}   any other token
//   {"success": false, "error-codes": ["invalid-input-secret"]}     a wrong secret
// It records every request, and can be made slow (never answers) or down (HTTP 503).
class FakeCaptchaVerifier
{
public:
    enum class Mode
    {
        Normal,
        Slow, // holds the request unanswered until the mode changes
        Down, // answers 503
    };
    struct Request
    {
        QString secret;
        QString response;
        QString remoteIp;
        QByteArray contentType;
    };

    explicit FakeCaptchaVerifier(QString secret);
    ~FakeCaptchaVerifier();

    bool listen(); // on 127.0.0.1, a free port
    QString url() const;
    void setMode(Mode mode);
    void setScore(double score) { m_score = score; } // put in successful answers; < 0: none
    QList<Request> requests() const { return m_requests; }
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending
    {
        QPointer<QTcpSocket> socket;
        std::unique_ptr<QHttpServerResponder> responder;
    };
    QByteArray answerFor(const Request &request) const;
    void releasePending();

    QString m_secret;
    QHttpServer m_server;
    quint16 m_port = 0;
    Mode m_mode = Mode::Normal;
    double m_score = -1;
    QList<Request> m_requests;
    std::vector<Pending> m_pending;
};

} // namespace ges::test
