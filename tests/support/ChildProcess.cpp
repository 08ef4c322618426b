#include "ChildProcess.h"

#include <QTcpServer>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace ges::test {

ChildProcess::~ChildProcess()
{
    stop(3000);
}

void ChildProcess::setOutputFile(const QString &path)
{
    m_process.setStandardOutputFile(path, QIODevice::Append);
    m_process.setStandardErrorFile(path, QIODevice::Append);
}

int ChildProcess::uidOf(const QString &user)
{
    const passwd *pw = getpwnam(user.toLocal8Bit().constData());
    return pw ? int(pw->pw_uid) : -1;
}

int ChildProcess::gidOf(const QString &user)
{
    const passwd *pw = getpwnam(user.toLocal8Bit().constData());
    return pw ? int(pw->pw_gid) : -1;
}

bool ChildProcess::start(const QString &program, const QStringList &args)
{
    const int uid = (m_user.isEmpty() || geteuid() != 0) ? -1 : uidOf(m_user);
    const int gid = uid >= 0 ? gidOf(m_user) : -1;
    m_process.setChildProcessModifier([uid, gid] {
        if (uid >= 0) {
            // Drop root before exec; order matters (groups, gid, then uid).
            if (setgroups(0, nullptr) != 0 || setgid(gid_t(gid)) != 0 || setuid(uid_t(uid)) != 0)
                _exit(126);
        }
        // After setuid: a credential change clears the parent-death signal.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        setsid();
    });
    m_process.start(program, args);
    return m_process.waitForStarted(10000);
}

void ChildProcess::stop(int graceMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(graceMs))
        kill();
}

void ChildProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace ges::test
