// The working set's key names are built in one buffer (store/RedisKeys.h); they must stay
// the names the layout has always had, "prefix" + the name's UTF-8, for names in any
// script, or a node would not find what another node wrote.
#include "store/RedisKeys.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ges;

class TestRedisKeys : public QObject
{
    Q_OBJECT
private slots:
    void namesAreThePrefixAndTheUtf8OfTheParts()
    {
        QRandomGenerator random(5);
        static const char16_t alphabet[] = u"acmeSUPPORT-_.:@{}09 \u00e9\u00df\u4e2d\u0416";
        const auto name = [&] {
            QString text;
            for (int i = random.bounded(25); i > 0; --i) {
                if (random.bounded(12) == 0)
                    text += QString::fromUtf16(u"\U0001F4DE"); // outside the BMP
                else
                    text += QChar(alphabet[random.bounded(int(std::size(alphabet)) - 1)]);
            }
            return text;
        };
        for (int n = 0; n < 2000; ++n) {
            const QString tenant = name(), service = name(), id = name();
            QCOMPARE(rediskeys::callback(id), "ges:cb:" + id.toUtf8());
            QCOMPARE(rediskeys::queue(tenant, service),
                     "ges:q:{" + tenant.toUtf8() + "}:" + service.toUtf8());
            QCOMPARE(rediskeys::throughput(tenant, service),
                     "ges:tp:{" + tenant.toUtf8() + "}:" + service.toUtf8());
            QCOMPARE(rediskeys::requestLog(tenant), "ges:reqlog:{" + tenant.toUtf8() + "}");
        }
    }
};

QTEST_GUILESS_MAIN(TestRedisKeys)
#include "tst_rediskeys.moc"
