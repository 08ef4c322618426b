// The statistics proxy (POST /engagement/v3/statistics/operations/get-statistic-ex) and the
// GWS credential test of the admin API, against the real gesd and a fake GWS on loopback
// (tests/support/FakeGws): tokens fetched once and reused, renewed after expiry and after
// a revocation, answers cached only when the caller allows it, GWS down → 503 and
// GWS_STATUS 1, rejected credentials → 401, none → 404, and no secret or token in the log.
// Hostile or broken endpoints: an answer trickled or over 2 MiB → 503 (not a hang), hosts
// outside GWS_ALLOWED_HOSTS refused, the secret required again when urls.auth changes, no
// cookies kept, and an admin's test of a bad URL leaves GWS_STATUS alone.
#include "E2eFixture.h"
#include "FakeGws.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace ges::test;

namespace {
constexpr char StatsPath[] = "/engagement/v3/statistics/operations/get-statistic-ex";
constexpr char ClientId[] = "ges-stats-client";
constexpr char Secret[] = "gws-secret-4b7e1d9c0a";
constexpr char WrongSecret[] = "gws-wrong-secret-93d2";

// An HTTP server on loopback that misbehaves on purpose once it has read a request's
// headers: Trickle answers 200 with a long Content-Length and then one byte every 300 ms,
// forever; Oversized answers 200 with a valid JSON object of 3 MiB.
class BadHttpServer
{
public:
    enum class Mode
    {
        Trickle,
        Oversized
    };
    explicit BadHttpServer(Mode mode) : m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    bool start() { return m_server.listen(QHostAddress::LocalHost); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        auto headers = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, headers] {
            if (headers->contains("\r\n\r\n"))
                return socket->readAll(), void();
            *headers += socket->readAll();
            if (headers->contains("\r\n\r\n"))
                answer(socket);
        });
    }
    void answer(QTcpSocket *socket)
    {
        ++m_requests;
        if (m_mode == Mode::Oversized) {
            const QByteArray body =
                "{\"pad\":\"" + QByteArray(3 * 1024 * 1024, 'x') + "\"}";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 100000\r\n\r\n{");
        auto *drip = new QTimer(socket);
        QObject::connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        drip->start(300);
    }

    Mode m_mode;
    QTcpServer m_server;
    int m_requests = 0;
};

QJsonObject statsRequest(const QString &name)
{
    return {
        {"statistics", QJsonArray{QJsonObject{
                           {"name", name}, {"objectId", "vq_support"}, {"objectType", "Queue"}}}}};
}
} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void proxyReturnsGwsAnswer();
    void tokenIsReusedAcrossRequests();
    void concurrentRequestsShareOneTokenFetch();
    void revokedTokenIsReplacedOnce();
    void tokenIsRenewedAfterExpiry();
    void maxAgeServesTheSecondCallFromTheCache();
    void notCachedWithoutMaxAgeOf15_data();
    void notCachedWithoutMaxAgeOf15();
    void cacheIsPerTenant();
    void gwsDownAnswers503AndRecovers();
    void gwsServerErrorAnswers503();
    void rejectedCredentialsAnswer401();
    void noCredentialsAnswer404();
    void invalidBodyIs400();
    void adminTestSucceedsWithGoodCredentials();
    void adminTestFailsAtAuthWithBadCredentials();
    void adminTestWithoutCredentialsIs404();
    void noCookiesAreKeptOrSent();
    void trickledAnswerIs503NotAHang();
    void oversizedAnswerIs503();
    void specialCharacterSecretIsAccepted();
    void authUrlChangeNeedsTheSecretAgain();
    void hostOutsideTheAllowListIs400();
    void adminTestOfABadUrlLeavesGwsStatusAlone();
    void secretAndTokensNeverInTheLog();

private:
    QString keyWithCredentials(const QString &tenant, const QString &authUrl,
                               const QString &statsUrl, const QString &clientId = ClientId,
                               const QString &secret = Secret);
    HttpResponse stats(const QJsonObject &body, const QString &key = {},
                       const QByteArray &cacheControl = {});
    bool registerCredentials(const QString &tenant, const QString &secret, bool withStatsUrl);
    QString gwsStatus() { return detail().value("gws").toObject().value("status").toString(); }
    QJsonObject detail()
    {
        return HttpClient::get(f.stack.internalUrl("/ges/v1/health/detail"))
            .json()
            .value("dependencies")
            .toObject();
    }
    QString gwsGauge();

    E2eFixture f;
    FakeGws m_gws{ClientId, Secret};
    QString m_globexKey;   // credentials without a stats URL: GWS_STATS applies
    QString m_initechKey;  // credentials with a wrong secret
    QString m_umbrellaKey; // no credentials at all
};

void TestStatistics::initTestCase()
{
    QVERIFY(m_gws.start());
    f.stack.setEnv("GWS_STATS", m_gws.statsUrl());
    // The fakes listen on loopback at various ports: the operator's list names the host.
    f.stack.setEnv("GWS_ALLOWED_HOSTS", "127.0.0.1");
    QVERIFY(f.start());
    QVERIFY(registerCredentials("acme", Secret, true));
    QVERIFY(registerCredentials("globex", Secret, false));
    QVERIFY(registerCredentials("initech", WrongSecret, true));
    m_globexKey = f.stack.createApiKey(f.token, "globex");
    m_initechKey = f.stack.createApiKey(f.token, "initech");
    m_umbrellaKey = f.stack.createApiKey(f.token, "umbrella");
    QVERIFY(!m_globexKey.isEmpty() && !m_initechKey.isEmpty() && !m_umbrellaKey.isEmpty());
}

bool TestStatistics::registerCredentials(const QString &tenant, const QString &secret,
                                         bool withStatsUrl)
{
    QJsonObject urls{{"auth", m_gws.authUrl()}};
    if (withStatsUrl)
        urls.insert("stats", m_gws.statsUrl());
    const auto put = f.admin("PUT", "/ges/v1/admin/gws-credentials/" + tenant,
                             {{"clientId", ClientId}, {"clientSecret", secret}, {"urls", urls}});
    return put.status == 200;
}

HttpResponse TestStatistics::stats(const QJsonObject &body, const QString &key,
                                   const QByteArray &cacheControl)
{
    HttpClient::Headers headers{{"X-API-Key", (key.isEmpty() ? f.apiKey : key).toUtf8()}};
    if (!cacheControl.isEmpty())
        headers.append({"Cache-Control", cacheControl});
    return HttpClient::postJson(f.stack.externalUrl(StatsPath), body, headers);
}

QString TestStatistics::gwsGauge()
{
    static const QRegularExpression line(QStringLiteral("^GWS_STATUS (\\S+)$"),
                                         QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(HttpClient::get(f.stack.internalUrl("/metrics")).body))
        .captured(1);
}

void TestStatistics::proxyReturnsGwsAnswer()
{
    QCOMPARE(gwsStatus(), QStringLiteral("UNKNOWN")); // no GWS call yet
    QCOMPARE(gwsGauge(), QStringLiteral("0"));
    const QJsonObject request = statsRequest("CurrNumberWaitingCalls");
    const auto answer = stats(request);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value("status").toObject().value("code").toInt(), 0);
    QCOMPARE(answer.data().toObject(), FakeGws::answerFor(request));
    QCOMPARE(QJsonDocument::fromJson(m_gws.lastStatsBody()).object(), request); // as sent
    QCOMPARE(m_gws.tokenRequests(), 1);
    QCOMPARE(m_gws.statsRequests(), 1);
    QCOMPARE(gwsStatus(), QStringLiteral("UP"));
}

void TestStatistics::tokenIsReusedAcrossRequests()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(stats(statsRequest("Reuse" + QString::number(i))).status, 200);
    QCOMPARE(m_gws.tokenRequests(), 1); // still the token of the first request
    QCOMPARE(m_gws.statsRequests(), 6);
}

void TestStatistics::concurrentRequestsShareOneTokenFetch()
{
    // globex has not asked before: eight requests at once need one token between them.
    const int tokensBefore = m_gws.tokenRequests();
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 8; ++i) {
        QNetworkRequest request(QUrl(f.stack.externalUrl(StatsPath)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("X-API-Key", m_globexKey.toUtf8());
        replies << manager.post(request,
                                QJsonDocument(statsRequest("Together" + QString::number(i)))
                                    .toJson(QJsonDocument::Compact));
    }
    QTRY_VERIFY_WITH_TIMEOUT(E2eFixture::allFinished(replies), 20000);
    for (QNetworkReply *reply : replies) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    QCOMPARE(m_gws.tokenRequests(), tokensBefore + 1);
}

void TestStatistics::revokedTokenIsReplacedOnce()
{
    m_gws.revokeTokens();
    const int tokensBefore = m_gws.tokenRequests();
    const int statsBefore = m_gws.statsRequests();
    QCOMPARE(stats(statsRequest("AfterRevocation")).status, 200);
    QCOMPARE(m_gws.tokenRequests(), tokensBefore + 1); // the refused token was dropped
    QCOMPARE(m_gws.statsRequests(), statsBefore + 2);  // refused once, then answered
}

void TestStatistics::tokenIsRenewedAfterExpiry()
{
    // A token that lives 2 s is used for 1.8 s (10% before its end), then replaced.
    m_gws.setExpiresIn(2);
    m_gws.revokeTokens();
    QCOMPARE(stats(statsRequest("ShortLived")).status, 200);
    const int tokensAfterFirst = m_gws.tokenRequests();
    int failures = 0;
    QTRY_VERIFY_WITH_TIMEOUT((failures += stats(statsRequest("ShortLived")).status == 200 ? 0 : 1,
                              m_gws.tokenRequests() == tokensAfterFirst + 1),
                             15000);
    QCOMPARE(failures, 0);
    m_gws.setExpiresIn(3600);
}

void TestStatistics::maxAgeServesTheSecondCallFromTheCache()
{
    const QJsonObject request = statsRequest("CachedForAMinute");
    const int statsBefore = m_gws.statsRequests();
    const auto first = stats(request, {}, "max-age=60");
    const auto second = stats(request, {}, "public, max-age=60");
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.data(), first.data());
    QCOMPARE(m_gws.statsRequests(), statsBefore + 1); // GWS saw one call
    // Without the header the caller wants GWS's answer now: the cache is not used.
    QCOMPARE(stats(request).status, 200);
    QCOMPARE(m_gws.statsRequests(), statsBefore + 2);
}

void TestStatistics::notCachedWithoutMaxAgeOf15_data()
{
    QTest::addColumn<QByteArray>("cacheControl");
    QTest::newRow("absent") << QByteArray();
    QTest::newRow("max-age below 15") << QByteArray("max-age=14");
    QTest::newRow("no-cache") << QByteArray("no-cache");
    QTest::newRow("max-age not a number") << QByteArray("max-age=soon");
}

void TestStatistics::notCachedWithoutMaxAgeOf15()
{
    QFETCH(QByteArray, cacheControl);
    const QJsonObject request =
        statsRequest("NotCached-" + QString::fromLatin1(QTest::currentDataTag()));
    const int statsBefore = m_gws.statsRequests();
    QCOMPARE(stats(request, {}, cacheControl).status, 200);
    QCOMPARE(stats(request, {}, cacheControl).status, 200);
    QCOMPARE(m_gws.statsRequests(), statsBefore + 2);
}

void TestStatistics::cacheIsPerTenant()
{
    const QJsonObject request = statsRequest("SameQuestionTwoTenants");
    // globex's token was revoked above: a first call replaces it, so the count below is
    // of answers alone.
    QCOMPARE(stats(statsRequest("Warm"), m_globexKey).status, 200);
    const int statsBefore = m_gws.statsRequests();
    QCOMPARE(stats(request, {}, "max-age=60").status, 200);
    QCOMPARE(stats(request, m_globexKey, "max-age=60").status, 200);
    QCOMPARE(m_gws.statsRequests(), statsBefore + 2);
}

void TestStatistics::gwsDownAnswers503AndRecovers()
{
    m_gws.stop();
    const auto down = stats(statsRequest("WhileDown"));
    QCOMPARE(down.status, 503);
    QCOMPARE(down.errorCode(), QStringLiteral("DEPENDENCY_UNAVAILABLE"));
    QVERIFY(down.header("Retry-After").toInt() > 0);
    QVERIFY(down.json().value("status").toObject().value("message").toString().contains("GWS"));
    QCOMPARE(gwsGauge(), QStringLiteral("1"));
    QCOMPARE(gwsStatus(), QStringLiteral("DOWN"));

    QVERIFY(m_gws.start());
    QCOMPARE(stats(statsRequest("AfterRecovery")).status, 200);
    QCOMPARE(gwsGauge(), QStringLiteral("0"));
    QCOMPARE(gwsStatus(), QStringLiteral("UP"));
}

void TestStatistics::gwsServerErrorAnswers503()
{
    m_gws.setStatisticsFailing(true);
    const auto failing = stats(statsRequest("ServerError"));
    m_gws.setStatisticsFailing(false);
    QCOMPARE(failing.status, 503);
    QCOMPARE(failing.errorCode(), QStringLiteral("DEPENDENCY_UNAVAILABLE"));
    QVERIFY(failing.header("Retry-After").toInt() > 0);
    QCOMPARE(gwsGauge(), QStringLiteral("1"));
    QCOMPARE(stats(statsRequest("ServerErrorOver")).status, 200);
    QCOMPARE(gwsGauge(), QStringLiteral("0"));
}

void TestStatistics::rejectedCredentialsAnswer401()
{
    const auto rejected = stats(statsRequest("WrongSecret"), m_initechKey);
    QCOMPARE(rejected.status, 401);
    QCOMPARE(rejected.errorCode(), QStringLiteral("API_KEY_INVALID"));
    const QString message = rejected.json().value("status").toObject().value("message").toString();
    QVERIFY2(message.contains("GWS rejected") && message.contains("initech"), qPrintable(message));
    QCOMPARE(gwsGauge(), QStringLiteral("0")); // GWS answered: it is up
}

void TestStatistics::noCredentialsAnswer404()
{
    const int tokensBefore = m_gws.tokenRequests();
    const auto none = stats(statsRequest("NoCredentials"), m_umbrellaKey);
    QCOMPARE(none.status, 404);
    QCOMPARE(none.errorCode(), QStringLiteral("GWS_CREDENTIALS_NOT_FOUND"));
    QVERIFY(none.json().value("status").toObject().value("message").toString().contains(
        "no GWS credentials"));
    QCOMPARE(m_gws.tokenRequests(), tokensBefore);
}

void TestStatistics::invalidBodyIs400()
{
    const auto bad =
        HttpClient::send("POST", f.stack.externalUrl(StatsPath), "not json",
                         {{"X-API-Key", f.apiKey.toUtf8()}, {"Content-Type", "application/json"}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("INVALID_JSON"));
    QCOMPARE(HttpClient::postJson(f.stack.externalUrl(StatsPath), statsRequest("x")).status, 401);
}

void TestStatistics::adminTestSucceedsWithGoodCredentials()
{
    const int tokensBefore = m_gws.tokenRequests();
    const auto tested = f.admin("POST", "/ges/v1/admin/gws-credentials/acme/test");
    QCOMPARE(tested.status, 200);
    const QJsonObject verdict = tested.data().toObject();
    QCOMPARE(verdict.value("ok").toBool(), true);
    QCOMPARE(verdict.value("stage").toString(), QStringLiteral("stats"));
    QCOMPARE(verdict.value("httpStatus").toInt(), 200);
    QVERIFY(!verdict.value("message").toString().isEmpty());
    QVERIFY(verdict.value("latencyMs").toDouble() >= 0);
    QCOMPARE(m_gws.tokenRequests(), tokensBefore + 1); // a fresh token: the cache is bypassed

    // globex has no stats URL of its own: GWS_STATS is used.
    const auto fallback = f.admin("POST", "/ges/v1/admin/gws-credentials/globex/test");
    QCOMPARE(fallback.data().toObject().value("ok").toBool(), true);
    QCOMPARE(fallback.data().toObject().value("stage").toString(), QStringLiteral("stats"));
}

void TestStatistics::adminTestFailsAtAuthWithBadCredentials()
{
    const auto tested = f.admin("POST", "/ges/v1/admin/gws-credentials/initech/test");
    QCOMPARE(tested.status, 200); // the test ran; its verdict is negative
    const QJsonObject verdict = tested.data().toObject();
    QCOMPARE(verdict.value("ok").toBool(), false);
    QCOMPARE(verdict.value("stage").toString(), QStringLiteral("auth"));
    QCOMPARE(verdict.value("httpStatus").toInt(), 401);
    QVERIFY2(verdict.value("message").toString().contains("rejected"),
             qPrintable(verdict.value("message").toString()));

    m_gws.stop();
    const auto down = f.admin("POST", "/ges/v1/admin/gws-credentials/acme/test");
    QVERIFY(m_gws.start());
    QCOMPARE(down.status, 200);
    QCOMPARE(down.data().toObject().value("ok").toBool(), false);
    QCOMPARE(down.data().toObject().value("stage").toString(), QStringLiteral("auth"));
    QCOMPARE(down.data().toObject().value("httpStatus").toInt(), 0);
}

void TestStatistics::adminTestWithoutCredentialsIs404()
{
    const auto none = f.admin("POST", "/ges/v1/admin/gws-credentials/umbrella/test");
    QCOMPARE(none.status, 404);
    QCOMPARE(none.errorCode(), QStringLiteral("GWS_CREDENTIALS_NOT_FOUND"));
}

QString TestStatistics::keyWithCredentials(const QString &tenant, const QString &authUrl,
                                           const QString &statsUrl, const QString &clientId,
                                           const QString &secret)
{
    const auto put = f.admin("PUT", "/ges/v1/admin/gws-credentials/" + tenant,
                             {{"clientId", clientId},
                              {"clientSecret", secret},
                              {"urls", QJsonObject{{"auth", authUrl}, {"stats", statsUrl}}}});
    if (put.status != 200)
        return {};
    return f.stack.createApiKey(f.token, tenant);
}

void TestStatistics::noCookiesAreKeptOrSent()
{
    // Every token answer of the fake set a cookie; several token requests followed.
    QVERIFY(m_gws.tokenRequests() >= 3);
    QCOMPARE(m_gws.cookiesSeen(), 0);
}

void TestStatistics::trickledAnswerIs503NotAHang()
{
    BadHttpServer slow(BadHttpServer::Mode::Trickle);
    QVERIFY(slow.start());
    const QString key = keyWithCredentials("trickle", m_gws.authUrl(), slow.baseUrl());
    QVERIFY(!key.isEmpty());
    // GES's GWS timeout is 5 s for the whole request, though a byte comes every 300 ms.
    const auto answer = stats(statsRequest("Trickled"), key);
    QCOMPARE(slow.requests(), 1);
    QCOMPARE(answer.status, 503);
    QCOMPARE(answer.errorCode(), QStringLiteral("DEPENDENCY_UNAVAILABLE"));
    QVERIFY(answer.header("Retry-After").toInt() > 0);
    QVERIFY2(answer.json().value("status").toObject().value("message").toString().contains(
                 "timed out"),
             answer.body.constData());
}

void TestStatistics::oversizedAnswerIs503()
{
    BadHttpServer huge(BadHttpServer::Mode::Oversized);
    QVERIFY(huge.start());
    const QString key = keyWithCredentials("oversized", m_gws.authUrl(), huge.baseUrl());
    QVERIFY(!key.isEmpty());
    const auto answer = stats(statsRequest("Huge"), key);
    QCOMPARE(huge.requests(), 1);
    QCOMPARE(answer.status, 503);
    QVERIFY(answer.header("Retry-After").toInt() > 0);
    QVERIFY2(answer.json().value("status").toObject().value("message").toString().contains(
                 "too large"),
             answer.body.left(500).constData());
}

void TestStatistics::specialCharacterSecretIsAccepted()
{
    // RFC 6749 §2.3.1: the fake form-decodes id and secret after base64, as GWS does.
    const QString id = QStringLiteral("ges:stats client");
    const QString secret = QStringLiteral("s3cr:t+/ %\u00fc&=ä");
    FakeGws strict(id, secret);
    QVERIFY(strict.start());
    const QString key = keyWithCredentials("special", strict.authUrl(), strict.statsUrl(), id,
                                           secret);
    QVERIFY(!key.isEmpty());
    const auto answer = stats(statsRequest("Special"), key);
    QCOMPARE(answer.status, 200);
    QCOMPARE(strict.tokenRequests(), 1);
    QCOMPARE(strict.statsRequests(), 1);
}

void TestStatistics::authUrlChangeNeedsTheSecretAgain()
{
    const QString path = QStringLiteral("/ges/v1/admin/gws-credentials/acme");
    const auto moved = f.admin(
        "PUT", path,
        {{"clientId", ClientId},
         {"urls", QJsonObject{{"auth", "http://127.0.0.1:9/auth/v3"}, {"stats", m_gws.statsUrl()}}}});
    QCOMPARE(moved.status, 400);
    const QJsonArray details = moved.json().value("status").toObject().value("details").toArray();
    QVERIFY2(!details.isEmpty(), moved.body.constData());
    QCOMPARE(details.first().toObject().value("field").toString(), QStringLiteral("clientSecret"));
    QVERIFY2(moved.body.contains("required when urls.auth changes"), moved.body.constData());
    // Nothing was written: the stored URL is still the old one.
    const auto listed = f.admin("GET", "/ges/v1/admin/gws-credentials?tenant=acme");
    QCOMPARE(listed.data().toObject().value("credentials").toArray().first().toObject()
                 .value("urls").toObject().value("auth").toString(),
             m_gws.authUrl());
    // The same auth URL without the secret: kept, as before.
    const auto same = f.admin(
        "PUT", path,
        {{"clientId", ClientId},
         {"urls", QJsonObject{{"auth", m_gws.authUrl()}, {"stats", m_gws.statsUrl()}}}});
    QCOMPARE(same.status, 200);
    QCOMPARE(stats(statsRequest("AfterKeep")).status, 200);
}

void TestStatistics::hostOutsideTheAllowListIs400()
{
    const auto tryUrls = [this](const QJsonObject &urls) {
        return f.admin("PUT", "/ges/v1/admin/gws-credentials/initrode",
                       {{"clientId", ClientId}, {"clientSecret", Secret}, {"urls", urls}});
    };
    const auto metadata = tryUrls({{"auth", "http://169.254.169.254/latest/meta-data"}});
    QCOMPARE(metadata.status, 400);
    QVERIFY2(metadata.body.contains("urls.auth") && metadata.body.contains("GWS_ALLOWED_HOSTS"),
             metadata.body.constData());
    const auto elsewhere =
        tryUrls({{"auth", m_gws.authUrl()}, {"stats", "https://gws.example.com/statistics/v3"}});
    QCOMPARE(elsewhere.status, 400);
    QVERIFY2(elsewhere.body.contains("urls.stats"), elsewhere.body.constData());
    QCOMPARE(f.admin("GET", "/ges/v1/admin/gws-credentials?tenant=initrode")
                 .data().toObject().value("credentials").toArray().size(),
             0);
}

void TestStatistics::adminTestOfABadUrlLeavesGwsStatusAlone()
{
    QCOMPARE(stats(statsRequest("BeforeBadTest")).status, 200);
    QCOMPARE(gwsGauge(), QStringLiteral("0"));
    QCOMPARE(gwsStatus(), QStringLiteral("UP"));
    // Nothing listens on port 9 (discard) of loopback: the token request fails at once.
    QVERIFY(!keyWithCredentials("typo", "http://127.0.0.1:9/auth/v3", m_gws.statsUrl()).isEmpty());
    const auto tested = f.admin("POST", "/ges/v1/admin/gws-credentials/typo/test");
    QCOMPARE(tested.status, 200);
    QCOMPARE(tested.data().toObject().value("ok").toBool(), false);
    QCOMPARE(tested.data().toObject().value("httpStatus").toInt(), 0);
    QCOMPARE(gwsGauge(), QStringLiteral("0"));
    QCOMPARE(gwsStatus(), QStringLiteral("UP"));
}

void TestStatistics::secretAndTokensNeverInTheLog()
{
    const QString log = f.stack.gesdLog();
    QVERIFY(log.contains("GWS credentials tested")); // the log is there and was written
    QVERIFY(log.contains("GWS statistics request failed"));
    QVERIFY(!log.contains(Secret));
    QVERIFY(!log.contains(WrongSecret));
    QVERIFY(!log.contains("fake-token-"));
    QVERIFY(!log.contains(QByteArray(QByteArray(ClientId) + ':' + Secret).toBase64()));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
