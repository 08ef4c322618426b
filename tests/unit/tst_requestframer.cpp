// RequestFramer: request boundaries in a connection's byte stream, however it is split.
#include "http/RequestFramer.h"

#include <QTest>

using namespace ges;
using Verdict = RequestFramer::Verdict;

namespace {
QByteArray post(qint64 length, const QByteArray &body = {})
{
    return "POST /engagement/v3/callbacks/create HTTP/1.1\r\nHost: x\r\nContent-Length: " +
           QByteArray::number(length) + "\r\n\r\n" + body;
}

// Feeds `stream` in pieces of `step` bytes; the first TooLarge wins.
Verdict feedInPieces(RequestFramer &framer, const QByteArray &stream, int step)
{
    for (qsizetype at = 0; at < stream.size(); at += step)
        if (framer.feed(stream.mid(at, step)) == Verdict::TooLarge)
            return Verdict::TooLarge;
    return Verdict::Fine;
}
} // namespace

class TestRequestFramer : public QObject
{
    Q_OBJECT
private slots:
    void judgesEachRequestOfAStream_data();
    void judgesEachRequestOfAStream();
    void refusesBeforeTheBodyArrives();
    void reportsTheMethod();
};

void TestRequestFramer::judgesEachRequestOfAStream_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<bool>("tooLarge");
    const QByteArray small = post(5, "hello");
    QTest::newRow("one small") << small << false;
    QTest::newRow("keep-alive sequence") << small + small + small << false;
    QTest::newRow("no body") << QByteArray("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n") + small
                             << false;
    QTest::newRow("at the limit") << post(100, QByteArray(100, 'x')) << false;
    QTest::newRow("over the limit") << post(101, QByteArray(101, 'x')) << true;
    QTest::newRow("second over the limit") << small + post(5000) << true;
    // A body that looks like a request must not be taken for one.
    QTest::newRow("body mimics headers")
        << post(60, QByteArray("POST / HTTP/1.1\r\nContent-Length: 999999\r\n\r\n")
                        .leftJustified(60, 'x')) +
               small
        << false;
    QTest::newRow("chunked small")
        << QByteArray(
               "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n") +
               small
        << false;
    QTest::newRow("chunked large")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") +
               QByteArray(80 * 1024, 'a')
        << true;
    QTest::newRow("endless headers")
        << QByteArray("POST / HTTP/1.1\r\n") + QByteArray(70 * 1024, 'h') << true;
}

void TestRequestFramer::judgesEachRequestOfAStream()
{
    QFETCH(QByteArray, stream);
    QFETCH(bool, tooLarge);
    for (const int step : {1, 3, 7, 64, 100000}) { // every way TCP might cut it
        RequestFramer framer(100);
        QCOMPARE(feedInPieces(framer, stream, step) == Verdict::TooLarge, tooLarge);
    }
}

void TestRequestFramer::refusesBeforeTheBodyArrives()
{
    RequestFramer framer(64 * 1024);
    const QByteArray headers = post(10 * 1024 * 1024);
    QCOMPARE(framer.feed(headers.left(20)), Verdict::Fine);
    QCOMPARE(framer.feed(headers.mid(20)), Verdict::TooLarge); // headers only, no body yet
}

void TestRequestFramer::reportsTheMethod()
{
    RequestFramer framer(10);
    framer.feed("PUT /x HTTP/1.1\r\nContent-Length: 99\r\n\r\n");
    QCOMPARE(framer.method(), QByteArray("PUT"));
}

QTEST_GUILESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
