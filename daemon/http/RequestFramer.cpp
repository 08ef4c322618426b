#include "RequestFramer.h"
#include "shared/ErrorCodes.h"

#include <QVarLengthArray>

#include <algorithm>
#include <iterator>

namespace ges {

namespace {

// RFC 9110 token characters (method and header names).
bool isToken(QByteArrayView text)
{
    static const QByteArray extra = "!#$%&'*+-.^_`|~";
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               extra.contains(c);
    });
}

// A control character other than horizontal tab, as in a bare CR or LF, or NUL.
bool hasControl(QByteArrayView text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && u != '\t') || u == 0x7F;
    });
}

// Headers whose second copy would change who the caller is or how the body is read.
constexpr const char *kSingletons[] = {"host", "authorization", "x-api-key", "content-type",
                                       "idempotency-key"};

// Its place in kSingletons, or -1.
int singletonIndex(QByteArrayView name)
{
    for (int i = 0; i < int(std::size(kSingletons)); ++i)
        if (name.compare(kSingletons[i], Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isHex(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

} // namespace

RequestFramer::Verdict RequestFramer::refuse(Verdict verdict, int status, const char *errorCode,
                                             const QString &message)
{
    m_refusal = {status, errorCode, message};
    return verdict;
}

RequestFramer::Verdict RequestFramer::malformed(const QString &message)
{
    return refuse(Verdict::Malformed, 400, errc::InvalidRequest,
                  QStringLiteral("malformed request: ") + message);
}

RequestFramer::Verdict RequestFramer::startBody(const QByteArray &head)
{
    // Split on CR LF: any CR or LF left in a line is a bare one. Views into `head`: the
    // head of every request passes here, so nothing is copied.
    QVarLengthArray<QByteArrayView, 32> lines;
    const QByteArrayView all(head);
    for (qsizetype from = 0;;) {
        const qsizetype crlf = all.indexOf("\r\n", from);
        lines.append(crlf < 0 ? all.sliced(from) : all.sliced(from, crlf - from));
        if (crlf < 0)
            break;
        from = crlf + 2;
    }
    if (std::any_of(lines.begin(), lines.end(), hasControl))
        return malformed(QStringLiteral("a control character (bare CR or LF, NUL) in the head"));
    // "METHOD target version": exactly two single spaces.
    const QByteArrayView requestLine = lines.first();
    const qsizetype space = requestLine.indexOf(' ');
    const qsizetype second = space < 0 ? -1 : requestLine.indexOf(' ', space + 1);
    const QByteArrayView method = space < 0 ? requestLine : requestLine.first(space);
    m_method = method.toByteArray();
    const QByteArrayView version = second < 0 ? QByteArrayView() : requestLine.sliced(second + 1);
    if (second < 0 || second == space + 1 || version.contains(' ') || !isToken(method) ||
        (version != "HTTP/1.1" && version != "HTTP/1.0"))
        return malformed(QStringLiteral("the request line is not \"METHOD target HTTP/1.1\""));
    if (lines.size() - 1 > kMaxHeaderFields)
        return refuse(Verdict::TooLarge, 431, errc::HeadersTooLarge,
                      QStringLiteral("more than %1 header fields").arg(kMaxHeaderFields));
    QVarLengthArray<QByteArrayView, 2> lengths;
    QByteArray codings;
    unsigned seen = 0; // bits of kSingletons
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        if (line.startsWith(' ') || line.startsWith('\t'))
            return malformed(QStringLiteral("a folded header line"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return malformed(QStringLiteral("a header line without a valid name"));
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        // QtHttpServer keeps one value per name: a second credential or type would be
        // dropped unseen, so which one counts must not be left to it.
        if (const int singleton = singletonIndex(name); singleton >= 0) {
            if (seen & (1u << singleton))
                return malformed(QStringLiteral("the %1 header appears more than once")
                                     .arg(QString::fromLatin1(name)));
            seen |= 1u << singleton;
        }
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            lengths.append(value);
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            if (!codings.isEmpty())
                codings += ',';
            codings.append(value);
        }
    }
    if (!codings.isEmpty()) {
        if (!lengths.isEmpty())
            return malformed(QStringLiteral("both Transfer-Encoding and Content-Length"));
        if (codings.trimmed().toLower() != "chunked")
            return malformed(QStringLiteral("only the chunked transfer coding is accepted"));
        m_phase = Phase::ChunkSize;
        m_chunked = 0;
        return Verdict::Fine;
    }
    if (lengths.isEmpty()) {
        m_phase = Phase::Head;
        return Verdict::Fine;
    }
    const QByteArrayView length = lengths.first();
    if (!isDigits(length) ||
        !std::all_of(lengths.begin(), lengths.end(),
                     [length](QByteArrayView other) { return other == length; }))
        return malformed(QStringLiteral("Content-Length must be one number of bytes"));
    bool fits = false;
    m_remaining = length.toLongLong(&fits);
    if (!fits || m_remaining > m_maxBody)
        return refuse(Verdict::TooLarge, 413, errc::PayloadTooLarge,
                      QStringLiteral("the body is larger than %1 bytes").arg(m_maxBody));
    m_phase = m_remaining > 0 ? Phase::Body : Phase::Head;
    return Verdict::Fine;
}

RequestFramer::Verdict RequestFramer::chunkSize(const QByteArray &line)
{
    const qsizetype semicolon = line.indexOf(';');
    QByteArray size = semicolon < 0 ? line : line.left(semicolon);
    // RFC 9112 §7.1.1: whitespace may come before an extension's ";" (Qt reads it so too).
    if (semicolon >= 0)
        while (size.endsWith(' ') || size.endsWith('\t'))
            size.chop(1);
    if (!isHex(size) || hasControl(line))
        return malformed(QStringLiteral("a chunk size that is not a hexadecimal number"));
    // Leading zeros are allowed however many; the significant digits must fit in 60 bits.
    qsizetype zeros = 0;
    while (zeros < size.size() - 1 && size[zeros] == '0')
        ++zeros;
    if (size.size() - zeros > 15)
        return malformed(QStringLiteral("a chunk size that is not a hexadecimal number"));
    m_remaining = size.mid(zeros).toLongLong(nullptr, 16);
    m_chunked += m_remaining;
    if (m_chunked > m_maxBody)
        return refuse(Verdict::TooLarge, 413, errc::PayloadTooLarge,
                      QStringLiteral("the body is larger than %1 bytes").arg(m_maxBody));
    m_phase = m_remaining > 0 ? Phase::ChunkData : Phase::Trailer;
    return Verdict::Fine;
}

RequestFramer::Verdict RequestFramer::feed(const QByteArray &bytes)
{
    qsizetype at = 0;
    while (at < bytes.size()) {
        switch (m_phase) {
        case Phase::Head: {
            qsizetype before = m_head.size(); // where this read's bytes start in m_head
            m_head.append(bytes.constData() + at, bytes.size() - at);
            // RFC 9112 §2.2: empty lines before the request line are ignored (Qt does
            // too); they still count towards the head's size.
            qsizetype empty = 0;
            while (m_head.size() - empty >= 2 && m_head[empty] == '\r' && m_head[empty + 1] == '\n')
                empty += 2;
            m_head.remove(0, empty);
            before -= empty;
            m_emptyLines += empty;
            const qsizetype end = m_head.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
            // Without the terminator yet, the head is at least size - 3 bytes long.
            if ((end < 0 ? m_head.size() - 3 : end) + m_emptyLines > kMaxHeaderBytes)
                return refuse(Verdict::TooLarge, 431, errc::HeadersTooLarge,
                              QStringLiteral("the request head is larger than %1 bytes")
                                  .arg(kMaxHeaderBytes));
            if (end < 0)
                return Verdict::Fine;
            at += end + 4 - before;
            const QByteArray head = m_head.left(end);
            m_head.clear();
            m_emptyLines = 0;
            if (const Verdict verdict = startBody(head); verdict != Verdict::Fine)
                return verdict;
            break;
        }
        case Phase::Body:
        case Phase::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, bytes.size() - at);
            m_remaining -= take;
            at += take;
            if (m_remaining == 0)
                m_phase = m_phase == Phase::Body ? Phase::Head : Phase::ChunkEnd;
            break;
        }
        case Phase::ChunkSize:
        case Phase::ChunkEnd:
        case Phase::Trailer: {
            const qsizetype newline = bytes.indexOf('\n', at);
            const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
            m_line.append(bytes.constData() + at, end - at);
            at = end;
            if (m_line.size() > (m_phase == Phase::Trailer ? kMaxHeaderBytes : kMaxChunkLine))
                return malformed(QStringLiteral("a chunk line that does not end"));
            if (newline < 0)
                break;
            const QByteArray line = std::exchange(m_line, {});
            if (!line.endsWith("\r\n"))
                return malformed(QStringLiteral("a chunk line not ended by CR LF"));
            if (m_phase == Phase::ChunkSize) {
                if (const Verdict verdict = chunkSize(line.chopped(2)); verdict != Verdict::Fine)
                    return verdict;
            } else if (m_phase == Phase::ChunkEnd) {
                if (line != "\r\n")
                    return malformed(QStringLiteral("chunk data longer than its size"));
                m_phase = Phase::ChunkSize;
            } else if (line == "\r\n") {
                m_phase = Phase::Head; // end of the trailer: the request is complete
            } else if (hasControl(line.chopped(2))) {
                return malformed(QStringLiteral("a control character in a trailer"));
            } else if ((m_chunked += line.size()) > m_maxBody + kMaxHeaderBytes) {
                return refuse(Verdict::TooLarge, 431, errc::HeadersTooLarge,
                              QStringLiteral("the trailer is too large"));
            }
            break;
        }
        }
    }
    return Verdict::Fine;
}

} // namespace ges
