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

// Feeds `stream` in pieces of `step` bytes; the first verdict other than Fine wins.
Verdict feedInPieces(RequestFramer &framer, const QByteArray &stream, int step)
{
    for (qsizetype at = 0; at < stream.size(); at += step)
        if (const Verdict verdict = framer.feed(stream.mid(at, step)); verdict != Verdict::Fine)
            return verdict;
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
    void refusesWhatItCannotFrame_data();
    void refusesWhatItCannotFrame();
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
               QByteArray("40\r\n" + QByteArray(64, 'a') + "\r\n").repeated(2)
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

void TestRequestFramer::refusesWhatItCannotFrame_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("status"); // 0: fine
    const QByteArray line = "POST / HTTP/1.1\r\n";
    const auto with = [line](const QByteArray &headers, const QByteArray &body = {}) {
        return line + headers + "\r\n" + body;
    };
    QTest::newRow("chunked with extension and trailer")
        << with("Transfer-Encoding: chunked\r\n", "2;x=1\r\nhi\r\n0\r\nT: v\r\n\r\n") + post(1, "x")
        << 0;
    QTest::newRow("Content-Length twice, same") << with("Content-Length: 1\r\nContent-Length: 1\r\n", "x")
                                                << 0;
    QTest::newRow("Content-Length twice, different")
        << with("Content-Length: 1\r\nContent-Length: 2\r\n", "xx") << 400;
    QTest::newRow("Content-Length negative") << with("Content-Length: -1\r\n") << 400;
    QTest::newRow("Content-Length 2^64") << with("Content-Length: 18446744073709551616\r\n") << 413;
    QTest::newRow("chunked and Content-Length")
        << with("Transfer-Encoding: chunked\r\nContent-Length: 5\r\n", "0\r\n\r\n") << 400;
    QTest::newRow("gzip coding") << with("Transfer-Encoding: gzip\r\n") << 400;
    QTest::newRow("bad chunk size") << with("Transfer-Encoding: chunked\r\n", "zz\r\n") << 400;
    QTest::newRow("chunk longer than its size")
        << with("Transfer-Encoding: chunked\r\n", "1\r\nhello\r\n") << 400;
    QTest::newRow("bare CR") << with("X-A: a\rb\r\n") << 400;
    QTest::newRow("bare LF") << with("X-A: a\nb: c\r\n") << 400;
    QTest::newRow("NUL") << with(QByteArray("X-A: a\0b\r\n", 10)) << 400;
    QTest::newRow("folded line") << with("X-A: a\r\n b\r\n") << 400;
    QTest::newRow("space in name") << with("X A: a\r\n") << 400;
    QTest::newRow("two API keys") << with("X-API-Key: a\r\nx-api-key: b\r\n") << 400;
    QTest::newRow("bad request line") << QByteArray("POST /a b HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("101 fields") << with(QByteArray("X: y\r\n").repeated(101)) << 431;
    QTest::newRow("100 fields") << with(QByteArray("X: y\r\n").repeated(100)) << 0;
    // RFC 9112 §2.2: empty lines before a request line are ignored, as QtHttpServer does.
    QTest::newRow("empty line before the request line") << "\r\n" + with("Host: x\r\n") << 0;
    QTest::newRow("empty lines between requests")
        << post(1, "x") + "\r\n\r\n" + with("Host: x\r\n") << 0;
    QTest::newRow("empty lines then a bad request line")
        << QByteArray("\r\n\r\nPOST /a b HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("empty lines past the head limit")
        << QByteArray("\r\n").repeated(RequestFramer::kMaxHeaderBytes / 2 + 1) + with("") << 431;
    // RFC 9112 §7.1.1: whitespace before an extension's ";", and leading zeros.
    QTest::newRow("chunk extension after a space")
        << with("Transfer-Encoding: chunked\r\n", "5 ;x\r\nhello\r\n0\r\n\r\n") << 0;
    QTest::newRow("chunk extension after a tab")
        << with("Transfer-Encoding: chunked\r\n", "5\t;x=1\r\nhello\r\n0 ;y\r\n\r\n") << 0;
    QTest::newRow("chunk size with 20 leading zeros")
        << with("Transfer-Encoding: chunked\r\n", "000000000000000000005\r\nhello\r\n0\r\n\r\n")
        << 0;
    QTest::newRow("chunk size, space without extension")
        << with("Transfer-Encoding: chunked\r\n", "5 \r\nhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("chunk size, 16 significant digits")
        << with("Transfer-Encoding: chunked\r\n", "1000000000000000\r\n") << 400;
}

void TestRequestFramer::refusesWhatItCannotFrame()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, status);
    for (const int step : {1, 5, 100000}) {
        RequestFramer framer(100);
        const Verdict verdict = feedInPieces(framer, stream, step);
        QCOMPARE(verdict == Verdict::Fine ? 0 : framer.refusal().status, status);
    }
}

QTEST_GUILESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
