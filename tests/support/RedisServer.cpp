#include "RedisServer.h"

#include <QElapsedTimer>
#include <QThread>

#include <csignal>

namespace ges::test {

bool RedisServer::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temp dir");
        return false;
    }
    m_port = freePort();
    return restart();
}

bool RedisServer::restart()
{
    m_process.setOutputFile(m_dir.filePath("redis.log"));
    QStringList args{
        "--port", QString::number(m_port), "--bind", "127.0.0.1",   "--dir", m_dir.path(), "--save",
        "",       "--appendonly",          "no",     "--daemonize", "no"};
    if (!m_tlsArgs.isEmpty())
        args << "--port" << "0" << "--tls-port" << QString::number(m_port) << m_tlsArgs;
    if (!m_password.isEmpty())
        args << "--requirepass" << m_password;
    args << m_extraArgs;
    if (!m_process.start(QStringLiteral("redis-server"), args)) {
        m_error = QStringLiteral("redis-server did not start: ") + m_process.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (cli({"PING"}).trimmed() == "PONG")
            return true;
        QThread::msleep(20);
    }
    m_error = QStringLiteral("redis-server on port %1 did not answer PING").arg(m_port);
    return false;
}

void RedisServer::freeze(bool frozen)
{
    if (m_process.pid() > 0)
        ::kill(pid_t(m_process.pid()), frozen ? SIGSTOP : SIGCONT);
}

QByteArray RedisServer::cli(const QStringList &args) const
{
    QProcess cli;
    QStringList all{"-h", "127.0.0.1", "-p", QString::number(m_port), "--no-auth-warning"};
    if (!m_password.isEmpty())
        all << "-a" << m_password;
    if (!m_tlsCaFile.isEmpty())
        all << "--tls" << "--cacert" << m_tlsCaFile;
    cli.start(QStringLiteral("redis-cli"), all + args);
    cli.waitForFinished(10000);
    return cli.readAllStandardOutput();
}

} // namespace ges::test
