#include "TextBytes.h"

#include <QString>

namespace ges::textbytes {

QByteArrayView decimal(char (&buffer)[24], qint64 value)
{
    char *const end = buffer + sizeof buffer;
    char *first = end;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--first = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    if (value < 0)
        *--first = '-';
    return QByteArrayView(first, end - first);
}

bool isAscii(QStringView text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

void appendAscii(QByteArray &out, QStringView ascii)
{
    const qsizetype at = out.size();
    out.resize(at + ascii.size());
    char *bytes = out.data() + at;
    for (const QChar c : ascii)
        *bytes++ = char(c.unicode());
}

void appendUtf8(QByteArray &out, QStringView text)
{
    if (isAscii(text))
        appendAscii(out, text);
    else
        out += text.toUtf8();
}

} // namespace ges::textbytes
