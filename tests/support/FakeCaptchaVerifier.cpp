#include "FakeCaptchaVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace ges::test {

FakeCaptchaVerifier::FakeCaptchaVerifier(QString secret) : m_secret(std::move(secret))
{
    m_server.route(
        "/recaptcha/api/siteverify", QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &http, QHttpServerResponder &&responder) {
            const QUrlQuery form(QString::fromUtf8(http.body()));
            Request request{form.queryItemValue("secret", QUrl::FullyDecoded),
                            form.queryItemValue("response", QUrl::FullyDecoded),
                            form.queryItemValue("remoteip", QUrl::FullyDecoded),
                            http.value("Content-Type")};
            m_requests.append(request);
            if (m_mode == Mode::Down)
                return responder.write(QHttpServerResponder::StatusCode::ServiceUnavailable);
            if (m_mode == Mode::Slow) {
                // The responder holds a raw socket pointer: keep a guard beside it.
                QPointer<QTcpSocket> socket(responder.socket());
                m_pending.push_back(
                    {socket, std::make_unique<QHttpServerResponder>(std::move(responder))});
                return;
            }
            responder.write(answerFor(request), QByteArrayLiteral("application/json"));
        });
}

FakeCaptchaVerifier::~FakeCaptchaVerifier()
{
    releasePending();
}

bool FakeCaptchaVerifier::listen()
{
    m_port = m_server.listen(QHostAddress::LocalHost);
    return m_port != 0;
}

QString FakeCaptchaVerifier::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/recaptcha/api/siteverify").arg(m_port);
}

void FakeCaptchaVerifier::setMode(Mode mode)
{
    m_mode = mode;
    if (mode != Mode::Slow)
        releasePending();
}

QByteArray FakeCaptchaVerifier::answerFor(const Request &request) const
{
    QJsonObject answer;
    if (request.secret != m_secret)
        answer = {{"success", false}, {"error-codes", QJsonArray{"invalid-input-secret"}}};
    else if (request.response.isEmpty())
        answer = {{"success", false}, {"error-codes", QJsonArray{"missing-input-response"}}};
    else if (!request.response.startsWith(QLatin1String("ok")))
        answer = {{"success", false}, {"error-codes", QJsonArray{"invalid-input-response"}}};
    else {
        answer = {
            {"success", true}, {"challenge_ts", "2026-11-24T15:30:00Z"}, {"hostname", "localhost"}};
        if (m_score >= 0)
            answer.insert("score", m_score);
    }
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

void FakeCaptchaVerifier::releasePending()
{
    // Answered late (the caller has long given up), or just dropped when its socket is gone.
    for (Pending &pending : m_pending) {
        if (pending.socket && pending.socket->state() == QAbstractSocket::ConnectedState)
            pending.responder->write(QHttpServerResponder::StatusCode::ServiceUnavailable);
        pending.responder.reset();
    }
    m_pending.clear();
}

} // namespace ges::test
