// resp::appendCommand writes commands by hand; hiredis's redisFormatCommandArgv is the
// reference it must match byte for byte, for empty, binary, long and many arguments.
#include "store/RespEncoder.h"

#include <QRandomGenerator>
#include <QTest>

#include <hiredis/hiredis.h>

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
};

QTEST_GUILESS_MAIN(TestRespEncoder)
#include "tst_respencoder.moc"
