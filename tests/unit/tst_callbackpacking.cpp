// The packed form of a callback in the Redis working set (daemon/store/CallbackPacking.h):
// every field survives the round trip, the version comes first where the cache script
// reads it, and values in any other form are refused rather than half-read.
#include "store/CallbackPacking.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace ges;

class TestCallbackPacking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void emptyFieldsStayEmpty();
    void versionIsTheFirstNumber();
    void otherFormsAreRefused();
    void retiredMarkKeepsOnlyTheHead();
    void smallerThanTheApiJson();
    void packedIsWhatQtWrites();
};

namespace {
Callback sample()
{
    Callback cb;
    cb.id = QStringLiteral("5f0c6c1e-2f3b-4c4e-9a55-0d5c7e1c2b3a");
    cb.tenant = QStringLiteral("acme");
    cb.serviceName = QStringLiteral("support");
    cb.phoneNumber = QStringLiteral("+4930123456");
    cb.state = CallbackState::Completed;
    cb.reason = QStringLiteral("CONNECTED");
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(1795000000123, Qt::UTC);
    cb.desiredTime = t;
    cb.createdAt = t.addSecs(-60);
    cb.updatedAt = t.addSecs(30);
    cb.expiresAt = t.addDays(14);
    cb.queuedAt = t.addSecs(1);
    cb.completedAt = t.addSecs(30);
    cb.priority = 7;
    cb.userData = QJsonObject{{"orderId", "ORD-1"}, {"n", 3}};
    cb.version = 12;
    return cb;
}
} // namespace

void TestCallbackPacking::roundTrip()
{
    const Callback cb = sample();
    const auto back = callbackpacking::unpack(cb.id, callbackpacking::pack(cb));
    QVERIFY(back);
    QCOMPARE(back->id, cb.id);
    QCOMPARE(back->tenant, cb.tenant);
    QCOMPARE(back->serviceName, cb.serviceName);
    QCOMPARE(back->phoneNumber, cb.phoneNumber);
    QVERIFY(back->state == cb.state);
    QCOMPARE(back->reason, cb.reason);
    QCOMPARE(back->desiredTime, cb.desiredTime); // to the millisecond
    QCOMPARE(back->createdAt, cb.createdAt);
    QCOMPARE(back->updatedAt, cb.updatedAt);
    QCOMPARE(back->expiresAt, cb.expiresAt);
    QCOMPARE(back->queuedAt, cb.queuedAt);
    QCOMPARE(back->completedAt, cb.completedAt);
    QCOMPARE(back->priority, cb.priority);
    QCOMPARE(back->userData, cb.userData);
    QCOMPARE(back->version, cb.version);
    QCOMPARE(back->toJson(), cb.toJson());
}

void TestCallbackPacking::emptyFieldsStayEmpty()
{
    Callback cb = sample();
    cb.state = CallbackState::Scheduled;
    cb.reason.clear();
    cb.queuedAt = QDateTime();
    cb.completedAt = QDateTime();
    cb.userData = {};
    const auto back = callbackpacking::unpack(cb.id, callbackpacking::pack(cb));
    QVERIFY(back);
    QVERIFY(!back->queuedAt.isValid());
    QVERIFY(!back->completedAt.isValid());
    QVERIFY(back->userData.isEmpty());
    QVERIFY(back->reason.isEmpty());
    QCOMPARE(back->toJson(), cb.toJson());
}

void TestCallbackPacking::versionIsTheFirstNumber()
{
    // The cache script reads the version with string.match(v, '^%[(%d+),').
    const QByteArray packed = callbackpacking::pack(sample());
    const QRegularExpression lua(QStringLiteral("^\\[(\\d+),"));
    const auto m = lua.match(QString::fromUtf8(packed));
    QVERIFY2(m.hasMatch(), packed.constData());
    QCOMPARE(m.captured(1), QStringLiteral("12"));
    // Times are exact integers, not 1.795e+12.
    QVERIFY2(packed.contains("1795000000123"), packed.constData());
}

void TestCallbackPacking::otherFormsAreRefused()
{
    const Callback cb = sample();
    // An older daemon's cache value: the API's JSON object.
    QVERIFY(!callbackpacking::unpack(cb.id, QJsonDocument(cb.toJson()).toJson()));
    QVERIFY(!callbackpacking::unpack(cb.id, "garbage"));
    QVERIFY(!callbackpacking::unpack(cb.id, "[1,2,3]"));
    QVERIFY(!callbackpacking::unpack(cb.id, ""));
    QByteArray badState = callbackpacking::pack(cb);
    badState.replace(",4,\"acme\"", ",9,\"acme\"");
    QVERIFY(!callbackpacking::unpack(cb.id, badState));
    QVERIFY(!callbackpacking::unpack(QString(), callbackpacking::pack(cb)));
}

void TestCallbackPacking::retiredMarkKeepsOnlyTheHead()
{
    Callback cb = sample();
    cb.version = 12;
    cb.state = CallbackState::Processing;
    const QByteArray mark = callbackpacking::retired(cb.version, cb.state);
    // The cache script reads the version with '^%[(%d+),(%d+),': the same head as pack().
    QCOMPARE(mark, QByteArray("[12,3,0]"));
    QVERIFY(callbackpacking::pack(cb).startsWith("[12,3,"));
    QVERIFY(!callbackpacking::unpack(cb.id, mark)); // never served as a callback
    for (const QByteArray &value : {mark, callbackpacking::pack(cb)}) {
        const auto head = callbackpacking::head(value);
        QVERIFY(head);
        QCOMPARE(head->version, 12);
        QCOMPARE(toString(head->state), QStringLiteral("PROCESSING"));
    }
    QVERIFY(!callbackpacking::head("[0,1,0]"));
    QVERIFY(!callbackpacking::head("[3,9,0]"));
    QVERIFY(!callbackpacking::head("{\"id\":1}"));
    QVERIFY(!callbackpacking::head("[3,1]"));
}

void TestCallbackPacking::smallerThanTheApiJson()
{
    Callback cb = sample();
    cb.userData = {};
    const QByteArray packed = callbackpacking::pack(cb);
    const QByteArray api = QJsonDocument(cb.toJson()).toJson(QJsonDocument::Compact);
    qInfo("packed %lld bytes, API JSON %lld bytes", qint64(packed.size()), qint64(api.size()));
    QVERIFY(packed.size() * 2 < api.size());
}

void TestCallbackPacking::packedIsWhatQtWrites()
{
    // pack() writes by hand the array QJsonDocument wrote before: every kind of text,
    // times present or not, user data or none.
    QRandomGenerator random(1125);
    const QStringList pieces{
        "a",    " ",    "\"",     "\\",     "\n",
        "\x01", "\x7f", "\u00e4", "\u20ac", QString::fromUtf8("\xF0\x9F\x93\x9E"),
        "/",    "<>&"};
    auto text = [&] {
        QString t;
        for (int i = random.bounded(6); i > 0; --i)
            t += pieces.at(random.bounded(pieces.size()));
        return t;
    };
    auto ms = [](const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : 0; };
    for (int n = 0; n < 3000; ++n) {
        Callback cb = sample();
        cb.tenant = text();
        cb.serviceName = text();
        cb.phoneNumber = text();
        cb.reason = text();
        cb.version = random.bounded(100000);
        cb.state = CallbackState(random.bounded(5));
        cb.priority = random.bounded(2) ? random.bounded(100) : -random.bounded(1000000);
        for (QDateTime *t : {&cb.desiredTime, &cb.queuedAt, &cb.completedAt})
            *t = random.bounded(3) == 0 ? QDateTime()
                                        : QDateTime::fromMSecsSinceEpoch(
                                              qint64(random.bounded(4102444800.0)) * 1000, Qt::UTC);
        cb.userData = QJsonObject();
        for (int i = random.bounded(3); i > 0; --i)
            cb.userData.insert(text(), random.bounded(2) ? QJsonValue(text())
                                                         : QJsonValue(QJsonArray{1, text()}));
        const QJsonArray qt{
            cb.version,         int(cb.state),
            cb.tenant,          cb.serviceName,
            cb.phoneNumber,     ms(cb.desiredTime),
            ms(cb.createdAt),   ms(cb.updatedAt),
            ms(cb.expiresAt),   ms(cb.queuedAt),
            ms(cb.completedAt), cb.priority,
            cb.reason,          cb.userData.isEmpty() ? QJsonValue(0) : QJsonValue(cb.userData)};
        QCOMPARE(callbackpacking::pack(cb), QJsonDocument(qt).toJson(QJsonDocument::Compact));
    }
}

QTEST_GUILESS_MAIN(TestCallbackPacking)
#include "tst_callbackpacking.moc"
