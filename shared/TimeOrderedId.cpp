#include "TimeOrderedId.h"

#include <QByteArray>
#include <QMutex>
#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace ges {

namespace {
// Random words are read from the system's generator a few hundred ids at a time: asking it
// twice per id (two getrandom calls) was 4% of a create's event-loop CPU.
class RandomPool
{
public:
    void take(quint32 *out, int count)
    {
        const QMutexLocker lock(&m_mutex);
        for (int i = 0; i < count; ++i) {
            if (m_next == m_words.size()) {
                QRandomGenerator::system()->fillRange(m_words.data(), m_words.size());
                m_next = 0;
            }
            out[i] = m_words[m_next++];
        }
    }

private:
    QMutex m_mutex;
    std::array<quint32, 1024> m_words{};
    std::size_t m_next = m_words.size();
};

RandomPool &randomPool()
{
    static RandomPool pool;
    return pool;
}
} // namespace

QString timeOrderedUuid(const QDateTime &at)
{
    std::array<quint32, 3> random{};
    randomPool().take(random.data(), int(random.size()));
    QByteArray bytes(16, '\0');
    const quint64 ms = quint64(at.toMSecsSinceEpoch()) & 0xffffffffffffULL;
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(ms >> (40 - 8 * i));
    bytes[6] = char(0x70 | (random[0] & 0x0f)); // version 7
    bytes[7] = char(random[0] >> 8);
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = char(random[1 + i / 4] >> (8 * (i % 4)));
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace ges
