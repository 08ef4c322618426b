#include "TimeOrderedId.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QUuid>

namespace ges {

QString timeOrderedUuid(const QDateTime &at)
{
    QByteArray bytes(16, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()) + 2,
                                         reinterpret_cast<quint32 *>(bytes.data()) + 4);
    const quint64 ms = quint64(at.toMSecsSinceEpoch()) & 0xffffffffffffULL;
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(ms >> (40 - 8 * i));
    const quint32 more = QRandomGenerator::system()->generate();
    bytes[6] = char(0x70 | (more & 0x0f)); // version 7
    bytes[7] = char(more >> 8);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace ges
