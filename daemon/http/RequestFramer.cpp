#include "RequestFramer.h"

#include <QList>

namespace ges {

namespace {
QByteArray headerValue(const QByteArray &headers, const QByteArray &name)
{
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}
} // namespace

RequestFramer::Verdict RequestFramer::startBody(const QByteArray &headers)
{
    m_method = headers.left(headers.indexOf(' '));
    if (headerValue(headers, "transfer-encoding").toLower().contains("chunked")) {
        m_phase = Phase::Chunked;
        m_chunked = 0;
        m_tail.clear();
        return Verdict::Fine;
    }
    bool ok = false;
    const QByteArray length = headerValue(headers, "content-length");
    m_remaining = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!length.isEmpty() && (!ok || m_remaining < 0))
        return Verdict::Fine; // malformed: QtHttpServer's parser refuses it
    if (m_remaining > m_maxBody)
        return Verdict::TooLarge;
    m_phase = m_remaining > 0 ? Phase::Body : Phase::Head;
    return Verdict::Fine;
}

RequestFramer::Verdict RequestFramer::feed(const QByteArray &bytes)
{
    qsizetype at = 0;
    while (at < bytes.size()) {
        switch (m_phase) {
        case Phase::Head: {
            const qsizetype before = m_head.size();
            m_head.append(bytes.constData() + at, bytes.size() - at);
            const qsizetype end = m_head.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
            if (end < 0) {
                if (m_head.size() > kMaxHeaderBytes)
                    return Verdict::TooLarge;
                return Verdict::Fine;
            }
            at += end + 4 - before;
            const QByteArray headers = m_head.left(end);
            m_head.clear();
            if (startBody(headers) == Verdict::TooLarge)
                return Verdict::TooLarge;
            break;
        }
        case Phase::Body: {
            const qint64 take = qMin<qint64>(m_remaining, bytes.size() - at);
            m_remaining -= take;
            at += take;
            if (m_remaining == 0)
                m_phase = Phase::Head;
            break;
        }
        case Phase::Chunked: {
            // The chunk framing is small; counting all of it keeps this simple.
            const QByteArray rest = bytes.mid(at);
            m_chunked += rest.size();
            if (m_chunked > m_maxBody + kMaxHeaderBytes)
                return Verdict::TooLarge;
            m_tail = (m_tail + rest).right(5);
            at = bytes.size();
            if (m_tail == "0\r\n\r\n")
                m_phase = Phase::Head;
            break;
        }
        }
    }
    return Verdict::Fine;
}

} // namespace ges
