#include "RawHttp.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

namespace ges::test {

namespace {

bool hasHeader(const QByteArrayList &headers, const QByteArray &name)
{
    for (const QByteArray &line : headers) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The body of a chunked message, or false while incomplete.
bool dechunk(const QByteArray &data, QByteArray *body)
{
    qsizetype at = 0;
    body->clear();
    while (true) {
        const qsizetype lineEnd = data.indexOf("\r\n", at);
        if (lineEnd < 0)
            return false;
        bool ok = false;
        const qint64 size =
            data.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok)
            return true; // malformed: take what came
        if (size == 0)
            return data.indexOf("\r\n", lineEnd + 2) >= 0;
        if (data.size() < lineEnd + 2 + size + 2)
            return false;
        body->append(data.mid(lineEnd + 2, size));
        at = lineEnd + 2 + size + 2;
    }
}

} // namespace

QByteArray RawHttp::Request::toBytes() const
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\n";
    if (!hasHeader(headers, "host"))
        bytes += "Host: 127.0.0.1\r\n";
    for (const QByteArray &line : headers)
        bytes += line + "\r\n";
    if (autoLength && !hasHeader(headers, "content-length") &&
        !hasHeader(headers, "transfer-encoding") && (!body.isEmpty() || method != "GET"))
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

bool RawHttp::parse(const QByteArray &data, bool closed, HttpResponse *response)
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    *response = HttpResponse();
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    response->status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response->headers.append(
                {lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    const QByteArray rest = data.mid(headerEnd + 4);
    if (response->header("Transfer-Encoding").toLower().contains("chunked"))
        return dechunk(rest, &response->body) || closed;
    const QByteArray length = response->header("Content-Length");
    if (length.isEmpty()) {
        response->body = rest;
        return closed;
    }
    response->body = rest.left(length.toLongLong());
    return rest.size() >= length.toLongLong() || closed;
}

HttpResponse RawHttp::send(quint16 port, const Request &request, int timeoutMs)
{
    return send(port, request.toBytes(), timeoutMs);
}

HttpResponse RawHttp::send(quint16 port, const QByteArray &bytes, int timeoutMs)
{
    HttpResponse response;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(timeoutMs)) {
        response.error = socket.errorString();
        return response;
    }
    // Written in pieces, reading between them: a server that answers before the whole
    // body is sent (413) must not deadlock us on a full send buffer.
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray data;
    qsizetype sent = 0;
    constexpr qsizetype kPiece = 256 * 1024;
    bool closed = false;
    while (!deadline.hasExpired()) {
        if (sent < bytes.size() && socket.bytesToWrite() == 0 &&
            socket.state() == QAbstractSocket::ConnectedState) {
            socket.write(bytes.constData() + sent, qMin(kPiece, bytes.size() - sent));
            sent += qMin(kPiece, bytes.size() - sent);
        }
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(10);
        if (socket.waitForReadyRead(
                sent < bytes.size() ? 10 : int(qMax<qint64>(1, deadline.remainingTime()))))
            data += socket.readAll();
        closed = socket.state() != QAbstractSocket::ConnectedState;
        data += socket.readAll();
        if (parse(data, closed, &response))
            return response;
        if (closed)
            break;
    }
    response = HttpResponse();
    response.body = data;
    response.error =
        closed ? QStringLiteral("closed without a complete answer") : QStringLiteral("timeout");
    return response;
}

} // namespace ges::test
