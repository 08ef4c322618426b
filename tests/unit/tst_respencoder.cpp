// resp::appendCommand and resp::CommandBuilder write commands by hand;
// hiredis's redisFormatCommandArgv is the reference they must match byte for byte, for
// empty, binary, long and many arguments, text in any script, and numbers.
#include "store/RespEncoder.h"

#include <QRandomGenerator>
#include <QTest>

#include <hiredis/hiredis.h>

#include <iterator>
#include <limits>
#include <vector>

using namespace ges;

class TestRespEncoder : public QObject
{
    Q_OBJECT
private:
    static QByteArray byHiredis(const QList<QByteArray> &args)
    {
        std::vector<const char *> argv;
        std::vector<size_t> lens;
        for (const QByteArray &arg : args) {
            argv.push_back(arg.constData());
            lens.push_back(size_t(arg.size()));
        }
        char *encoded = nullptr;
        const int size =
            redisFormatCommandArgv(&encoded, int(args.size()), argv.data(), lens.data());
        const QByteArray out(encoded, size);
        redisFreeCommand(encoded);
        return out;
    }

private slots:
    void matchesHiredis()
    {
        QRandomGenerator random(7);
        QList<QList<QByteArray>> commands{
            {"PING"},
            {"SET", "k", ""},
            {"SET", QByteArray("a\0b\r\nc", 6), QByteArray(100000, 'x')},
        };
        for (int n = 0; n < 500; ++n) {
            QList<QByteArray> args;
            for (int i = 1 + random.bounded(40); i > 0; --i) {
                QByteArray arg(random.bounded(random.bounded(2) ? 12 : 3000), '\0');
                for (char &c : arg)
                    c = char(random.bounded(256));
                args.append(arg);
            }
            commands.append(args);
        }
        for (const QList<QByteArray> &args : commands) {
            QByteArray out = "prefix"; // appended, not overwritten
            resp::appendCommand(out, args);
            QCOMPARE(out, "prefix" + byHiredis(args));
        }
    }

    void builtCommandsMatchHiredis()
    {
        QRandomGenerator random(11);
        const QList<qint64> numbers{0,
                                    1,
                                    -1,
                                    9,
                                    10,
                                    -10,
                                    1000,
                                    1732000000123,
                                    std::numeric_limits<qint64>::max(),
                                    std::numeric_limits<qint64>::min()};
        for (int n = 0; n < 500; ++n) {
            QList<QByteArray> expected;
            resp::CommandBuilder built;
            built.start();
            if (n % 2) { // the buffer is reused: what came before must not show
                built.add(QByteArrayView("left over"));
                built.finish();
                built.start();
            }
            const int count = 1 + random.bounded(n % 50 == 0 ? 300 : 30);
            for (int i = 0; i < count; ++i) {
                switch (random.bounded(3)) {
                case 0: { // bytes
                    QByteArray arg(random.bounded(40), '\0');
                    for (char &c : arg)
                        c = char(random.bounded(256));
                    built.add(QByteArrayView(arg));
                    expected << arg;
                    break;
                }
                case 1: { // text: ASCII, Latin-1, other scripts, surrogate pairs
                    static const char16_t alphabet[] = u"az09 /-_:.\u00e9\u00fc\u4e2d\u0416";
                    QString text;
                    for (int c = random.bounded(30); c > 0; --c) {
                        if (random.bounded(10) == 0)
                            text += QString::fromUtf16(u"\U0001F600");
                        else
                            text += QChar(alphabet[random.bounded(int(std::size(alphabet)) - 1)]);
                    }
                    if (random.bounded(2) == 0) // most are plain ASCII, as on the request path
                        text = QString::fromLatin1(
                            text.toLatin1().replace(char(0xe9), 'e').replace(char(0xfc), 'u'));
                    built.add(QStringView(text));
                    expected << text.toUtf8();
                    break;
                }
                default: {
                    const qint64 number = random.bounded(2)
                                              ? numbers[random.bounded(int(numbers.size()))]
                                              : qint64(random.generate64());
                    built.add(number);
                    expected << QByteArray::number(number);
                }
                }
            }
            QCOMPARE(built.finish().toByteArray(), byHiredis(expected));
        }
    }
};

QTEST_GUILESS_MAIN(TestRespEncoder)
#include "tst_respencoder.moc"
