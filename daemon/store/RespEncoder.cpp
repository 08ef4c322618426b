#include "RespEncoder.h"

#include <QString>

#include <algorithm>

namespace ges::resp {

namespace {
// Decimal digits of `value` written backwards into the end of `digits`; returns the first.
char *decimal(char *end, quint64 value)
{
    do {
        *--end = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    return end;
}

void appendHeader(QByteArray &out, char kind, qsizetype value)
{
    char digits[24];
    char *const end = digits + sizeof digits;
    const char *first = decimal(end, quint64(value));
    out += kind;
    out.append(first, end - first);
    out += "\r\n";
}

void appendArgument(QByteArray &out, QByteArrayView arg)
{
    appendHeader(out, '$', arg.size());
    out.append(arg.data(), arg.size());
    out += "\r\n";
}

bool isAscii(QStringView text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}
} // namespace

void appendCommand(QByteArray &out, const QList<QByteArray> &args)
{
    qsizetype size = 16;
    for (const QByteArray &arg : args)
        size += arg.size() + 16;
    out.reserve(out.size() + size);
    appendHeader(out, '*', args.size());
    for (const QByteArray &arg : args)
        appendArgument(out, QByteArrayView(arg));
}

namespace {
constexpr qsizetype kHeaderGap = 24; // "*" + up to 20 digits + CR LF
} // namespace

void CommandBuilder::start()
{
    m_bytes.resize(kHeaderGap);
    m_count = 0;
}

void CommandBuilder::add(QByteArrayView arg)
{
    appendArgument(m_bytes, arg);
    ++m_count;
}

void CommandBuilder::add(QStringView text)
{
    if (!isAscii(text)) // rare (a path or message in another script): converted as usual
        return add(QByteArrayView(text.toUtf8()));
    appendHeader(m_bytes, '$', text.size());
    const qsizetype at = m_bytes.size();
    m_bytes.resize(at + text.size());
    char *bytes = m_bytes.data() + at;
    for (const QChar c : text)
        *bytes++ = char(c.unicode());
    m_bytes += "\r\n";
    ++m_count;
}

void CommandBuilder::add(qint64 number)
{
    char digits[24];
    char *const end = digits + sizeof digits;
    char *first = decimal(end, number < 0 ? 0 - quint64(number) : quint64(number));
    if (number < 0)
        *--first = '-';
    add(QByteArrayView(first, end - first));
}

QByteArrayView CommandBuilder::finish()
{
    // The header is written right-aligned into the gap left before the arguments.
    char digits[24];
    char *const end = digits + sizeof digits;
    const char *first = decimal(end, quint64(m_count));
    const qsizetype size = 1 + (end - first) + 2;
    char *header = m_bytes.data() + kHeaderGap - size;
    header[0] = '*';
    std::copy(first, static_cast<const char *>(end), header + 1);
    header[size - 2] = '\r';
    header[size - 1] = '\n';
    return QByteArrayView(header, m_bytes.size() - (kHeaderGap - size));
}

void CommandBuilder::shrink(qsizetype bytes)
{
    if (m_bytes.capacity() > bytes)
        m_bytes = QByteArray();
}

} // namespace ges::resp
