#include "LoadConnection.h"

namespace ges::bench {

LoadConnection::LoadConnection(QString host, quint16 port, QObject *parent)
    : QObject(parent), m_host(std::move(host)), m_port(port)
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QTcpSocket::connected, this, &LoadConnection::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &LoadConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &LoadConnection::onDropped);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &LoadConnection::onDropped);
}

LoadConnection::~LoadConnection()
{
    // The socket's last signals must not reach a run that is being torn down.
    m_socket.disconnect(this);
}

void LoadConnection::send(const QByteArray &request)
{
    m_busy = true;
    m_haveHead = false;
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        m_socket.write(request);
        return;
    }
    m_pending = request;
    if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        m_in.clear();
        m_socket.connectToHost(m_host, m_port);
    }
}

void LoadConnection::onConnected()
{
    if (!m_pending.isEmpty())
        m_socket.write(std::exchange(m_pending, {}));
}

void LoadConnection::onDropped()
{
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.abort();
    m_in.clear();
    m_pending.clear();
    if (m_busy)
        complete(0);
}

void LoadConnection::onReadyRead()
{
    m_in += m_socket.readAll();
    while (m_busy) {
        if (!m_haveHead && !parseHead())
            return;
        if (!consumeBody())
            return;
        if (m_closeAfter) {
            // Closed first (not busy, so no error is reported), so the next request,
            // sent from finished(), opens a new connection.
            m_busy = false;
            m_socket.abort();
            m_in.clear();
        }
        complete(m_status);
    }
}

bool LoadConnection::parseHead()
{
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = m_in.left(end);
    m_in.remove(0, end + 4);
    m_haveHead = true;
    m_status = head.mid(9, 3).toInt();
    m_bodyLeft = 0;
    m_chunked = false;
    m_closeAfter = false;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length")
            m_bodyLeft = value.toLongLong();
        else if (name == "transfer-encoding" && value.contains("chunked"))
            m_chunked = true;
        else if (name == "connection" && value == "close")
            m_closeAfter = true;
    }
    return true;
}

bool LoadConnection::consumeBody()
{
    if (!m_chunked) {
        if (m_in.size() < m_bodyLeft)
            return false;
        m_in.remove(0, m_bodyLeft);
        return true;
    }
    // Chunked: walk whole chunks; the last one has size 0 and no trailers here.
    for (;;) {
        const qsizetype lineEnd = m_in.indexOf("\r\n");
        if (lineEnd < 0)
            return false;
        bool ok = false;
        const qint64 size = m_in.left(lineEnd).trimmed().toLongLong(&ok, 16);
        if (!ok) {
            onDropped();
            return false;
        }
        if (m_in.size() < lineEnd + 2 + size + 2)
            return false;
        m_in.remove(0, lineEnd + 2 + size + 2);
        if (size == 0)
            return true;
    }
}

void LoadConnection::complete(int status)
{
    m_busy = false;
    m_haveHead = false;
    Q_EMIT finished(status);
}

} // namespace ges::bench
