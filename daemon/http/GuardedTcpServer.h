#pragma once
#include <QTcpServer>

class QTcpSocket;

namespace ges {

class Metrics;

// The listening socket of an HttpListener. QtHttpServer 6.4 reads a whole request body
// into memory before it calls us, whatever its size; this server sees each request's
// headers first (its readyRead handler is connected before QtHttpServer's) and answers
// 413 at once when Content-Length is over the limit, discarding the body instead of
// buffering it. Bodies without Content-Length are still checked after reading.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxBodyBytes, Metrics &metrics, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void inspect(QTcpSocket *socket);
    void reject(QTcpSocket *socket, const QByteArray &method);

    qint64 m_maxBodyBytes;
    Metrics &m_metrics;
};

} // namespace ges
