#pragma once
#include <QProcess>
#include <QString>
#include <QStringList>

namespace ges::test {

// A server process for a test run: it dies with the test process (PR_SET_PDEATHSIG), so
// a crashed or failed test never leaves a server behind. Optionally runs as another
// user, because PostgreSQL refuses to run as root and CI runs as root.
class ChildProcess
{
public:
    ChildProcess() = default;
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    void setRunAsUser(const QString &user) { m_user = user; }
    void setEnvironment(const QProcessEnvironment &env) { m_process.setProcessEnvironment(env); }
    void setOutputFile(const QString &path);
    bool start(const QString &program, const QStringList &args);
    void stop(int graceMs = 5000); // SIGTERM, then SIGKILL
    void kill();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 pid() const { return m_process.processId(); }
    QString errorString() const { return m_process.errorString(); }
    QProcess &process() { return m_process; }

    // uid/gid of a user name, or -1 when unknown.
    static int uidOf(const QString &user);
    static int gidOf(const QString &user);

private:
    QProcess m_process;
    QString m_user;
};

// A free TCP port on 127.0.0.1 (bound and released; a race is possible but unlikely).
quint16 freePort();

} // namespace ges::test
