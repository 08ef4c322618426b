#pragma once
#include "HttpClient.h"

#include <QByteArray>
#include <QByteArrayList>

namespace ges::test {

// One HTTP/1.1 exchange over a plain socket, bytes exactly as given: no URL normalisation,
// no header validation, no Content-Length fix-up. For hostile-input tests (invalid UTF-8,
// CR/LF inside header values, lying Content-Length, odd chunking), which Qt's own client
// would clean up or refuse to send.
class RawHttp
{
public:
    struct Request
    {
        QByteArray method = "GET";
        QByteArray target = "/"; // the request-target, sent verbatim
        QByteArrayList headers;  // whole lines without "\r\n", sent verbatim
        QByteArray body;
        bool autoLength = true; // add Content-Length unless `headers` has one (or chunked)
        QByteArray toBytes() const;
    };

    // Sends `request` to 127.0.0.1:`port` and reads one response: until its Content-Length
    // or last chunk has arrived, or the server closes. status 0: no answer at all (then
    // `error` says why). The daemon may stop reading a refused body early; a failed write
    // is therefore not an error as long as an answer comes.
    static HttpResponse send(quint16 port, const Request &request, int timeoutMs = 10000);
    static HttpResponse send(quint16 port, const QByteArray &bytes, int timeoutMs = 10000);

    // Parses a complete response; false when `data` does not hold one yet.
    static bool parse(const QByteArray &data, bool closed, HttpResponse *response);
};

} // namespace ges::test
