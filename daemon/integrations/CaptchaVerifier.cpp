#include "CaptchaVerifier.h"
#include "ops/Log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ges {

namespace {

// The error codes go into the client's message and the log: only short code-like words
// pass, whatever the verifier sends.
QStringList errorCodesOf(const QJsonObject &answer)
{
    static const QRegularExpression codeLike(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    QStringList codes;
    for (const QJsonValue &code : answer.value("error-codes").toArray()) {
        if (codes.size() == 10)
            break;
        if (codeLike.match(code.toString()).hasMatch())
            codes << code.toString();
    }
    return codes;
}

} // namespace

CaptchaVerifier::CaptchaVerifier(Settings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
}

CaptchaVerifier::Verdict CaptchaVerifier::judge(const OutboundResponse &response, double minScore)
{
    using R = Result;
    if (response.status == 0)
        return {R::Unavailable, response.error};
    if (!response.ok())
        return {R::Unavailable,
                QStringLiteral("the verifier answered HTTP %1").arg(response.status)};
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    if (!answer.value("success").isBool())
        return {R::Unavailable, QStringLiteral("the verifier's answer has no \"success\"")};
    const QStringList codes = errorCodesOf(answer);
    // Our secret refused is our configuration's fault, not the client's.
    if (codes.contains(u"invalid-input-secret") || codes.contains(u"missing-input-secret"))
        return {R::Unavailable, QStringLiteral("the verifier refused CAPTCHA-SECRET")};
    if (!answer.value("success").toBool())
        return {R::Rejected,
                codes.isEmpty() ? QStringLiteral("no reason given") : codes.join(u", ")};
    const QJsonValue score = answer.value("score");
    // A reCAPTCHA v2 answer has no score: only the v3 answers are held to the minimum.
    if (minScore > 0 && score.isDouble() && score.toDouble() < minScore)
        return {R::Rejected,
                QStringLiteral("score %1 is under %2").arg(score.toDouble()).arg(minScore)};
    return {R::Passed, {}};
}

void CaptchaVerifier::verify(const QString &token, const QString &remoteIp, const QString &corrId,
                             Done done)
{
    if (m_settings.secret.isEmpty())
        return done({Result::Unconfigured, QStringLiteral("no CAPTCHA-SECRET is configured")});
    QList<QPair<QString, QString>> form{{QStringLiteral("secret"), m_settings.secret},
                                        {QStringLiteral("response"), token}};
    if (!remoteIp.isEmpty())
        form.append({QStringLiteral("remoteip"), remoteIp});
    const double minScore = m_settings.minScore;
    m_http.postForm(m_settings.url, {}, form, m_settings.timeoutMs, this,
                    [minScore, corrId, done = std::move(done)](const OutboundResponse &response) {
                        const Verdict verdict = judge(response, minScore);
                        if (verdict.result == Result::Unavailable)
                            log::warn("captcha", QStringLiteral("CAPTCHA verifier unavailable"),
                                      {{"reason", verdict.detail}, {"corrId", corrId}});
                        else if (verdict.result == Result::Rejected)
                            log::info("captcha", QStringLiteral("CAPTCHA token rejected"),
                                      {{"reason", verdict.detail}, {"corrId", corrId}});
                        done(verdict);
                    });
}

} // namespace ges
