#include "FaultCluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QUrl>

namespace ges::test {

FaultCluster::~FaultCluster()
{
    m_haproxy.stop();
    for (Node &node : m_nodes)
        node.process->stop();
}

bool FaultCluster::addNodes(int count)
{
    for (int i = 0; i < count; ++i) {
        Node node;
        node.process = std::make_unique<ChildProcess>();
        node.externalPort = freePort();
        node.internalPort = freePort();
        QProcessEnvironment env = m_stack.gesdEnvironment();
        env.insert("SERVER_EXTERNAL_PORT", QString::number(node.externalPort));
        env.insert("SERVER_INTERNAL_PORT", QString::number(node.internalPort));
        node.process->setEnvironment(env);
        const int index = nodeCount();
        node.process->setOutputFile(
            m_stack.configFolder() + QStringLiteral("/gesd-node%1.log").arg(index));
        if (!node.process->start(TestStack::gesdBinary(), {})) {
            m_error = QStringLiteral("node %1 did not start").arg(index);
            return false;
        }
        m_nodes.push_back(std::move(node));
        const QString ready =
            QStringLiteral("http://127.0.0.1:%1/ges/v1/health/ready").arg(internalPort(index));
        QElapsedTimer timer;
        timer.start();
        while (HttpClient::get(ready).status != 200) {
            if (timer.elapsed() > 30000 || !this->node(index).isRunning()) {
                m_error = QStringLiteral("node %1 did not become ready:\n%2")
                              .arg(index)
                              .arg(nodeLog(index).right(3000));
                return false;
            }
            QThread::msleep(50);
        }
    }
    return true;
}

ChildProcess &FaultCluster::node(int index)
{
    return index == 0 ? m_stack.gesd() : *m_nodes.at(index - 1).process;
}

quint16 FaultCluster::internalPort(int index) const
{
    return index == 0 ? quint16(QUrl(m_stack.internalUrl()).port())
                      : m_nodes.at(index - 1).internalPort;
}

QString FaultCluster::externalUrl(int index, const QString &path) const
{
    if (index == 0)
        return m_stack.externalUrl(path);
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_nodes.at(index - 1).externalPort).arg(path);
}

QString FaultCluster::nodeLog(int index) const
{
    if (index == 0)
        return m_stack.gesdLog();
    QFile file(m_stack.configFolder() + QStringLiteral("/gesd-node%1.log").arg(index));
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

bool FaultCluster::startHaproxy()
{
    m_haproxyPort = freePort();
    // Round robin; a node leaves the pool after two failed readiness checks (0.5 s apart).
    // Only connection failures are retried elsewhere (haproxy's default retry-on), so a
    // POST that reached a node is never sent twice.
    QString config = QStringLiteral("global\n"
                                    "    maxconn 4000\n"
                                    "defaults\n"
                                    "    mode http\n"
                                    "    timeout connect 2s\n"
                                    "    timeout client 60s\n"
                                    "    timeout server 60s\n"
                                    "    timeout check 2s\n"
                                    "    retries 2\n"
                                    "    option redispatch\n"
                                    "frontend ges\n"
                                    "    bind 127.0.0.1:%1\n"
                                    "    default_backend nodes\n"
                                    "backend nodes\n"
                                    "    balance roundrobin\n"
                                    "    option httpchk GET /ges/v1/health/ready\n"
                                    "    http-check expect status 200\n")
                         .arg(m_haproxyPort);
    for (int i = 0; i < nodeCount(); ++i) {
        const quint16 external = quint16(QUrl(externalUrl(i)).port());
        config += QStringLiteral("    server n%1 127.0.0.1:%2 check port %3 inter 500 fall 2 "
                                 "rise 2\n")
                      .arg(i)
                      .arg(external)
                      .arg(internalPort(i));
    }
    const QString path = m_stack.configFolder() + "/haproxy.cfg";
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write ") + path;
        return false;
    }
    file.close();
    m_haproxy.setOutputFile(m_stack.configFolder() + "/haproxy.log");
    if (!m_haproxy.start(QStringLiteral("/usr/sbin/haproxy"), {"-db", "-f", path})) {
        m_error = QStringLiteral("haproxy did not start (apt-get install haproxy): ") +
                  m_haproxy.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000 && m_haproxy.isRunning()) {
        const int status = HttpClient::get(balancedUrl("/")).status;
        if (status != 0 && status != 503)
            return true;
        QThread::msleep(100);
    }
    QFile log(m_stack.configFolder() + "/haproxy.log");
    log.open(QIODevice::ReadOnly);
    m_error = QStringLiteral("haproxy did not come up:\n") + QString::fromUtf8(log.readAll());
    return false;
}

QString FaultCluster::balancedUrl(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_haproxyPort).arg(path);
}

qint64 FaultCluster::rssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace ges::test
