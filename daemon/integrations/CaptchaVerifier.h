#pragma once
#include "OutboundHttp.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

namespace ges {

// Checks a CAPTCHA token with a reCAPTCHA-style verifier (docs/captcha.md): a form post of
// `secret`, `response` (the token) and `remoteip` to CAPTCHA_VERIFY_URL, answered with
// {"success": bool, "score"?: number, "error-codes"?: [...]}. Asynchronous; the token and
// the secret are never logged.
class CaptchaVerifier : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl url;
        QString secret;      // empty: not configured, every check is Unconfigured
        double minScore = 0; // > 0: an answer with a lower "score" is rejected
        int timeoutMs = 5000;
    };
    enum class Result
    {
        Passed,
        Rejected,     // the verifier said no: the client's fault (403)
        Unavailable,  // no usable answer: timeout, refused, 5xx, not JSON (503)
        Unconfigured, // no CAPTCHA-SECRET (503)
    };
    struct Verdict
    {
        Result result = Result::Unavailable;
        QString detail; // Rejected: the verifier's error codes; Unavailable: why
    };
    using Done = std::function<void(const Verdict &)>;

    explicit CaptchaVerifier(Settings settings, QObject *parent = nullptr);

    void verify(const QString &token, const QString &remoteIp, const QString &corrId, Done done);

    // The answer of a verifier, judged (public for unit tests).
    static Verdict judge(const OutboundResponse &response, double minScore);

private:
    Settings m_settings;
    // Its own connections: the verifier is one host that no other integration talks to.
    OutboundHttp m_http;
};

} // namespace ges
