#include "PostgresServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QUuid>

#include <csignal>
#include <unistd.h>

namespace ges::test {

namespace {
QString runAsUser()
{
    return geteuid() == 0 ? QStringLiteral("postgres") : QString();
}
} // namespace

QString PostgresServer::binDir()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return versions.isEmpty() ? QString() : root.filePath(versions.last() + "/bin");
}

bool PostgresServer::run(const QString &program, const QStringList &args, const QString &as)
{
    ChildProcess child;
    child.setRunAsUser(as);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("PGPASSWORD", m_password);
    child.setEnvironment(env);
    child.process().setProcessChannelMode(QProcess::MergedChannels);
    if (!child.start(program, args) || !child.process().waitForFinished(120000) ||
        child.process().exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2")
                      .arg(program, QString::fromLocal8Bit(child.process().readAll()));
        return false;
    }
    return true;
}

bool PostgresServer::start()
{
    const QString bin = binDir();
    if (bin.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL is not installed (/usr/lib/postgresql/N/bin)");
        return false;
    }
    const QString as = runAsUser();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temp dir");
        return false;
    }
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ExeOther |
                                            QFileDevice::ReadOther);
    const QString data = m_dir.filePath("data");
    const QString pwfile = m_dir.filePath("pwfile");
    m_password = QUuid::createUuid().toString(QUuid::Id128);
    {
        QFile f(pwfile);
        f.open(QIODevice::WriteOnly);
        f.write(m_password.toUtf8());
    }
    if (!as.isEmpty()) {
        const int uid = ChildProcess::uidOf(as), gid = ChildProcess::gidOf(as);
        if (uid < 0 || chown(pwfile.toLocal8Bit().constData(), uid_t(uid), gid_t(gid)) != 0 ||
            chown(m_dir.path().toLocal8Bit().constData(), uid_t(uid), gid_t(gid)) != 0) {
            m_error = QStringLiteral("cannot hand the temp dir to user %1").arg(as);
            return false;
        }
    }
    if (!run(bin + "/initdb",
             {"-D", data, "-U", user(), "--pwfile", pwfile, "--auth", "scram-sha-256", "-E", "UTF8",
              "--locale", "C.UTF-8", "--no-sync"},
             as))
        return false;
    if (!m_tlsCert.isEmpty() && !installTls(data, as))
        return false;
    m_port = freePort();
    if (!launch() || !waitReady())
        return false;
    return run(bin + "/createdb",
               {"-h", "127.0.0.1", "-p", QString::number(m_port), "-U", user(), database()},
               QString());
}

void PostgresServer::setTls(const QString &certFile, const QString &keyFile)
{
    m_tlsCert = certFile;
    m_tlsKey = keyFile;
}

bool PostgresServer::installTls(const QString &data, const QString &as)
{
    // postgres refuses a key file that others can read, or that another user owns.
    const QString cert = data + "/server.crt", key = data + "/server.key";
    QFile hba(data + "/pg_hba.conf");
    if (!QFile::copy(m_tlsCert, cert) || !QFile::copy(m_tlsKey, key) ||
        !QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        !hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        hba.write("local all all scram-sha-256\n"
                  "hostssl all all 127.0.0.1/32 scram-sha-256\n") < 0) {
        m_error = QStringLiteral("cannot install the TLS files into %1").arg(data);
        return false;
    }
    hba.close();
    if (!as.isEmpty()) {
        const int uid = ChildProcess::uidOf(as), gid = ChildProcess::gidOf(as);
        for (const QString &file : {cert, key, hba.fileName()})
            if (chown(file.toLocal8Bit().constData(), uid_t(uid), gid_t(gid)) != 0) {
                m_error = QStringLiteral("cannot hand %1 to user %2").arg(file, as);
                return false;
            }
    }
    return true;
}

bool PostgresServer::restart()
{
    return launch() && waitReady();
}

bool PostgresServer::launch()
{
    m_process.setRunAsUser(runAsUser());
    m_process.setOutputFile(m_dir.filePath("postgres.log"));
    QStringList args{"-D", m_dir.filePath("data"), "-p", QString::number(m_port), "-k",
                     m_dir.path(), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c",
                     "max_connections=200"};
    if (!m_tlsCert.isEmpty())
        args << "-c" << "ssl=on" << "-c" << "ssl_cert_file=server.crt" << "-c"
             << "ssl_key_file=server.key";
    if (!m_process.start(binDir() + "/postgres", args)) {
        m_error = QStringLiteral("postgres did not start: ") + m_process.errorString();
        return false;
    }
    return true;
}

bool PostgresServer::waitReady()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        QProcess ready;
        ready.start(binDir() + "/pg_isready", {"-h", "127.0.0.1", "-p", QString::number(m_port)});
        ready.waitForFinished(5000);
        if (ready.exitCode() == 0)
            return true;
        if (!m_process.isRunning())
            break;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("postgres on port %1 did not become ready").arg(m_port);
    return false;
}

void PostgresServer::freeze(bool frozen)
{
    const qint64 postmaster = m_process.pid();
    if (postmaster <= 0)
        return;
    QProcess children;
    children.start(QStringLiteral("pgrep"), {"-P", QString::number(postmaster)});
    children.waitForFinished(5000);
    QList<qint64> pids{postmaster};
    for (const QByteArray &line : children.readAllStandardOutput().split('\n'))
        if (line.trimmed().toLongLong() > 0)
            pids << line.trimmed().toLongLong();
    for (qint64 pid : pids)
        ::kill(pid_t(pid), frozen ? SIGSTOP : SIGCONT);
}

QString PostgresServer::psql(const QString &sql) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("PGPASSWORD", m_password);
    p.setProcessEnvironment(env);
    p.start(binDir() + "/psql", {"-h", "127.0.0.1", "-p", QString::number(m_port), "-U", user(),
                                 "-d", database(), "-At", "-v", "ON_ERROR_STOP=1", "-c", sql});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace ges::test
