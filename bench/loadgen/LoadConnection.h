#pragma once
#include <QByteArray>
#include <QObject>
#include <QTcpSocket>

namespace ges::bench {

// One HTTP/1.1 keep-alive connection that carries one request at a time (no pipelining,
// like a browser or an app). Parses just enough of each answer to find its end: the
// status line, Content-Length or chunked framing, and Connection: close.
class LoadConnection : public QObject
{
    Q_OBJECT
public:
    LoadConnection(QString host, quint16 port, QObject *parent = nullptr);
    ~LoadConnection() override;

    bool busy() const { return m_busy; }
    // Sends one request (complete bytes); finished() follows with its status, or 0 when
    // the connection failed before a whole answer arrived.
    void send(const QByteArray &request);

Q_SIGNALS:
    void finished(int status);

private:
    void onConnected();
    void onReadyRead();
    void onDropped();
    bool parseHead();
    bool consumeBody();
    void complete(int status);

    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_in;
    QByteArray m_pending; // a request waiting for the connection to come up
    bool m_busy = false;
    bool m_closeAfter = false;
    // answer being parsed
    bool m_haveHead = false;
    int m_status = 0;
    qint64 m_bodyLeft = 0;
    bool m_chunked = false;
};

} // namespace ges::bench
