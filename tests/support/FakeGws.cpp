#include "FakeGws.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponse>

namespace ges::test {

namespace {
QByteArray headerOf(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QHttpServerResponse json(const QJsonObject &body, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(body, status);
}
} // namespace

FakeGws::FakeGws(QString clientId, QString clientSecret, QObject *parent)
    : QObject(parent), m_clientId(std::move(clientId)), m_clientSecret(std::move(clientSecret))
{
}

FakeGws::~FakeGws() = default;

bool FakeGws::start()
{
    if (m_server)
        return true;
    m_server = std::make_unique<QHttpServer>();
    m_server->route("/auth/v3/oauth/token", QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &r) { return token(r); });
    m_server->route("/statistics/v3/operations/get-statistic-ex", QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &r) { return statistics(r); });
    const quint16 port = m_server->listen(QHostAddress::LocalHost, m_port);
    if (port == 0) {
        m_server.reset();
        return false;
    }
    m_port = port;
    return true;
}

void FakeGws::stop()
{
    // The listener and every accepted connection are children of the server: GES's
    // kept-alive connections are closed too, as when the real GWS goes away.
    m_server.reset();
}

QString FakeGws::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString FakeGws::authUrl() const
{
    return baseUrl() + QStringLiteral("/auth/v3");
}

QString FakeGws::statsUrl() const
{
    return baseUrl() + QStringLiteral("/statistics/v3");
}

QHttpServerResponse FakeGws::token(const QHttpServerRequest &request)
{
    ++m_tokenRequests;
    if (!headerOf(request, "Cookie").isEmpty())
        ++m_cookiesSeen;
    // RFC 6749 §2.3.1: base64 of form-urlencoded id ':' form-urlencoded secret.
    const QByteArray authorization = headerOf(request, "Authorization");
    const QByteArray pair = QByteArray::fromBase64(authorization.mid(6));
    const qsizetype colon = pair.indexOf(':');
    auto formDecoded = [](QByteArray part) {
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
    };
    if (!authorization.startsWith("Basic ") || colon < 0 ||
        formDecoded(pair.left(colon)) != m_clientId ||
        formDecoded(pair.mid(colon + 1)) != m_clientSecret)
        return json({{"error", "invalid_client"}, {"error_description", "Bad client credentials"}},
                    QHttpServerResponse::StatusCode::Unauthorized);
    const QUrlQuery form(QString::fromUtf8(request.body()));
    if (!headerOf(request, "Content-Type").startsWith("application/x-www-form-urlencoded") ||
        form.queryItemValue("grant_type") != QLatin1String("client_credentials"))
        return json({{"error", "unsupported_grant_type"}},
                    QHttpServerResponse::StatusCode::BadRequest);
    const QString issued = QStringLiteral("fake-token-%1").arg(++m_issued);
    m_tokens.insert(issued, QDateTime::currentMSecsSinceEpoch() + m_expiresIn * qint64(1000));
    QHttpServerResponse answer = json({{"access_token", issued},
                                       {"token_type", "bearer"},
                                       {"expires_in", m_expiresIn},
                                       {"scope", "*"}},
                                      QHttpServerResponse::StatusCode::Ok);
    // As load balancers in front of GWS do: GES must neither keep nor send it back.
    answer.setHeader("Set-Cookie", "GWSAFFINITY=" + issued.toUtf8() + "; Path=/");
    return answer;
}

QJsonObject FakeGws::answerFor(const QJsonObject &request)
{
    QJsonArray statistics;
    for (const QJsonValue &asked : request.value("statistics").toArray()) {
        const QJsonObject one = asked.toObject();
        const QString name = one.value("name").toString();
        statistics.append(QJsonObject{{"name", name},
                                      {"objectId", one.value("objectId")},
                                      {"objectType", one.value("objectType")},
                                      {"timestamp", qint64(1700000000000)},
                                      {"value", QJsonObject{{"count", int(name.size())}}}});
    }
    return {{"status", QJsonObject{{"code", 0}}},
            {"path", "/statistics/v3/operations/get-statistic-ex"},
            {"data", QJsonObject{{"statistics", statistics}}}};
}

QHttpServerResponse FakeGws::statistics(const QHttpServerRequest &request)
{
    ++m_statsRequests;
    m_lastStatsBody = request.body();
    if (!headerOf(request, "Cookie").isEmpty())
        ++m_cookiesSeen;
    const QByteArray authorization = headerOf(request, "Authorization");
    const QString presented = QString::fromUtf8(authorization.mid(7));
    const bool valid = authorization.startsWith("Bearer ") && m_tokens.contains(presented) &&
                       m_tokens.value(presented) > QDateTime::currentMSecsSinceEpoch();
    if (!valid)
        return json({{"status", QJsonObject{{"code", 401}, {"message", "Unauthorized"}}}},
                    QHttpServerResponse::StatusCode::Unauthorized);
    if (m_statsFail)
        return json({{"status", QJsonObject{{"code", 500}, {"message", "Stat Server is away"}}}},
                    QHttpServerResponse::StatusCode::InternalServerError);
    const QJsonDocument body = QJsonDocument::fromJson(request.body());
    if (!body.isObject())
        return json({{"status", QJsonObject{{"code", 400}, {"message", "Bad Request"}}}},
                    QHttpServerResponse::StatusCode::BadRequest);
    return json(answerFor(body.object()), QHttpServerResponse::StatusCode::Ok);
}

} // namespace ges::test
