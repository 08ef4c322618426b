#pragma once
#include <QByteArray>

namespace ges {

// Follows the request boundaries of one connection's byte stream, to see each request's
// headers as they arrive, whatever the TCP segmentation, and to judge its body size
// before the body is read: Content-Length over the limit, a chunked body growing past
// it, or a header block that never ends.
class RequestFramer
{
public:
    explicit RequestFramer(qint64 maxBodyBytes) : m_maxBody(maxBodyBytes) {}

    enum class Verdict
    {
        Fine,
        TooLarge
    };
    // Feeds bytes just received; TooLarge as soon as the current request is over a limit.
    Verdict feed(const QByteArray &bytes);
    // The method of the request being framed ("POST"), for metrics.
    QByteArray method() const { return m_method; }

    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;

private:
    enum class Phase
    {
        Head,
        Body,
        Chunked
    };
    Verdict startBody(const QByteArray &headers);

    qint64 m_maxBody;
    Phase m_phase = Phase::Head;
    QByteArray m_head;      // header bytes of the current request so far
    qint64 m_remaining = 0; // body bytes still to come (Content-Length)
    qint64 m_chunked = 0;   // chunked bytes seen so far
    QByteArray m_tail;      // last bytes of a chunked body, to find its end
    QByteArray m_method;
};

} // namespace ges
