#pragma once
#include "ChildProcess.h"

#include <QTemporaryDir>

namespace ges::test {

// A real PostgreSQL: initdb into a temp dir, postgres on a free loopback port, with
// password authentication for user "ges" and a database "ges". Runs as the "postgres"
// system user when the test runs as root.
class PostgresServer
{
public:
    // Before start(): serve TLS with this certificate and key, and accept only TLS
    // connections over TCP (pg_hba "hostssl"); a plain connection is refused.
    void setTls(const QString &certFile, const QString &keyFile);
    bool start();
    void stop() { m_process.stop(); }
    bool restart(); // the same data and port, after stop()
    // SIGSTOP/SIGCONT to the postmaster and every backend: a hung database, connections open.
    void freeze(bool frozen);
    quint16 port() const { return m_port; }
    QString user() const { return QStringLiteral("ges"); }
    QString password() const { return m_password; }
    QString database() const { return QStringLiteral("ges"); }
    QString errorString() const { return m_error; }
    // Runs one SQL statement with psql and returns its unaligned output (tests only).
    QString psql(const QString &sql) const;

    static QString binDir(); // the newest /usr/lib/postgresql/N/bin

private:
    bool run(const QString &program, const QStringList &args, const QString &as);
    bool launch();
    bool waitReady();
    bool installTls(const QString &data, const QString &as);

    QTemporaryDir m_dir;
    ChildProcess m_process;
    quint16 m_port = 0;
    QString m_password;
    QString m_error;
    QString m_tlsCert, m_tlsKey; // as given; copies in the data dir are what postgres reads
};

} // namespace ges::test
