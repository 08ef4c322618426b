// OutboundHttp against a raw loopback server: an answer cut off after its status line is a
// failure (status 0), requests beyond the in-flight limit are answered busy at once, and a
// request whose context goes away is aborted (its connection closed, its slot freed).
#include "integrations/OutboundHttp.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using ges::OutboundHttp;
using ges::OutboundResponse;

namespace {
// Accepts connections; once a request's headers are in, writes `answer` (if any) and
// closes when `close` is set. Keeps the sockets to see them closed by the client.
struct RawServer
{
    QTcpServer server;
    QList<QTcpSocket *> sockets;
    QByteArray answer;
    bool close = false;

    bool start()
    {
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                sockets.append(socket);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (answer.isEmpty())
                        return;
                    socket->write(answer);
                    socket->flush();
                    if (close)
                        socket->disconnectFromHost();
                });
            }
        });
        return server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(server.serverPort())); }
};
} // namespace

class TestOutboundHttp : public QObject
{
    Q_OBJECT
private slots:
    void cutOffAnswerIsAFailure();
    void beyondTheLimitIsBusy();
    void destroyedContextAbortsTheRequest();
};

void TestOutboundHttp::cutOffAnswerIsAFailure()
{
    RawServer raw;
    raw.answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"a\"";
    raw.close = true;
    QVERIFY(raw.start());
    OutboundHttp http;
    QObject context;
    std::optional<OutboundResponse> got;
    http.send("GET", raw.url(), {}, {}, 5000, &context, [&](const OutboundResponse &r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
    QCOMPARE(got->status, 0);
    QVERIFY(!got->ok());
    QVERIFY(!got->error.isEmpty());
}

void TestOutboundHttp::beyondTheLimitIsBusy()
{
    RawServer silent; // never answers
    QVERIFY(silent.start());
    OutboundHttp http;
    http.setMaxInFlight(1);
    QObject context;
    std::optional<OutboundResponse> first, second;
    http.send("GET", silent.url(), {}, {}, 5000, &context, [&](const OutboundResponse &r) { first = r; });
    http.send("GET", silent.url(), {}, {}, 5000, &context, [&](const OutboundResponse &r) { second = r; });
    QVERIFY(!second); // never from inside send()
    QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 2000);
    QVERIFY(second->busy);
    QCOMPARE(second->status, 0);
    QCOMPARE(second->error, QStringLiteral("too many requests in flight"));
    QVERIFY(!first);
    QCOMPARE(http.inFlight(), 1);
}

void TestOutboundHttp::destroyedContextAbortsTheRequest()
{
    RawServer silent;
    QVERIFY(silent.start());
    OutboundHttp http;
    auto context = std::make_unique<QObject>();
    bool called = false;
    http.send("GET", silent.url(), {}, {}, 60000, context.get(),
              [&](const OutboundResponse &) { called = true; });
    QTRY_COMPARE_WITH_TIMEOUT(silent.sockets.size(), 1, 5000);
    context.reset();
    QTRY_COMPARE_WITH_TIMEOUT(http.inFlight(), 0, 5000); // not after the 60 s deadline
    QTRY_COMPARE_WITH_TIMEOUT(silent.sockets.first()->state(), QAbstractSocket::UnconnectedState,
                              5000);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestOutboundHttp)
#include "tst_outboundhttp.moc"
