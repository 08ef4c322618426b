// The shared answer deadline of database jobs: each expires once, in order, about on
// time, and not once its context is gone.
#include "store/AnswerDeadlines.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <memory>

using ges::AnswerDeadlines;

class TestAnswerDeadlines : public QObject
{
    Q_OBJECT
private slots:
    void expireInOrderAboutOnTime();
    void aGoneContextIsSkipped();
    void manyCostOneTimer();
    void anotherThreadGetsItsOwnTimer();
};

void TestAnswerDeadlines::expireInOrderAboutOnTime()
{
    AnswerDeadlines deadlines;
    deadlines.setDeadline(300);
    QObject context;
    QList<int> fired;
    QElapsedTimer clock;
    clock.start();
    qint64 firstAt = -1;
    deadlines.add(&context, [&] {
        fired << 1;
        firstAt = clock.elapsed();
    });
    QTest::qWait(100);
    deadlines.add(&context, [&] { fired << 2; });
    QTRY_COMPARE_WITH_TIMEOUT(fired, (QList<int>{1, 2}), 3000);
    QVERIFY2(firstAt >= 300, qPrintable(QString::number(firstAt))); // never early
    QTest::qWait(500);
    QCOMPARE(fired, (QList<int>{1, 2})); // once each
    QCOMPARE(deadlines.pending(), 0);
}

void TestAnswerDeadlines::aGoneContextIsSkipped()
{
    AnswerDeadlines deadlines;
    deadlines.setDeadline(100);
    auto context = std::make_unique<QObject>();
    QObject kept;
    int gone = 0, alive = 0;
    deadlines.add(context.get(), [&] { ++gone; });
    deadlines.add(&kept, [&] { ++alive; });
    context.reset();
    QTRY_COMPARE_WITH_TIMEOUT(alive, 1, 3000);
    QCOMPARE(gone, 0);
}

void TestAnswerDeadlines::manyCostOneTimer()
{
    // 20,000 deadlines at once (about what 1,500 creates/s leave pending): they all
    // expire, each once.
    AnswerDeadlines deadlines;
    deadlines.setDeadline(200);
    QObject context;
    int fired = 0;
    for (int i = 0; i < 20000; ++i)
        deadlines.add(&context, [&] { ++fired; });
    QCOMPARE(deadlines.pending(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(fired, 20000, 5000);
    QCOMPARE(deadlines.pending(), 0);
}

void TestAnswerDeadlines::anotherThreadGetsItsOwnTimer()
{
    AnswerDeadlines deadlines;
    deadlines.setDeadline(100);
    QObject context;
    int fired = 0;
    std::unique_ptr<QThread> other(QThread::create([&] {
        deadlines.add(&context, [&] { ++fired; }); // runs on context's thread
    }));
    other->start();
    QVERIFY(other->wait(3000));
    QCOMPARE(deadlines.pending(), 0); // not in the shared queue
    QTRY_COMPARE_WITH_TIMEOUT(fired, 1, 3000);
}

QTEST_GUILESS_MAIN(TestAnswerDeadlines)
#include "tst_answerdeadlines.moc"
