// How CaptchaVerifier judges a siteverify answer: which ones are the client's fault (403),
// which ones the verifier's or ours (503).
#include "integrations/CaptchaVerifier.h"

#include <QTest>

using ges::CaptchaVerifier;
using ges::OutboundResponse;
using R = CaptchaVerifier::Result;

Q_DECLARE_METATYPE(CaptchaVerifier::Result)

class TestCaptchaVerifier : public QObject
{
    Q_OBJECT

private slots:
    void judgesAnswers_data();
    void judgesAnswers();
    void unconfiguredAsksNobody();
};

void TestCaptchaVerifier::judgesAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<double>("minScore");
    QTest::addColumn<CaptchaVerifier::Result>("result");
    QTest::addColumn<QString>("detail");

    QTest::newRow("success") << 200 << QByteArray(R"({"success":true})") << 0.0 << R::Passed
                             << QString();
    QTest::newRow("v2 answer, no score to compare")
        << 200 << QByteArray(R"({"success":true})") << 0.5 << R::Passed << QString();
    QTest::newRow("score high enough")
        << 200 << QByteArray(R"({"success":true,"score":0.7})") << 0.5 << R::Passed << QString();
    QTest::newRow("score too low") << 200 << QByteArray(R"({"success":true,"score":0.1})") << 0.5
                                   << R::Rejected << QStringLiteral("score 0.1 is under 0.5");
    QTest::newRow("score ignored without a minimum")
        << 200 << QByteArray(R"({"success":true,"score":0.1})") << 0.0 << R::Passed << QString();
    QTest::newRow("refused with codes")
        << 200
        << QByteArray(
               R"({"success":false,"error-codes":["invalid-input-response","timeout-or-duplicate"]})")
        << 0.0 << R::Rejected << QStringLiteral("invalid-input-response, timeout-or-duplicate");
    QTest::newRow("refused without codes") << 200 << QByteArray(R"({"success":false})") << 0.0
                                           << R::Rejected << QStringLiteral("no reason given");
    QTest::newRow("odd codes are not passed on")
        << 200 << QByteArray(R"({"success":false,"error-codes":["<script>", 5, "bad-request"]})")
        << 0.0 << R::Rejected << QStringLiteral("bad-request");
    QTest::newRow("our secret refused")
        << 200 << QByteArray(R"({"success":false,"error-codes":["invalid-input-secret"]})") << 0.0
        << R::Unavailable << QStringLiteral("the verifier refused CAPTCHA-SECRET");
    QTest::newRow("no success field")
        << 200 << QByteArray(R"({"ok":true})") << 0.0 << R::Unavailable
        << QStringLiteral("the verifier's answer has no \"success\"");
    QTest::newRow("not JSON") << 200 << QByteArray("<html>") << 0.0 << R::Unavailable
                              << QStringLiteral("the verifier's answer has no \"success\"");
    QTest::newRow("server error") << 502 << QByteArray(R"({"success":true})") << 0.0
                                  << R::Unavailable
                                  << QStringLiteral("the verifier answered HTTP 502");
}

void TestCaptchaVerifier::judgesAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(double, minScore);
    QFETCH(CaptchaVerifier::Result, result);
    QFETCH(QString, detail);
    OutboundResponse response;
    response.status = status;
    response.body = body;
    const auto verdict = CaptchaVerifier::judge(response, minScore);
    QCOMPARE(verdict.result, result);
    QCOMPARE(verdict.detail, detail);
}

void TestCaptchaVerifier::unconfiguredAsksNobody()
{
    // No secret: answered at once, without a request (the URL does not even resolve).
    CaptchaVerifier verifier({QUrl("http://verifier.invalid/siteverify"), QString(), 0, 1000});
    std::optional<CaptchaVerifier::Verdict> verdict;
    verifier.verify("ok-token", "127.0.0.1", "corr", [&](const auto &v) { verdict = v; });
    QVERIFY(verdict.has_value());
    QCOMPARE(verdict->result, R::Unconfigured);
}

QTEST_GUILESS_MAIN(TestCaptchaVerifier)
#include "tst_captchaverifier.moc"
