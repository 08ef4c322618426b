#include "SystemdNotify.h"

#include <QProcessEnvironment>

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <utility>

namespace ges {

SystemdNotify::SystemdNotify(QString socket) : m_socket(std::move(socket)) {}

SystemdNotify SystemdNotify::fromEnvironment()
{
    return SystemdNotify(
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("NOTIFY_SOCKET")));
}

bool SystemdNotify::ready() const
{
    return send("READY=1\nSTATUS=serving\n");
}

bool SystemdNotify::stopping() const
{
    return send("STOPPING=1\nSTATUS=draining: not ready, finishing requests in flight\n");
}

bool SystemdNotify::send(const QByteArray &state) const
{
    const QByteArray path = m_socket.toLocal8Bit();
    // Only paths and abstract names: systemd 252 hands services nothing else (no vsock).
    if (path.isEmpty() || (path[0] != '/' && path[0] != '@'))
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(path.size()) > sizeof address.sun_path)
        return false;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    if (path[0] == '@')
        address.sun_path[0] = '\0'; // abstract: the length, not a NUL, ends the name
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(path.size()));

    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    ssize_t sent = -1;
    do {
        sent = ::sendto(fd, state.constData(), size_t(state.size()), MSG_NOSIGNAL,
                        reinterpret_cast<const sockaddr *>(&address), length);
    } while (sent < 0 && errno == EINTR);
    ::close(fd);
    return sent == state.size();
}

} // namespace ges
