#pragma once
#include <QSslConfiguration>
#include <QString>
#include <optional>

namespace ges {

// Reads the PEM files TLS settings name, at start-up, so a wrong path, an unreadable file
// or a file that is not what it should be is a configuration problem line, not a failed
// handshake later.
class TlsFiles
{
public:
    // The server side of HTTPS: the certificate file (the server's certificate first, then
    // any intermediates) and its unencrypted private key (EC or RSA).
    static std::optional<QSslConfiguration> serverConfiguration(const QString &certFile,
                                                                const QString &keyFile,
                                                                QString *error);
    // Empty when `file` holds at least one PEM certificate; else why not.
    static QString caFileProblem(const QString &file);
    // The client side of TLS to a server we verify (REDIS_SECURE): trusts only the
    // certificates in `caFile`, requires the peer's chain to end in one of them.
    static std::optional<QSslConfiguration> clientConfiguration(const QString &caFile,
                                                                QString *error);
};

} // namespace ges
