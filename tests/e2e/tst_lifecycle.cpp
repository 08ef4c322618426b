// The node's lifecycle end to end (docs/operations.md): readiness, SIGTERM with its delay
// and grace period, in-flight requests answered, keep-alive connections drained, leases
// and dispatch claims given back for the next node (but not a lease whose round still
// runs), and a bounded exit even when PostgreSQL hangs.
#include "E2eFixture.h"
#include "RawHttp.h"
#include "ops/GracefulShutdown.h"
#include "shared/IsoTime.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpSocket>

#include <csignal>

using namespace ges::test;

namespace {
// Reads one HTTP/1.1 response (with its headers) from `socket`; status 0 when the
// connection ended first.
HttpResponse readResponse(QTcpSocket &socket, int timeoutMs)
{
    HttpResponse response;
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        data += socket.readAll();
        if (RawHttp::parse(data, false, &response))
            return response;
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
            response = HttpResponse();
            response.error = QStringLiteral("connection closed without an answer");
            return response;
        }
        socket.waitForReadyRead(100);
    }
    response = HttpResponse();
    response.error = QStringLiteral("no answer in time");
    return response;
}
// True once the server has closed `socket` (it reads what is left meanwhile).
bool closedByServer(QTcpSocket &socket, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        socket.readAll();
        socket.waitForReadyRead(100);
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}
// Resumes PostgreSQL when a test ends, even a failed one (SIGCONT is harmless otherwise).
struct Thaw
{
    PostgresServer &postgres;
    ~Thaw() { postgres.freeze(false); }
};
} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readinessTurnsFalseFirstWhileStillServing();
    void secondSignalSkipsTheDelay();
    void inFlightRequestsAreAnswered();
    void leasesAreReleasedForTheNextNode();
    void hungDatabaseDoesNotHoldTheExit();

private:
    bool restart(const QMap<QString, QString> &env);
    static void sigterm(ChildProcess &process) { ::kill(pid_t(process.pid()), SIGTERM); }
    HttpResponse ready() { return HttpClient::get(f.stack.internalUrl("/ges/v1/health/ready")); }
    QByteArray redis(const QStringList &args) { return f.stack.redis().cli(args).trimmed(); }
    // The log of the node started last (the log file collects every start).
    QString log() const { return f.stack.gesdLog().mid(m_logStart); }
    E2eFixture f;
    qsizetype m_logStart = 0;
};

void TestLifecycle::initTestCase()
{
    QVERIFY(f.start());
}

bool TestLifecycle::restart(const QMap<QString, QString> &env)
{
    f.stack.stopGesd();
    m_logStart = f.stack.gesdLog().size();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        f.stack.setEnv(it.key(), it.value());
    if (!f.stack.startGesd()) {
        qWarning("%s", qPrintable(f.stack.errorString()));
        return false;
    }
    return true;
}

void TestLifecycle::readinessTurnsFalseFirstWhileStillServing()
{
    QVERIFY(restart({{"SHUTDOWN_DELAY_SECONDS", "3"}, {"SHUTDOWN_GRACE_SECONDS", "20"}}));
    QTRY_COMPARE_WITH_TIMEOUT(ready().status, 200, 5000);
    QCOMPARE(ready().json().value("status").toString(), QStringLiteral("READY"));

    QProcess &gesd = f.stack.gesd().process();
    sigterm(f.stack.gesd());
    QTRY_COMPARE_WITH_TIMEOUT(ready().status, 503, 2000);
    const QJsonObject notReady = ready().json();
    QCOMPARE(notReady.value("status").toString(), QStringLiteral("NOT_READY"));
    QCOMPARE(notReady.value("reason").toString(), QStringLiteral("draining"));
    // Still serving while load balancers notice: liveness, and a create that commits.
    QCOMPARE(HttpClient::get(f.stack.internalUrl("/ges/v1/health")).status, 200);
    const HttpResponse created = f.createCallback("+4930740001");
    QCOMPARE(created.status, 200);
    QVERIFY(gesd.state() == QProcess::Running);

    QVERIFY(gesd.waitForFinished(3000 + 20000 + 10000));
    QCOMPARE(gesd.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gesd.exitCode(), 0);
    const QString id = created.data().toObject().value("id").toString();
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM callbacks WHERE id = '" + id + "'"),
             QStringLiteral("1"));
    QVERIFY(log().contains("shutting down: not ready"));
}

void TestLifecycle::secondSignalSkipsTheDelay()
{
    QVERIFY(restart({{"SHUTDOWN_DELAY_SECONDS", "600"}, {"SHUTDOWN_GRACE_SECONDS", "20"}}));
    QProcess &gesd = f.stack.gesd().process();
    sigterm(f.stack.gesd());
    QTRY_COMPARE_WITH_TIMEOUT(ready().status, 503, 2000);
    QVERIFY(gesd.state() == QProcess::Running); // in the 600 s delay
    ::kill(pid_t(gesd.processId()), SIGINT);
    QVERIFY(gesd.waitForFinished(30000)); // far less than the delay
    QCOMPARE(gesd.exitCode(), 0);
    QVERIFY(log().contains("second signal: shutdown delay skipped"));
}

void TestLifecycle::inFlightRequestsAreAnswered()
{
    // Requests accepted before SIGTERM wait on a frozen PostgreSQL while the node drains;
    // once it resumes, each gets its answer, with Connection: close, and each 200 is
    // committed. Keep-alive connections with nothing in hand close when the drain starts
    // (QtHttpServer alone would keep them open until the exit cut them); a request only
    // partly received then counts as in flight and is answered too.
    QVERIFY(restart({{"SHUTDOWN_DELAY_SECONDS", "1"}, {"SHUTDOWN_GRACE_SECONDS", "120"}}));
    QTcpSocket idle; // one answered request, then kept open
    idle.connectToHost("127.0.0.1", f.externalPort());
    QVERIFY(idle.waitForConnected(3000));
    idle.write(f.rawCreate(R"({"serviceName":"support","phoneNumber":"+4930750000"})"));
    const HttpResponse first = readResponse(idle, 15000);
    QVERIFY2(first.status == 200, qPrintable(first.error + first.body));
    QVERIFY(first.header("Connection").isEmpty()); // kept alive while serving
    const QByteArray partialCreate =
        f.rawCreate(R"({"serviceName":"support","phoneNumber":"+4930750099"})");
    const qsizetype half = partialCreate.indexOf("X-API-Key");
    QTcpSocket partial;
    partial.connectToHost("127.0.0.1", f.externalPort());
    QVERIFY(partial.waitForConnected(3000));
    Thaw thaw{f.stack.postgres()};
    f.stack.postgres().freeze(true);
    constexpr int kRequests = 8;
    QList<QTcpSocket *> clients;
    for (int i = 0; i < kRequests; ++i) {
        auto *socket = new QTcpSocket(this);
        socket->connectToHost("127.0.0.1", f.externalPort());
        QVERIFY(socket->waitForConnected(3000));
        socket->write(f.rawCreate(R"({"serviceName":"support","phoneNumber":"+49307500)" +
                                  QByteArray::number(10 + i) + "\"}"));
        QVERIFY(socket->waitForBytesWritten(3000));
        clients << socket;
    }
    partial.write(partialCreate.left(half));
    QVERIFY(partial.waitForBytesWritten(3000));
    sigterm(f.stack.gesd());
    // The drain started with every one of them in hand (none could finish: SQL is frozen),
    // the partly received one included.
    const QRegularExpression draining(
        QStringLiteral("draining in-flight requests.*inFlight=(\\d+)"));
    QTRY_VERIFY_WITH_TIMEOUT(draining.match(log()).hasMatch(), 10000);
    QCOMPARE(draining.match(log()).captured(1).toInt(), kRequests + 1);
    // The idle keep-alive connection is closed now, while the node still drains.
    QVERIFY2(closedByServer(idle, 10000), "the idle keep-alive connection stayed open");
    QVERIFY(f.stack.gesd().isRunning());
    partial.write(partialCreate.mid(half));
    QVERIFY(partial.waitForBytesWritten(3000));
    clients << &partial;
    f.stack.postgres().freeze(false);

    QStringList ids;
    for (QTcpSocket *socket : clients) {
        const HttpResponse answer = readResponse(*socket, 30000);
        QVERIFY2(answer.status == 200, qPrintable(answer.error + answer.body));
        QCOMPARE(answer.header("Connection"), QByteArray("close"));
        QVERIFY2(closedByServer(*socket, 10000), "answered, but the connection stayed open");
        ids << answer.data().toObject().value("id").toString();
        if (socket != &partial)
            socket->deleteLater();
    }
    QProcess &gesd = f.stack.gesd().process();
    QVERIFY(gesd.waitForFinished(30000));
    QCOMPARE(gesd.exitCode(), 0);
    QCOMPARE(f.stack.postgres()
                 .psql("SELECT count(*) FROM callbacks WHERE id IN ('" + ids.join("','") + "')")
                 .toInt(),
             kRequests + 1);
}

void TestLifecycle::leasesAreReleasedForTheNextNode()
{
    // The push-ewt lease is taken only while callbacks with pushes wait (docs/performance.md:
    // an idle node costs Redis nothing for it), so here only the housekeeping lease moves.
    const QStringList leases{"ges:lease:housekeeping"};
    QVERIFY(restart({{"SHUTDOWN_DELAY_SECONDS", "0"},
                     {"HOUSEKEEPING_SECONDS", "1"},
                     {"PUSH_URL", "http://127.0.0.1:9/push"},
                     {"PUSH_SERVER_KEY", "lifecycle-test-push-key"},
                     {"PUSH_EWT_CHECK_SECONDS", "1"}}));
    const QByteArray first = ':' + QByteArray::number(f.stack.gesd().pid());
    for (const QString &lease : leases)
        QTRY_VERIFY2_WITH_TIMEOUT(redis({"GET", lease}).endsWith(first), qPrintable(lease), 15000);
    QTest::qWait(2500); // two push-ewt rounds with nothing to watch
    QCOMPARE(redis({"EXISTS", "ges:lease:push-ewt"}).trimmed(), QByteArray("0"));

    // A node that never held them stops: the leases stay with their holder (the release is
    // a compare-and-delete of the node's own token).
    QVERIFY2(f.stack.startSecondGesd(), qPrintable(f.stack.errorString()));
    sigterm(f.stack.secondGesd());
    QVERIFY(f.stack.secondGesd().process().waitForFinished(30000));
    QCOMPARE(f.stack.secondGesd().process().exitCode(), 0);
    for (const QString &lease : leases)
        QVERIFY2(redis({"GET", lease}).endsWith(first), qPrintable(lease));

    // The holder stops cleanly: its leases are gone at once, and the other node takes
    // them within its next round, long before they would have lapsed (120 s, 3 s).
    QVERIFY2(f.stack.startSecondGesd(), qPrintable(f.stack.errorString()));
    const QByteArray second = ':' + QByteArray::number(f.stack.secondGesd().pid());
    QProcess &gesd = f.stack.gesd().process();
    sigterm(f.stack.gesd());
    QVERIFY(gesd.waitForFinished(30000));
    QCOMPARE(gesd.exitCode(), 0);
    QVERIFY(log().contains("leases released"));
    for (const QString &lease : leases)
        QVERIFY2(!redis({"GET", lease}).endsWith(first), qPrintable(lease));
    QTRY_VERIFY_WITH_TIMEOUT(redis({"GET", leases[0]}).endsWith(second), 10000);
    f.stack.secondGesd().stop();
    f.stack.setEnv("PUSH_URL", QString());
}

void TestLifecycle::hungDatabaseDoesNotHoldTheExit()
{
    constexpr int kGraceSeconds = 2;
    // DB_ANSWER_TIMEOUT_SECONDS: the stuck housekeeping round must outlive the exit, not
    // be ended by the answer deadline first (which tst_faults_postgres covers).
    QVERIFY(restart({{"SHUTDOWN_DELAY_SECONDS", "0"},
                     {"DB_ANSWER_TIMEOUT_SECONDS", "120"},
                     {"SHUTDOWN_GRACE_SECONDS", QString::number(kGraceSeconds)},
                     {"HEALTH_CHECK_SECONDS", "1"},
                     {"HOUSEKEEPING_SECONDS", "1"}}));
    const QByteArray node = ':' + QByteArray::number(f.stack.gesd().pid());
    const QStringList housekeeping{"GET", "ges:lease:housekeeping"};
    QTRY_VERIFY_WITH_TIMEOUT(redis(housekeeping).endsWith(node), 15000);
    const QString detailUrl = f.stack.internalUrl("/ges/v1/health/detail");
    QTRY_COMPARE_WITH_TIMEOUT(HttpClient::get(detailUrl).json().value("status").toString(),
                              QStringLiteral("UP"), 10000);
    // A scheduled callback the dispatcher will claim while PostgreSQL hangs.
    const QString id =
        f.external(
             "/engagement/v3/callbacks/create",
             {{"serviceName", f.service},
              {"phoneNumber", "+4930760001"},
              {"desiredTime", ges::isotime::format(QDateTime::currentDateTimeUtc().addSecs(3))}})
            .data()
            .toObject()
            .value("id")
            .toString();
    QVERIFY(!id.isEmpty());
    Thaw thaw{f.stack.postgres()};
    f.stack.postgres().freeze(true);
    QTRY_VERIFY_WITH_TIMEOUT(!redis({"ZSCORE", "ges:due:claimed", id}).isEmpty(), 15000);
    // A housekeeping round is stuck on the frozen database: one renewed the lease after
    // the freeze (its next step is a query), or, if none could begin, one from before the
    // freeze is still in hand. Either way the round outlives the grace period.
    const qint64 ttlAfterFreeze = redis({"PTTL", "ges:lease:housekeeping"}).toLongLong();
    [[maybe_unused]] const bool renewed = QTest::qWaitFor(
        [&] { return redis({"PTTL", "ges:lease:housekeeping"}).toLongLong() > ttlAfterFreeze; },
        5000);

    // Health detail comes from the background cache: it answers at once, not hanging on
    // the frozen database.
    const HttpResponse detail = HttpClient::send("GET", detailUrl, {}, {}, 3000);
    QCOMPARE(detail.status, 200);
    QVERIFY(!detail.json().value("dependencies").toObject().value("postgres").isUndefined());

    // A create stuck on the hung database, then SIGTERM: the exit waits for the grace
    // period and a bounded release, not for PostgreSQL.
    QTcpSocket stuck;
    stuck.connectToHost("127.0.0.1", f.externalPort());
    QVERIFY(stuck.waitForConnected(3000));
    stuck.write(f.rawCreate(R"({"serviceName":"support","phoneNumber":"+4930760002"})"));
    QVERIFY(stuck.waitForBytesWritten(3000));
    QProcess &gesd = f.stack.gesd().process();
    sigterm(f.stack.gesd());
    // The bound is delay (0) + grace + teardown; the margin is for a loaded machine.
    QVERIFY2(gesd.waitForFinished(kGraceSeconds * 1000 + ges::GracefulShutdown::kTeardownMs + 8000),
             "gesd did not exit within grace + teardown (+ margin)");
    QCOMPARE(gesd.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gesd.exitCode(), 0);
    QVERIFY(log().contains("grace period over"));
    // The housekeeping lease was not given back while its round still ran (another node
    // would have worked beside it): it stays with this node until it lapses.
    QVERIFY(redis(housekeeping).endsWith(node));
    QVERIFY(log().contains(QRegularExpression("leases left to lapse.*housekeeping")));
    // The claim went back to the index (Redis answered), due at once for the next node.
    QVERIFY(redis({"ZSCORE", "ges:due:claimed", id}).isEmpty());
    QVERIFY(!redis({"ZSCORE", "ges:due", id}).isEmpty());

    f.stack.postgres().freeze(false);
    QVERIFY(restart({{"SHUTDOWN_GRACE_SECONDS", "20"}, {"HEALTH_CHECK_SECONDS", "15"}}));
    // Dispatched within seconds, not after the claim's 30 s lease.
    QTRY_COMPARE_WITH_TIMEOUT(
        f.stack.postgres().psql("SELECT state FROM callbacks WHERE id = '" + id + "'"),
        QStringLiteral("QUEUED"), 10000);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
