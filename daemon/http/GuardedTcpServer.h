#pragma once
#include "ConnectionDrain.h"
#include "RequestFramer.h"

#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>
#include <optional>

class QTcpSocket;

namespace ges {

class Metrics;

// The listening socket of an HttpListener. QtHttpServer 6.4 reads a whole request body
// into memory before it calls us, whatever its size. This server sees every byte first
// (its readyRead handler is connected before QtHttpServer's, which reads all that is
// available each time), follows request boundaries with a RequestFramer per connection,
// and answers 413 as soon as a request is over the limit, draining the rest instead of
// letting QtHttpServer buffer it; and it answers 400/431 for requests QtHttpServer would
// misread (RequestFramer).
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxBodyBytes, Metrics &metrics, QObject *parent = nullptr);

    // Its open connections, for the drain after SIGTERM (ConnectionDrain).
    ConnectionDrain &connections() { return *m_connections; }
    // HTTPS from now on: each connection is a QSslSocket that handshakes as a server with
    // this configuration. The framing above sees the decrypted bytes (QSslSocket's
    // readyRead/peek are on the plaintext), so the limits hold the same for HTTPS.
    void setTls(const QSslConfiguration &config) { m_tls = config; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    void inspect(QTcpSocket *socket);
    void reject(QTcpSocket *socket, const QByteArray &method,
                const RequestFramer::Refusal &refusal);

    QHash<QTcpSocket *, RequestFramer> m_framers;
    ConnectionDrain *m_connections;

    std::optional<QSslConfiguration> m_tls;
    qint64 m_maxBodyBytes;
    Metrics &m_metrics;
};

} // namespace ges
