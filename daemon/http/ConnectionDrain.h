#pragma once
#include <QHash>
#include <QObject>

#include <functional>

class QTcpSocket;

namespace ges {

// The open connections of one listening socket (GuardedTcpServer), for the drain after
// SIGTERM (GracefulShutdown, docs/operations.md). QtHttpServer 6.4 keeps a keep-alive
// connection open for as long as the client does, never says Connection: close and
// never closes one itself; closing the listening socket only stops new connections. So
// each connection is a child of this object (found from the socket), with a count of its
// requests handed to the listener and not yet answered (HttpExchange reports both ends).
// When draining starts, a connection with nothing in hand (no request being handled,
// none partly received) closes at once, so its client opens its next connection
// elsewhere instead of having it cut at exit; every answer written from then on says
// Connection: close, and its connection closes once the answer is sent.
class ConnectionDrain : public QObject
{
    Q_OBJECT
public:
    // `midRequest(socket)`: part of a request has arrived on it, not yet handed on.
    explicit ConnectionDrain(std::function<bool(QTcpSocket *)> midRequest,
                             QObject *parent = nullptr);

    // A new connection; it becomes a child of this object.
    void add(QTcpSocket *socket);
    void startDraining();
    bool draining() const { return m_draining; }
    // Connections with part of a request received and not yet handed on: in flight as
    // much as a request being handled (the drain waits for them, within its grace).
    int partialRequests() const;

    // From HttpExchange, for a socket of any listener (nothing for one not ours):
    // a request on `socket` is handed to its handler;
    static void requestStarted(QTcpSocket *socket);
    // whether its answer must say Connection: close (draining);
    static bool closesAfterAnswer(const QTcpSocket *socket);
    // its answer is written: while draining, the connection now closes (after the bytes
    // written so far are sent).
    static void requestAnswered(QTcpSocket *socket);

private:
    static ConnectionDrain *of(const QTcpSocket *socket);
    bool idle(QTcpSocket *socket) const;

    std::function<bool(QTcpSocket *)> m_midRequest;
    QHash<QTcpSocket *, int> m_unanswered; // every open connection, with its count
    bool m_draining = false;
};

} // namespace ges
