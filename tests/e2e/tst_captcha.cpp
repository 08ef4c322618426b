// CAPTCHA on create (docs/captcha.md): a service with captchaRequired has every external
// create's captchaToken checked by a reCAPTCHA-style verifier — here a fake one on loopback —
// before anything is written.
#include "E2eFixture.h"
#include "FakeCaptchaVerifier.h"

#include <QFile>
#include <QUuid>

using namespace ges::test;

namespace {
const QString kSecret = QStringLiteral("captcha-secret-6c1f0e2a9b");
const char kCreate[] = "/engagement/v3/callbacks/create";
} // namespace

class TestCaptcha : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void serviceWithoutCaptchaNeedsNoToken();
    void missingTokenIsRefusedAndWritesNothing_data();
    void missingTokenIsRefusedAndWritesNothing();
    void rejectedTokenIsRefusedWithTheVerifierCodes();
    void goodTokenCreatesAndIsNeverStored();
    void scoreUnderTheMinimumIsRefused();
    void verifierDownOrSlowIs503AndWritesNothing_data();
    void verifierDownOrSlowIs503AndWritesNothing();
    void replayNeedsNoSecondVerification();
    void adminCreateIsNotChecked();
    void nonStringTokenIs400();
    void serviceConfigKeepsCaptchaRequired();
    void checksAreCounted();
    void tokensAndSecretAreNeverLogged();
    void withoutASecretCaptchaServicesAnswer503();

private:
    HttpResponse create(const QString &phone, const QJsonValue &token = QJsonValue::Undefined,
                        const QString &service = QStringLiteral("guarded"),
                        const HttpClient::Headers &extra = {});
    QString token(const QString &prefix);
    int storedFor(const QString &phone);

    FakeCaptchaVerifier m_verifier{kSecret};
    E2eFixture f;
    QStringList m_tokens; // every token sent, none of which may show up in the log
    int m_phones = 0;
};

void TestCaptcha::initTestCase()
{
    QVERIFY(m_verifier.listen());
    QFile secret(f.stack.configFolder() + "/CAPTCHA-SECRET");
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write(kSecret.toUtf8() + '\n');
    secret.close();
    f.stack.setEnv("CAPTCHA_VERIFY_URL", m_verifier.url());
    f.stack.setEnv("CAPTCHA_TIMEOUT_MS", "1000");
    f.stack.setEnv("CAPTCHA_MIN_SCORE", "0.5");
    QVERIFY(f.start());
    const auto guarded = f.stack.createService(
        f.token, QJsonObject{{"tenant", f.tenant}, {"name", "guarded"}, {"captchaRequired", true}});
    QCOMPARE(guarded.status, 200);
    QCOMPARE(guarded.data().toObject().value("captchaRequired"), QJsonValue(true));
}

void TestCaptcha::init()
{
    m_verifier.setMode(FakeCaptchaVerifier::Mode::Normal);
    m_verifier.setScore(-1);
}

HttpResponse TestCaptcha::create(const QString &phone, const QJsonValue &token,
                                 const QString &service, const HttpClient::Headers &extra)
{
    QJsonObject body{{"serviceName", service}, {"phoneNumber", phone}};
    if (!token.isUndefined())
        body.insert("captchaToken", token);
    HttpClient::Headers headers{{"X-API-Key", f.apiKey.toUtf8()}};
    headers += extra;
    return HttpClient::postJson(f.stack.externalUrl(kCreate), body, headers);
}

QString TestCaptcha::token(const QString &prefix)
{
    m_tokens << prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return m_tokens.last();
}

int TestCaptcha::storedFor(const QString &phone)
{
    return f.stack.postgres()
        .psql("SELECT count(*) FROM callbacks WHERE phone_number = '" + phone + "'")
        .toInt();
}

void TestCaptcha::serviceWithoutCaptchaNeedsNoToken()
{
    QCOMPARE(create("+4930100000001", QJsonValue::Undefined, f.service).status, 200);
    // A token sent to a service that does not ask for one is ignored, not checked.
    QCOMPARE(create("+4930100000002", token("bad-"), f.service).status, 200);
    QVERIFY(m_verifier.requests().isEmpty());
}

void TestCaptcha::missingTokenIsRefusedAndWritesNothing_data()
{
    QTest::addColumn<QJsonValue>("token");
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("empty") << QJsonValue(QString());
}

void TestCaptcha::missingTokenIsRefusedAndWritesNothing()
{
    QFETCH(QJsonValue, token);
    const QString phone = QStringLiteral("+49301100%1").arg(++m_phones, 5, 10, QLatin1Char('0'));
    const auto response = create(phone, token);
    QCOMPARE(response.status, 403);
    QCOMPARE(response.errorCode(), QStringLiteral("CAPTCHA_FAILED"));
    QCOMPARE(response.json().value("status").toObject().value("message").toString(),
             QStringLiteral("captchaToken is required by this service"));
    QCOMPARE(storedFor(phone), 0);
    QVERIFY(m_verifier.requests().isEmpty());
}

void TestCaptcha::rejectedTokenIsRefusedWithTheVerifierCodes()
{
    const int before = int(m_verifier.requests().size());
    const auto response = create("+4930120000001", token("bad-"));
    QCOMPARE(response.status, 403);
    QCOMPARE(response.errorCode(), QStringLiteral("CAPTCHA_FAILED"));
    QVERIFY2(response.body.contains("invalid-input-response"), response.body.constData());
    QCOMPARE(storedFor("+4930120000001"), 0);
    QCOMPARE(m_verifier.requests().size(), before + 1);
}

void TestCaptcha::goodTokenCreatesAndIsNeverStored()
{
    const QString good = token("ok-");
    const auto response = create("+4930130000001", good);
    QCOMPARE(response.status, 200);
    const FakeCaptchaVerifier::Request seen = m_verifier.requests().last();
    QCOMPARE(seen.secret, kSecret);
    QCOMPARE(seen.response, good);
    QCOMPARE(seen.remoteIp, QStringLiteral("127.0.0.1"));
    QCOMPARE(seen.contentType, QByteArray("application/x-www-form-urlencoded"));

    const QString id = response.data().toObject().value("id").toString();
    const auto stored = f.admin("GET", "/ges/v1/admin/callbacks/" + id);
    QCOMPARE(stored.status, 200);
    QVERIFY(!stored.body.contains(good.toUtf8()));
    QVERIFY(!stored.body.contains("captchaToken"));
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM callbacks c WHERE c::text LIKE '%" +
                                     good + "%'"),
             QStringLiteral("0"));
}

void TestCaptcha::scoreUnderTheMinimumIsRefused()
{
    m_verifier.setScore(0.2); // CAPTCHA_MIN_SCORE is 0.5
    const auto low = create("+4930140000001", token("ok-"));
    QCOMPARE(low.status, 403);
    QCOMPARE(low.errorCode(), QStringLiteral("CAPTCHA_FAILED"));
    QVERIFY2(low.body.contains("score 0.2"), low.body.constData());
    QCOMPARE(storedFor("+4930140000001"), 0);
    m_verifier.setScore(0.9);
    QCOMPARE(create("+4930140000001", token("ok-")).status, 200);
}

void TestCaptcha::verifierDownOrSlowIs503AndWritesNothing_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("down (HTTP 503)") << int(FakeCaptchaVerifier::Mode::Down);
    QTest::newRow("slow (timeout)") << int(FakeCaptchaVerifier::Mode::Slow);
}

void TestCaptcha::verifierDownOrSlowIs503AndWritesNothing()
{
    QFETCH(int, mode);
    m_verifier.setMode(FakeCaptchaVerifier::Mode(mode));
    const QString phone = QStringLiteral("+493015000000%1").arg(mode);
    const int before = int(m_verifier.requests().size());
    const auto response = create(phone, token("ok-"));
    QCOMPARE(response.status, 503);
    QCOMPARE(response.errorCode(), QStringLiteral("DEPENDENCY_UNAVAILABLE"));
    QVERIFY(response.header("Retry-After").toInt() > 0);
    QCOMPARE(m_verifier.requests().size(), before + 1); // it was asked, and did not answer well
    QCOMPARE(storedFor(phone), 0);
    m_verifier.setMode(FakeCaptchaVerifier::Mode::Normal);
    QCOMPARE(create(phone, token("ok-")).status, 200);
}

void TestCaptcha::replayNeedsNoSecondVerification()
{
    const HttpClient::Headers key{{"Idempotency-Key", "captcha-replay-1"}};
    const auto first = create("+4930160000001", token("ok-"), "guarded", key);
    QCOMPARE(first.status, 200);
    const int asked = int(m_verifier.requests().size());
    // reCAPTCHA tokens are single-use: a retry carries a new one, or the old one again.
    const auto retry = create("+4930160000001", token("ok-"), "guarded", key);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.data().toObject().value("id"), first.data().toObject().value("id"));
    QCOMPARE(m_verifier.requests().size(), asked);
    QCOMPARE(storedFor("+4930160000001"), 1);
    // The same key with another request is still refused as reused.
    const auto other = create("+4930160000002", token("ok-"), "guarded", key);
    QCOMPARE(other.status, 422);
}

void TestCaptcha::adminCreateIsNotChecked()
{
    const int asked = int(m_verifier.requests().size());
    const auto created = f.admin(
        "POST", "/ges/v1/admin/callbacks",
        {{"tenant", f.tenant}, {"serviceName", "guarded"}, {"phoneNumber", "+4930170000001"}});
    QCOMPARE(created.status, 200);
    QCOMPARE(m_verifier.requests().size(), asked);
}

void TestCaptcha::nonStringTokenIs400()
{
    const auto response = create("+4930180000001", 42);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.errorCode(), QStringLiteral("INVALID_FIELD"));
    QVERIFY(response.body.contains("captchaToken"));
}

void TestCaptcha::serviceConfigKeepsCaptchaRequired()
{
    const auto services = f.admin("GET", "/ges/v1/admin/services?tenant=" + f.tenant);
    QCOMPARE(services.status, 200);
    QVERIFY2(services.body.contains("\"captchaRequired\":true"), services.body.constData());
    const auto bad = f.stack.createService(
        f.token, QJsonObject{{"tenant", f.tenant}, {"name", "bad"}, {"captchaRequired", "yes"}});
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.body.contains("captchaRequired"));
}

void TestCaptcha::checksAreCounted()
{
    const auto metrics = HttpClient::get(f.stack.internalUrl("/metrics"));
    QCOMPARE(metrics.status, 200);
    QByteArrayList lines;
    for (const QByteArray &line : metrics.body.split('\n'))
        if (line.startsWith("ges_captcha_checks_total{"))
            lines << line;
    for (const char *result : {"passed", "rejected", "missing", "unavailable"})
        QVERIFY2(lines.join('\n').contains(QByteArray("result=\"") + result + '"'), result);
}

void TestCaptcha::tokensAndSecretAreNeverLogged()
{
    QVERIFY(m_tokens.size() > 5);
    const QString log = f.stack.gesdLog();
    QVERIFY(log.contains("CAPTCHA token rejected")); // the log is read, and it has the checks
    QVERIFY(!log.contains(kSecret));
    for (const QString &t : std::as_const(m_tokens))
        QVERIFY2(!log.contains(t), qPrintable(t));
}

void TestCaptcha::withoutASecretCaptchaServicesAnswer503()
{
    f.stack.stopGesd();
    QVERIFY(QFile::remove(f.stack.configFolder() + "/CAPTCHA-SECRET"));
    QVERIFY2(f.stack.startGesd(), qPrintable(f.stack.errorString()));
    const int asked = int(m_verifier.requests().size());
    const auto response = create("+4930190000001", token("ok-"));
    QCOMPARE(response.status, 503);
    QCOMPARE(response.errorCode(), QStringLiteral("DEPENDENCY_UNAVAILABLE"));
    QVERIFY2(response.body.contains("CAPTCHA verification is not configured"),
             response.body.constData());
    QCOMPARE(storedFor("+4930190000001"), 0);
    QCOMPARE(m_verifier.requests().size(), asked);
    QCOMPARE(create("+4930190000002", QJsonValue::Undefined, f.service).status, 200);
}

QTEST_MAIN(TestCaptcha)
#include "tst_captcha.moc"
