#pragma once
#include <QByteArray>
#include <QString>

namespace ges {

// Follows the request boundaries of one connection's byte stream, to see each request's
// headers as they arrive, whatever the TCP segmentation, and to judge it before its body
// is read: Content-Length over the limit, a chunked body growing past it, a header block
// that never ends or has too many fields. It also refuses what QtHttpServer 6.4 would
// misread rather than refuse (docs/reliability.md "Bad input"): ambiguous framing
// (Content-Length not a number or given twice differently, Content-Length with
// Transfer-Encoding, codings other than chunked, bad chunk sizes), header lines with
// bare CR/LF, NUL or other controls, folded lines or names with spaces, and more than
// kMaxHeaderFields fields (Qt then silently drops every header).
class RequestFramer
{
public:
    explicit RequestFramer(qint64 maxBodyBytes) : m_maxBody(maxBodyBytes) {}

    enum class Verdict
    {
        Fine,
        TooLarge, // body (413) or head (431) over a limit
        Malformed // 400: not a request we can frame unambiguously
    };
    // Feeds bytes just received; not Fine as soon as the current request is refused.
    Verdict feed(const QByteArray &bytes);
    // Between requests: no byte of a next request received yet (ConnectionDrain).
    bool atBoundary() const { return m_phase == Phase::Head && m_head.isEmpty(); }
    // The method of the request being framed ("POST"), for metrics.
    QByteArray method() const { return m_method; }

    // What to answer after a verdict other than Fine.
    struct Refusal
    {
        int status = 0;
        const char *errorCode = "";
        QString message;
    };
    const Refusal &refusal() const { return m_refusal; }

    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;
    static constexpr int kMaxHeaderFields = 100; // QHttpHeaderParser's own limit in Qt 6.4
    static constexpr int kMaxChunkLine = 1024;

private:
    enum class Phase
    {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailer
    };
    Verdict startBody(const QByteArray &head);
    Verdict chunkSize(const QByteArray &line);
    Verdict refuse(Verdict verdict, int status, const char *errorCode, const QString &message);
    Verdict malformed(const QString &message);

    qint64 m_maxBody;
    Phase m_phase = Phase::Head;
    QByteArray m_head;      // header bytes of the current request so far
    qint64 m_emptyLines = 0; // bytes of empty lines skipped before its request line
    QByteArray m_line;      // the chunk-size, chunk-end or trailer line so far
    qint64 m_remaining = 0; // body or chunk bytes still to come
    qint64 m_chunked = 0;   // chunk data bytes of the current request so far
    QByteArray m_method;
    Refusal m_refusal;
};

} // namespace ges
