#pragma once
#include "ChildProcess.h"

#include <QTemporaryDir>

namespace ges::test {

// A real redis-server on a free loopback port with no persistence, in a temp dir.
class RedisServer
{
public:
    void setPassword(const QString &password) { m_password = password; }
    // More redis-server arguments, e.g. {"--replicaof", host, port, "--masterauth", pw}.
    void setExtraArgs(const QStringList &args) { m_extraArgs = args; }
    // TLS only: port() is redis-server's tls-port and no plain port is open; clients are
    // not asked for certificates. cli() then speaks TLS, trusting `caFile`.
    void setTls(const QString &certFile, const QString &keyFile, const QString &caFile)
    {
        m_tlsArgs = {"--tls-cert-file", certFile, "--tls-key-file", keyFile,
                     "--tls-ca-cert-file", caFile, "--tls-auth-clients", "no"};
        m_tlsCaFile = caFile;
    }
    bool start();
    bool restart();           // the same port, after stop()
    void freeze(bool frozen); // SIGSTOP/SIGCONT: a hung Redis, connections open
    void stop() { m_process.stop(); }
    void kill() { m_process.kill(); } // SIGKILL: a crash, nothing flushed
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    // Runs redis-cli against this server and returns its output (tests only).
    QByteArray cli(const QStringList &args) const;

private:
    QTemporaryDir m_dir;
    ChildProcess m_process;
    quint16 m_port = 0;
    QString m_error;
    QString m_password;
    QStringList m_extraArgs;
    QStringList m_tlsArgs;
    QString m_tlsCaFile;
};

} // namespace ges::test
