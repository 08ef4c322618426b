// Click-to-call-in without a database: parsing the create and match bodies, and the
// random slots a create draws (format, spread over numbers and digits).
#include "domain/CallInRegistry.h"
#include "shared/CallInRequest.h"

#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace ges;

class TestCallInRequest : public QObject
{
    Q_OBJECT
private slots:
    void createBodyIsNormalised();
    void matchBodyNeedsCodeAndNumberOrCaller();
    void slotsAreZeroPaddedDigitsOfTheGroupsLength();
    void slotsSpreadEvenlyOverNumbersAndDigits();
};

void TestCallInRequest::createBodyIsNormalised()
{
    const auto parsed =
        CreateCallInRequest::parse({{"groupName", " Sales "},
                                    {"phoneNumber", "0049 30 123-4567"},
                                    {"userData", QJsonObject{{"ok", 1}, {"not ok", 2}}}});
    QVERIFY(std::holds_alternative<CreateCallInRequest>(parsed));
    const auto &r = std::get<CreateCallInRequest>(parsed);
    QCOMPARE(r.groupName, QStringLiteral("Sales"));
    QCOMPARE(r.fromPhoneNumber, QStringLiteral("+49301234567"));
    QCOMPARE(r.userData, (QJsonObject{{"ok", 1}}));

    const auto missing = CreateCallInRequest::parse({});
    QCOMPARE(std::get<ApiError>(missing).errorCode, QStringLiteral("MISSING_FIELD"));
    const auto big = CreateCallInRequest::parse(
        {{"groupName", "Sales"}, {"userData", QJsonObject{{"x", QString(5000, u'a')}}}});
    QCOMPARE(std::get<ApiError>(big).details.first().field, QStringLiteral("userData"));
}

void TestCallInRequest::matchBodyNeedsCodeAndNumberOrCaller()
{
    const auto byCode =
        CallInMatchQuery::parse({{"toPhoneNumber", "+4930555100"}, {"accessCode", "0042"}});
    QVERIFY(std::get<CallInMatchQuery>(byCode).byAccessCode());
    QCOMPARE(std::get<CallInMatchQuery>(byCode).accessCode, QStringLiteral("0042"));
    const auto byCaller = CallInMatchQuery::parse({{"fromPhoneNumber", "+4917012345678"}});
    QVERIFY(!std::get<CallInMatchQuery>(byCaller).byAccessCode());
    QVERIFY(std::holds_alternative<ApiError>(CallInMatchQuery::parse({{"accessCode", "1"}})));
    QVERIFY(std::holds_alternative<ApiError>(
        CallInMatchQuery::parse({{"toPhoneNumber", "+4930555100"}, {"accessCode", 42}})));
    QVERIFY(std::holds_alternative<ApiError>(CallInMatchQuery::parse({})));
}

void TestCallInRequest::slotsAreZeroPaddedDigitsOfTheGroupsLength()
{
    CallInGroup group;
    group.phoneNumbers = {"+4930555100"};
    for (int length : {4, 6, 10}) {
        group.accessCodeLength = length;
        const QRegularExpression digits(QStringLiteral("^[0-9]{%1}$").arg(length));
        for (int i = 0; i < 200; ++i) {
            const auto slot = CallInRegistry::randomSlot(group);
            QCOMPARE(slot.toPhoneNumber, group.phoneNumbers.first());
            QVERIFY2(digits.match(slot.accessCode).hasMatch(), qPrintable(slot.accessCode));
        }
    }
}

void TestCallInRequest::slotsSpreadEvenlyOverNumbersAndDigits()
{
    CallInGroup group;
    group.phoneNumbers = {"+4930555100", "+4930555101", "+4930555102", "+4930555103"};
    group.accessCodeLength = 4;
    constexpr int kDraws = 20000;
    QHash<QString, int> perNumber;
    QHash<QChar, int> firstDigit;
    for (int i = 0; i < kDraws; ++i) {
        const auto slot = CallInRegistry::randomSlot(group);
        ++perNumber[slot.toPhoneNumber];
        ++firstDigit[slot.accessCode.front()];
    }
    // Expected 5000 per number (sigma ~61) and 2000 per leading digit (sigma ~42): bounds of
    // more than 6 sigma never trip by chance, yet catch a skewed draw (e.g. modulo bias
    // towards low codes, or always the first number).
    QCOMPARE(perNumber.size(), group.phoneNumbers.size());
    for (int count : perNumber)
        QVERIFY2(qAbs(count - kDraws / 4) < 400, qPrintable(QString::number(count)));
    QCOMPARE(firstDigit.size(), 10);
    for (int count : firstDigit)
        QVERIFY2(qAbs(count - kDraws / 10) < 300, qPrintable(QString::number(count)));
}

QTEST_GUILESS_MAIN(TestCallInRequest)
#include "tst_callinrequest.moc"
