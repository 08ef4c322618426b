#include "RespEncoder.h"
#include "shared/TextBytes.h"

#include <QString>

#include <algorithm>

namespace ges::resp {

namespace {
void appendHeader(QByteArray &out, char kind, qsizetype value)
{
    char digits[24];
    out += kind;
    out += textbytes::decimal(digits, value);
    out += "\r\n";
}

void appendArgument(QByteArray &out, QByteArrayView arg)
{
    appendHeader(out, '$', arg.size());
    out.append(arg.data(), arg.size());
    out += "\r\n";
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
    if (!textbytes::isAscii(text)) // rare (a path or message in another script)
        return add(QByteArrayView(text.toUtf8()));
    appendHeader(m_bytes, '$', text.size());
    textbytes::appendAscii(m_bytes, text);
    m_bytes += "\r\n";
    ++m_count;
}

void CommandBuilder::add(qint64 number)
{
    char digits[24];
    add(textbytes::decimal(digits, number));
}

QByteArrayView CommandBuilder::finish()
{
    // The header is written right-aligned into the gap left before the arguments.
    char digits[24];
    const QByteArrayView count = textbytes::decimal(digits, m_count);
    const qsizetype size = 1 + count.size() + 2;
    char *header = m_bytes.data() + kHeaderGap - size;
    header[0] = '*';
    std::copy(count.begin(), count.end(), header + 1);
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
