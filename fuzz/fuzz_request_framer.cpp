// Fuzzes the HTTP request framer (daemon/http/RequestFramer), which reads every byte a
// client sends before QtHttpServer does. The first byte picks the body limit, the next
// few how the stream is cut into reads; the rest is the stream. Checked besides "no crash,
// no UB, no leak": the verdict does not depend on how the stream was cut (the framer's
// promise "whatever the TCP segmentation"), chunked bodies included, since the framer
// parses their chunk framing.
#include "FuzzCheck.h"
#include "http/RequestFramer.h"

using namespace ges;
using Verdict = RequestFramer::Verdict;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr size_t kCuts = 4;
    if (size < 1 + kCuts)
        return 0;
    const qint64 limit = qint64(data[0]) * 16; // 0 to 4080 bytes
    const QByteArray stream = fuzz::bytes(data + 1 + kCuts, size - 1 - kCuts);

    RequestFramer whole(limit);
    const Verdict inOnePiece = whole.feed(stream);
    (void)whole.method();

    RequestFramer cut(limit);
    Verdict inPieces = Verdict::Fine;
    qsizetype at = 0;
    for (size_t i = 0; at < stream.size() && inPieces == Verdict::Fine; i = (i + 1) % kCuts) {
        const qsizetype step = qsizetype(data[1 + i] % 64) + 1;
        inPieces = cut.feed(stream.mid(at, step));
        at += step;
    }
    fuzz::check(inOnePiece == inPieces, "the verdict depends on how the stream is cut",
                QString::fromLatin1(stream.toPercentEncoding()));
    return 0;
}
