// RedisReplyReader (hiredis's redisReader building RedisReply values): every reply type,
// nesting, binary data, and replies split at every possible byte, as TCP and TLS deliver
// them, including many replies in one chunk (pipelining).
#include "store/RedisReplyReader.h"

#include <QTest>

#include <limits>

using namespace ges;

namespace {
using Type = RedisReply::Type;

// One stream holding each reply type once; checkStream() describes it in order.
const char kRaw[] = "+OK\r\n"
                    "-ERR wrong type\r\n"
                    ":-42\r\n"
                    "$7\r\nv\0w\r\nxy\r\n"
                    "$-1\r\n"
                    "*-1\r\n"
                    "*0\r\n"
                    "*3\r\n$1\r\na\r\n*2\r\n:1\r\n$-1\r\n+inner\r\n"
                    ":9223372036854775807\r\n";
const QByteArray kStream(kRaw, sizeof(kRaw) - 1);

QList<RedisReply> parseAll(RedisReplyReader &reader, const QList<QByteArray> &pieces,
                           bool *error)
{
    QList<RedisReply> out;
    *error = false;
    RedisReply reply;
    for (const QByteArray &piece : pieces) {
        if (!reader.feed(piece.constData(), piece.size()))
            return *error = true, out;
        for (;;) {
            const auto result = reader.next(reply);
            if (result == RedisReplyReader::Result::NeedMore)
                break;
            if (result == RedisReplyReader::Result::Error)
                return *error = true, out;
            out.append(reply);
        }
    }
    return out;
}

void checkStream(const QList<RedisReply> &r)
{
    QCOMPARE(r.size(), 9);
    QCOMPARE(r[0].type, Type::Status);
    QCOMPARE(r[0].text, QByteArray("OK"));
    QCOMPARE(r[1].type, Type::Error);
    QCOMPARE(r[1].text, QByteArray("ERR wrong type"));
    QVERIFY(!r[1].lost);
    QCOMPARE(r[2].type, Type::Integer);
    QCOMPARE(r[2].integer, -42);
    QCOMPARE(r[3].type, Type::String);
    QCOMPARE(r[3].text, QByteArray("v\0w\r\nxy", 7)); // binary safe, CRLF inside
    QCOMPARE(r[4].type, Type::Nil);
    QCOMPARE(r[5].type, Type::Nil); // a null array
    QCOMPARE(r[6].type, Type::Array);
    QCOMPARE(r[6].elements.size(), 0);
    QCOMPARE(r[7].type, Type::Array);
    QCOMPARE(r[7].elements.size(), 3);
    QCOMPARE(r[7].elements[0].text, QByteArray("a"));
    QCOMPARE(r[7].elements[1].type, Type::Array);
    QCOMPARE(r[7].elements[1].elements.size(), 2);
    QCOMPARE(r[7].elements[1].elements[0].integer, 1);
    QCOMPARE(r[7].elements[1].elements[1].type, Type::Nil);
    QCOMPARE(r[7].elements[2].type, Type::Status);
    QCOMPARE(r[7].elements[2].text, QByteArray("inner"));
    QCOMPARE(r[8].integer, std::numeric_limits<qint64>::max());
}
} // namespace

class TestRedisReplyReader : public QObject
{
    Q_OBJECT
private slots:
    void wholeStreamAtOnce();
    void splitAtEveryByte();
    void oneByteAtATime();
    void largeValueInSmallPieces();
    void protocolErrorIsReported();
    void incompleteReplyIsFreedWithTheReader();
};

void TestRedisReplyReader::wholeStreamAtOnce()
{
    RedisReplyReader reader;
    bool error = false;
    checkStream(parseAll(reader, {kStream}, &error));
    QVERIFY(!error);
}

void TestRedisReplyReader::splitAtEveryByte()
{
    for (qsizetype cut = 1; cut < kStream.size(); ++cut) {
        RedisReplyReader reader;
        bool error = false;
        const QList<RedisReply> r =
            parseAll(reader, {kStream.left(cut), kStream.mid(cut)}, &error);
        QVERIFY2(!error, qPrintable(QString::number(cut)));
        checkStream(r);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("split at byte %1").arg(cut)));
    }
}

void TestRedisReplyReader::oneByteAtATime()
{
    QList<QByteArray> bytes;
    for (qsizetype i = 0; i < kStream.size(); ++i)
        bytes.append(kStream.mid(i, 1));
    RedisReplyReader reader;
    bool error = false;
    checkStream(parseAll(reader, bytes, &error));
    QVERIFY(!error);
}

void TestRedisReplyReader::largeValueInSmallPieces()
{
    // Bigger than hiredis's 16 KiB buffer hint and the connection's read chunk.
    QByteArray value(300 * 1024, 'x');
    for (qsizetype i = 0; i < value.size(); i += 997)
        value[i] = char(i % 251);
    const QByteArray stream = "$" + QByteArray::number(value.size()) + "\r\n" + value +
                              "\r\n+after\r\n";
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i < stream.size(); i += 1400) // about one TCP segment
        pieces.append(stream.mid(i, 1400));
    RedisReplyReader reader;
    bool error = false;
    const QList<RedisReply> r = parseAll(reader, pieces, &error);
    QVERIFY(!error);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].text.size(), value.size());
    QVERIFY(r[0].text == value);
    QCOMPARE(r[1].text, QByteArray("after"));
}

void TestRedisReplyReader::protocolErrorIsReported()
{
    RedisReplyReader reader;
    bool error = false;
    const QList<RedisReply> r = parseAll(reader, {"+fine\r\n?what\r\n"}, &error);
    QVERIFY(error);
    QCOMPARE(r.size(), 1); // the reply before the garbage still arrived
    QVERIFY2(reader.error().contains("Protocol error"), qPrintable(reader.error()));
}

void TestRedisReplyReader::incompleteReplyIsFreedWithTheReader()
{
    // Half an array held when the connection goes away: freed by ~RedisReplyReader (run
    // under ASan/valgrind this would report a leak or a double free otherwise).
    RedisReplyReader reader;
    bool error = false;
    QVERIFY(parseAll(reader, {"*3\r\n$1\r\na\r\n*2\r\n:1\r\n"}, &error).isEmpty());
    QVERIFY(!error);
}

QTEST_GUILESS_MAIN(TestRedisReplyReader)
#include "tst_redisreplyreader.moc"
