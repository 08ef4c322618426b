#pragma once
#include <QByteArray>
#include <QString>

namespace ges {

// systemd's readiness protocol (sd_notify(3)) for gesd.service's Type=notify, which
// /work/shared/STYLE.md asks for on systemd 252: "READY=1" once the node serves, so
// `systemctl start` returns when gesd is really up and units ordered After=gesd wait for it;
// "STOPPING=1" at SIGTERM, so the unit shows as deactivating while gesd drains.
// The protocol is one datagram of KEY=VALUE lines to the unix socket named by
// $NOTIFY_SOCKET; written here with a plain socket so gesd needs no libsystemd.
// Without NOTIFY_SOCKET (a terminal, a container, Type=exec) every call is a no-op.
class SystemdNotify
{
public:
    // `socket` is $NOTIFY_SOCKET: a path, or "@name" for the abstract namespace.
    explicit SystemdNotify(QString socket);
    // $NOTIFY_SOCKET of this process. Not configuration (Config): it is the service
    // manager's handshake, read where it is used, as libsystemd's sd_notify does.
    static SystemdNotify fromEnvironment();

    bool isActive() const { return !m_socket.isEmpty(); }
    bool ready() const;
    bool stopping() const;
    // Sends one notification ("KEY=VALUE\n..."); false when inactive or not delivered.
    bool send(const QByteArray &state) const;

private:
    QString m_socket;
};

} // namespace ges
