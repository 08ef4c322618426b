#include "ConnectionDrain.h"

#include <QTcpSocket>

namespace ges {

ConnectionDrain::ConnectionDrain(std::function<bool(QTcpSocket *)> midRequest, QObject *parent)
    : QObject(parent), m_midRequest(std::move(midRequest))
{
}

void ConnectionDrain::add(QTcpSocket *socket)
{
    socket->setParent(this);
    m_unanswered.insert(socket, 0);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_unanswered.remove(socket); });
}

void ConnectionDrain::startDraining()
{
    m_draining = true;
    // Over a copy: closing emits disconnected, upon which QtHttpServer deletes the socket.
    const QList<QTcpSocket *> sockets = m_unanswered.keys();
    for (QTcpSocket *socket : sockets)
        if (m_unanswered.contains(socket) && idle(socket))
            socket->disconnectFromHost();
}

int ConnectionDrain::partialRequests() const
{
    int partial = 0;
    for (auto it = m_unanswered.cbegin(); it != m_unanswered.cend(); ++it)
        if (it.key()->state() == QAbstractSocket::ConnectedState && m_midRequest(it.key()))
            ++partial;
    return partial;
}

bool ConnectionDrain::idle(QTcpSocket *socket) const
{
    return m_unanswered.value(socket) == 0 && !m_midRequest(socket);
}

ConnectionDrain *ConnectionDrain::of(const QTcpSocket *socket)
{
    return socket ? qobject_cast<ConnectionDrain *>(socket->parent()) : nullptr;
}

void ConnectionDrain::requestStarted(QTcpSocket *socket)
{
    if (ConnectionDrain *drain = of(socket))
        if (auto it = drain->m_unanswered.find(socket); it != drain->m_unanswered.end())
            ++*it;
}

bool ConnectionDrain::closesAfterAnswer(const QTcpSocket *socket)
{
    const ConnectionDrain *drain = of(socket);
    return drain && drain->m_draining;
}

void ConnectionDrain::requestAnswered(QTcpSocket *socket)
{
    ConnectionDrain *drain = of(socket);
    if (!drain)
        return;
    const auto it = drain->m_unanswered.find(socket);
    if (it == drain->m_unanswered.end())
        return;
    if (*it > 0)
        --*it;
    // A pipelined request still in hand gets its answer first.
    if (drain->m_draining && *it == 0 && socket->state() == QAbstractSocket::ConnectedState)
        socket->disconnectFromHost();
}

} // namespace ges
