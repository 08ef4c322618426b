#pragma once
// Several gesd nodes sharing one TestStack's Redis and PostgreSQL, optionally behind a
// real haproxy (round robin, health-checked on readiness), for the fault suite.
#include "TestStack.h"

#include <QList>
#include <memory>

namespace ges::test {

class FaultCluster
{
public:
    explicit FaultCluster(TestStack &stack) : m_stack(stack) {}
    ~FaultCluster();

    // Starts `count` more nodes (node 0 is the stack's own gesd) and waits until each is ready.
    bool addNodes(int count);
    int nodeCount() const { return 1 + int(m_nodes.size()); }
    ChildProcess &node(int index);
    QString externalUrl(int index, const QString &path = {}) const;
    QString nodeLog(int index) const;

    // haproxy in front of every node's external port; checks readiness on the internal port.
    bool startHaproxy();
    QString balancedUrl(const QString &path = {}) const;

    QString errorString() const { return m_error; }

    // Resident set size of a process in KiB (VmRSS), or -1.
    static qint64 rssKb(qint64 pid);

private:
    struct Node
    {
        std::unique_ptr<ChildProcess> process;
        quint16 externalPort = 0;
        quint16 internalPort = 0;
    };
    quint16 internalPort(int index) const;

    TestStack &m_stack;
    std::vector<Node> m_nodes;
    ChildProcess m_haproxy;
    quint16 m_haproxyPort = 0;
    QString m_error;
};

} // namespace ges::test
