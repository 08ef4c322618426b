// gesd.service is Type=notify (STYLE.md: systemd 252): systemd counts the unit started only
// when gesd sends READY=1 to $NOTIFY_SOCKET, and shows it deactivating after STOPPING=1.
// A plain unix datagram socket stands in for systemd's: first SystemdNotify alone (paths,
// abstract names, no socket), then the real gesd started with NOTIFY_SOCKET and stopped
// with SIGTERM.
#include "TestStack.h"
#include "ops/SystemdNotify.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace ges;
using namespace ges::test;

namespace {
// What systemd does with NOTIFY_SOCKET: a bound datagram socket that collects messages.
class NotifyReceiver
{
public:
    // `name` is a path, or "@name" for the abstract namespace (as NOTIFY_SOCKET spells it).
    explicit NotifyReceiver(const QString &name)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        const QByteArray bytes = name.toLocal8Bit();
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, bytes.constData(), size_t(bytes.size()));
        if (bytes.startsWith('@'))
            address.sun_path[0] = '\0';
        const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(bytes.size()));
        m_bound = m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) == 0;
    }
    ~NotifyReceiver()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isBound() const { return m_bound; }
    // Every datagram received so far, in order.
    QList<QByteArray> messages()
    {
        char buffer[4096];
        ssize_t n;
        while ((n = ::recv(m_fd, buffer, sizeof buffer, 0)) > 0)
            m_messages << QByteArray(buffer, n);
        return m_messages;
    }
    // Index of the first message with the line `line`, or -1.
    int indexOf(const QByteArray &line)
    {
        const QList<QByteArray> all = messages();
        for (int i = 0; i < all.size(); ++i)
            if (all[i].split('\n').contains(line))
                return i;
        return -1;
    }

private:
    int m_fd = -1;
    bool m_bound = false;
    QList<QByteArray> m_messages;
};
} // namespace

class TestSystemdNotify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readyAndStoppingReachAPathSocket();
    void abstractNamespaceSocket();
    void inactiveOrUnreachableSocketSendsNothing_data();
    void inactiveOrUnreachableSocketSendsNothing();
    void gesdNotifiesReadyThenStopping();

private:
    QTemporaryDir m_dir;
};

void TestSystemdNotify::readyAndStoppingReachAPathSocket()
{
    const QString path = m_dir.filePath("notify");
    NotifyReceiver receiver(path);
    QVERIFY(receiver.isBound());
    const SystemdNotify notify(path);
    QVERIFY(notify.isActive());
    QVERIFY(notify.ready());
    QVERIFY(notify.stopping());
    const QList<QByteArray> got = receiver.messages();
    QCOMPARE(got.size(), 2);
    QVERIFY2(got[0].split('\n').contains("READY=1"), got[0].constData());
    QVERIFY2(got[1].split('\n').contains("STOPPING=1"), got[1].constData());
}

void TestSystemdNotify::abstractNamespaceSocket()
{
    const QString name = QStringLiteral("@ges-notify-test-%1").arg(::getpid());
    NotifyReceiver receiver(name);
    QVERIFY(receiver.isBound());
    QVERIFY(SystemdNotify(name).send("READY=1\n"));
    QCOMPARE(receiver.messages(), QList<QByteArray>{"READY=1\n"});
}

void TestSystemdNotify::inactiveOrUnreachableSocketSendsNothing_data()
{
    QTest::addColumn<QString>("socket");
    QTest::addColumn<bool>("active");
    QTest::newRow("no NOTIFY_SOCKET (terminal, container)") << QString() << false;
    QTest::newRow("nobody listening") << m_dir.filePath("absent") << true;
    QTest::newRow("relative path") << QStringLiteral("notify") << true;
    QTest::newRow("vsock (systemd 253+)") << QStringLiteral("vsock:2:1234") << true;
    QTest::newRow("longer than sun_path") << "/" + QString(200, QLatin1Char('x')) << true;
}

void TestSystemdNotify::inactiveOrUnreachableSocketSendsNothing()
{
    QFETCH(QString, socket);
    QFETCH(bool, active);
    const SystemdNotify notify(socket);
    QCOMPARE(notify.isActive(), active);
    QVERIFY(!notify.ready());
    QVERIFY(!notify.stopping());
}

void TestSystemdNotify::gesdNotifiesReadyThenStopping()
{
    TestStack stack;
    QVERIFY2(stack.startServers(), qPrintable(stack.errorString()));
    const QString path = m_dir.filePath("gesd-notify");
    NotifyReceiver receiver(path);
    QVERIFY(receiver.isBound());
    stack.setEnv(QStringLiteral("NOTIFY_SOCKET"), path);
    stack.setEnv(QStringLiteral("SHUTDOWN_DELAY_SECONDS"), QStringLiteral("1"));
    QVERIFY2(stack.startGesd(), qPrintable(stack.errorString()));

    // READY=1 once, and only when the readiness probe agrees.
    QTRY_VERIFY_WITH_TIMEOUT(receiver.indexOf("READY=1") == 0, 15000);
    QCOMPARE(HttpClient::get(stack.internalUrl("/ges/v1/health/ready")).status, 200);
    QCOMPARE(receiver.indexOf("STOPPING=1"), -1);

    QProcess &gesd = stack.gesd().process();
    ::kill(pid_t(gesd.processId()), SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(receiver.indexOf("STOPPING=1") == 1, 15000);
    QVERIFY(gesd.waitForFinished(40000));
    QCOMPARE(gesd.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gesd.exitCode(), 0);
    QCOMPARE(receiver.messages().size(), 2);
}

QTEST_GUILESS_MAIN(TestSystemdNotify)
#include "tst_systemdnotify.moc"
