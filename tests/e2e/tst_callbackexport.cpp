// The streamed callback export (CSV and JSON) and the search's query plans at a million
// rows (docs/admin-callbacks.md). Rows are inserted with SQL: fast, and exactly known.
#include "E2eFixture.h"
#include "store/CallbackRecords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

using namespace ges;
using namespace ges::test;

class TestCallbackExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void csvQuotesAndNeutralisesFormulas();
    void exportOf100kRowsIsCompleteWithBoundedMemory();
    void exportSurvivesAClientThatLeaves();
    void searchPlansUseIndexes();

private:
    QString sql(const QString &statement) { return f.stack.postgres().psql(statement); }
    // A GET on the internal port over a raw socket, so the test decides how fast to read.
    QTcpSocket *openExport(const QByteArray &query);
    static QByteArray dechunk(const QByteArray &body, bool *complete);
    qint64 rssKb();
    int exportsCounted();

    E2eFixture f;
};

QTcpSocket *TestCallbackExport::openExport(const QByteArray &query)
{
    auto *socket = new QTcpSocket(this);
    socket->connectToHost("127.0.0.1", quint16(QUrl(f.stack.internalUrl()).port()));
    if (!socket->waitForConnected(5000))
        return socket;
    socket->write("GET /ges/v1/admin/callbacks/export?" + query +
                  " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + f.token.toUtf8() + "\r\n\r\n");
    return socket;
}

QByteArray TestCallbackExport::dechunk(const QByteArray &response, bool *complete)
{
    *complete = false;
    qsizetype pos = response.indexOf("\r\n\r\n");
    if (pos < 0)
        return {};
    pos += 4;
    QByteArray body;
    while (pos < response.size()) {
        const qsizetype eol = response.indexOf("\r\n", pos);
        if (eol < 0)
            break;
        bool ok = false;
        const qsizetype size = response.mid(pos, eol - pos).toLongLong(&ok, 16);
        if (!ok || eol + 2 + size + 2 > response.size())
            break;
        if (size == 0) {
            *complete = true;
            break;
        }
        body += response.mid(eol + 2, size);
        pos = eol + 2 + size + 2;
    }
    return body;
}

qint64 TestCallbackExport::rssKb()
{
    QFile status(QStringLiteral("/proc/%1/status").arg(f.stack.gesd().pid()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    return -1;
}

int TestCallbackExport::exportsCounted()
{
    const QByteArray metrics = HttpClient::get(f.stack.internalUrl("/metrics")).body;
    for (const QByteArray &line : metrics.split('\n'))
        if (line.startsWith("ges_http_requests_total{") &&
            line.contains("route=\"/ges/v1/admin/callbacks/export\"") &&
            line.contains("code=\"200\""))
            return int(line.split(' ').constLast().toDouble());
    return 0;
}

void TestCallbackExport::initTestCase()
{
    QVERIFY(f.start());
}

void TestCallbackExport::csvQuotesAndNeutralisesFormulas()
{
    sql("INSERT INTO callbacks (id, tenant, service_name, phone_number, state, reason, "
        "desired_time, priority, user_data, created_at, updated_at, expires_at) "
        "VALUES ('11111111-1111-4111-8111-111111111111', 'csv', '=HYPERLINK(\"x\")', "
        "'+4930123', 'COMPLETED', 'CONNECTED', '2026-01-01T10:00:00Z', -5, "
        "'{\"note\": \"a, \\\"b\\\"\\nc\"}', '2026-01-01T09:00:00Z', now(), "
        "now() + interval '30 days')");
    const auto csv = HttpClient::get(f.stack.internalUrl("/ges/v1/admin/callbacks/export?"
                                                         "tenant=csv&format=csv"),
                                     f.bearer());
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.header("Content-Type").startsWith("text/csv"));
    QVERIFY(csv.header("Content-Disposition").contains("callbacks.csv"));
    const QList<QByteArray> lines = csv.body.split('\n');
    QCOMPARE(lines[0], QByteArray("id,tenant,serviceName,phoneNumber,callbackState,callbackReason,"
                                  "desiredTime,createdAt,updatedAt,expiresAt,priority,userData\r"));
    QVERIFY(csv.body.startsWith(lines[0] + "\n11111111-1111-4111-8111-111111111111,csv,"
                                           "\"'=HYPERLINK(\"\"x\"\")\",'+4930123,COMPLETED,"
                                           "CONNECTED,2026-01-01T10:00:00.000Z,"
                                           "2026-01-01T09:00:00.000Z,"));
    QVERIFY(csv.body.contains(",'-5,\"{\"\"note\"\":\"\"a, \\\"\"b\\\"\"\\nc\"\"}\"\r\n"));

    const auto json = HttpClient::get(f.stack.internalUrl("/ges/v1/admin/callbacks/export?"
                                                          "tenant=csv&format=json"),
                                      f.bearer());
    QCOMPARE(json.status, 200);
    const QJsonArray rows = QJsonDocument::fromJson(json.body).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].toObject().value("serviceName").toString(),
             QStringLiteral("=HYPERLINK(\"x\")")); // JSON is data, not a spreadsheet
    QCOMPARE(rows[0].toObject().value("userData").toObject().value("note").toString(),
             QStringLiteral("a, \"b\"\nc"));
    QCOMPARE(HttpClient::get(f.stack.internalUrl("/ges/v1/admin/callbacks/export?format=xml"),
                             f.bearer())
                 .status,
             400);
}

void TestCallbackExport::exportOf100kRowsIsCompleteWithBoundedMemory()
{
    const int total = 100000;
    sql(QStringLiteral(
            "INSERT INTO callbacks (id, tenant, service_name, phone_number, state, reason, "
            "desired_time, user_data, created_at, updated_at, expires_at) "
            "SELECT gen_random_uuid(), 'export', 'support', '+4940' || lpad(i::text, 8, '0'), "
            "'COMPLETED', 'CONNECTED', timestamptz '2026-03-01T00:00:00Z' + i * interval '1 s', "
            "jsonb_build_object('n', i, 'text', repeat('x', 40)), "
            "timestamptz '2026-02-01T00:00:00Z' + i * interval '1 s', now(), "
            "now() + interval '30 days' FROM generate_series(1, %1) i")
            .arg(total));
    // Warm up (the reader connections, the allocator), then measure from there.
    QCOMPARE(HttpClient::get(f.stack.internalUrl("/ges/v1/admin/callbacks/export?tenant=export"
                                                 "&timeField=created&to=2026-02-01T01:00:00Z"),
                             f.bearer())
                 .status,
             200);
    const qint64 baseline = rssKb();
    QVERIFY(baseline > 0);

    QTcpSocket *socket = openExport("tenant=export&format=csv");
    socket->setReadBufferSize(64 * 1024); // Qt stops reading; TCP pushes back on gesd
    QByteArray response;
    // Read the first MB, then stop reading for a while: a daemon that does not wait for
    // the socket to drain would now pile the remaining ~20 MB into its memory.
    while (response.size() < 1024 * 1024 && socket->state() == QAbstractSocket::ConnectedState)
        if (socket->waitForReadyRead(10000))
            response += socket->readAll();
    qint64 peak = 0;
    for (int i = 0; i < 20; ++i) {
        QTest::qWait(100);
        peak = std::max(peak, rssKb());
    }
    socket->setReadBufferSize(0);
    while (!response.endsWith("0\r\n\r\n") && socket->waitForReadyRead(20000))
        response += socket->readAll();
    socket->deleteLater();

    bool complete = false;
    const QByteArray csv = dechunk(response, &complete);
    QVERIFY(complete);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), total + 2); // header, rows, and the empty piece after the last CRLF
    // Newest first: row 1 is i = total.
    const QString first = sql("SELECT id FROM callbacks WHERE tenant = 'export' AND "
                              "phone_number = '+4940" +
                              QStringLiteral("%1").arg(total, 8, 10, QLatin1Char('0')) + "'");
    QVERIFY(lines[1].startsWith(first.toLatin1() + ",export,support,'+494000100000,COMPLETED,"));
    QVERIFY(lines[total].contains(",'+494000000001,"));
    const qint64 growthKb = peak - baseline;
    qInfo("export %lld KB; gesd RSS %lld KB before, %lld KB at most while the client stalled",
          qint64(csv.size() / 1024), baseline, peak);
    QVERIFY2(growthKb < csv.size() / 1024 / 4,
             qPrintable(QStringLiteral("gesd grew by %1 KB during a %2 KB export")
                            .arg(growthKb)
                            .arg(csv.size() / 1024)));

    // 100k rows: on a loaded 2-core machine this takes longer than the client's default 15 s.
    const auto json = HttpClient::send(
        "GET", f.stack.internalUrl("/ges/v1/admin/callbacks/export?tenant=export&format=json"),
        {}, f.bearer(), 120000);
    QVERIFY2(json.error.isEmpty(), qPrintable(json.error));
    QCOMPARE(json.status, 200);
    QCOMPARE(QJsonDocument::fromJson(json.body).array().size(), total);
}

void TestCallbackExport::exportSurvivesAClientThatLeaves()
{
    const int before = exportsCounted();
    QTcpSocket *socket = openExport("tenant=export&format=json");
    QByteArray got;
    while (got.size() < 200 * 1024 && socket->waitForReadyRead(10000))
        got += socket->readAll();
    QVERIFY(got.startsWith("HTTP/1.1 200"));
    socket->abort();
    delete socket;
    // The exchange ends once (its finished hook counts it), and gesd goes on serving.
    QTRY_COMPARE_WITH_TIMEOUT(exportsCounted(), before + 1, 30000);
    QCOMPARE(HttpClient::get(f.stack.internalUrl("/ges/v1/health")).status, 200);
    QTest::qWait(500);
    QCOMPARE(exportsCounted(), before + 1);
    QVERIFY(f.stack.gesdLog().contains("export stopped"));
}

void TestCallbackExport::searchPlansUseIndexes()
{
    // A million rows across 20 tenants and 7 services; 95 % finished, the rest waiting or
    // being served, as a busy system looks after a few weeks.
    for (int part = 0; part < 4; ++part)
        sql(QStringLiteral(
                "INSERT INTO callbacks (id, tenant, service_name, phone_number, state, reason, "
                "desired_time, created_at, updated_at, expires_at) "
                "SELECT gen_random_uuid(), 't' || (i % 20), 'svc' || floor(r2 * 7), "
                "'+1' || lpad(((i::bigint * 7919) % 1000000000)::text, 10, '0'), "
                "CASE WHEN r < 0.02 THEN 'SCHEDULED' WHEN r < 0.04 THEN 'QUEUED' "
                "WHEN r < 0.05 THEN 'PROCESSING' ELSE 'COMPLETED' END, NULL, "
                "now() + (i % 20000) * interval '1 minute', "
                "timestamptz '2025-01-01T00:00:00Z' + i * interval '20 s', now(), "
                "now() + interval '60 days' FROM (SELECT i, random() AS r, random() AS r2 "
                "FROM generate_series(%1, %2) i) g")
                .arg(part * 250000 + 1)
                .arg((part + 1) * 250000));
    sql("ANALYZE callbacks");
    QCOMPARE(sql("SELECT count(*) >= 1000000 FROM callbacks"), QStringLiteral("t"));

    struct Shape
    {
        const char *name;
        CallbackQuery query;
    };
    auto q = [](auto edit) {
        CallbackQuery query;
        query.tenants = {"t3"};
        edit(query);
        return query;
    };
    const QDateTime june = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
    const QList<Shape> shapes{
        {"tenant, newest first", q([](CallbackQuery &) {})},
        {"tenant, next page", q([](CallbackQuery &c) {
             c.afterKeyUs =
                 QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
             c.afterId = "88888888-8888-4888-8888-888888888888";
         })},
        {"tenant + service + state", q([](CallbackQuery &c) {
             c.service = "svc2";
             c.states = {CallbackState::Scheduled};
         })},
        {"tenant + one waiting state",
         q([](CallbackQuery &c) { c.states = {CallbackState::Scheduled}; })},
        {"tenant + two states", q([](CallbackQuery &c) {
             c.states = {CallbackState::Scheduled, CallbackState::Processing};
         })},
        {"tenant + COMPLETED", q([](CallbackQuery &c) { c.states = {CallbackState::Completed}; })},
        {"tenant + service", q([](CallbackQuery &c) { c.service = "svc5"; })},
        {"tenant + SCHEDULED, by desired time ascending", q([](CallbackQuery &c) {
             c.states = {CallbackState::Scheduled};
             c.sort = CallbackTimeField::Desired;
             c.ascending = true;
         })},
        {"tenant + phone digits", q([](CallbackQuery &c) { c.phoneDigits = "4567"; })},
        {"tenant + created range", q([june](CallbackQuery &c) {
             c.from = june;
             c.to = june.addDays(2);
         })},
        {"tenant, by desired time ascending", q([](CallbackQuery &c) {
             c.sort = CallbackTimeField::Desired;
             c.ascending = true;
         })},
        {"tenant + desired range, by desired", q([](CallbackQuery &c) {
             c.sort = CallbackTimeField::Desired;
             c.timeField = CallbackTimeField::Desired;
             c.from = QDateTime::currentDateTimeUtc().addDays(3);
             c.to = QDateTime::currentDateTimeUtc().addDays(4);
         })},
        {"all tenants, newest first", q([](CallbackQuery &c) { c.tenants.clear(); })},
        {"two tenants + phone digits", q([](CallbackQuery &c) {
             c.tenants = {"t1", "t2"};
             c.phoneDigits = "98765";
         })},
    };
    for (const Shape &shape : shapes) {
        // The daemon's own statement, its ? filled with the values it would bind.
        const SqlStatement st = CallbackRecords::searchStatement(shape.query);
        QString sqlText;
        qsizetype bind = 0;
        for (const QChar c : st.sql) {
            if (c != u'?') {
                sqlText += c;
                continue;
            }
            const QVariant v = st.binds.value(bind++);
            sqlText += v.typeId() == QMetaType::QDateTime
                           ? "'" + v.toDateTime().toUTC().toString(Qt::ISODateWithMs) + "'"
                       : v.typeId() == QMetaType::LongLong ? v.toString()
                                                           : "'" + v.toString() + "'";
        }
        QCOMPARE(bind, st.binds.size());
        const QString plan = sql("EXPLAIN (FORMAT JSON, ANALYZE, BUFFERS OFF) " + sqlText);
        const QString text = sql("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) " + sqlText);
        qInfo("%s:\n%s\n%s\n", shape.name, qPrintable(st.sql), qPrintable(text));
        QVERIFY2(!plan.isEmpty(), shape.name);
        QVERIFY2(!plan.contains("\"Seq Scan\""),
                 qPrintable(QString::fromLatin1(shape.name) + " reads the table:\n" + text));
    }
}

QTEST_GUILESS_MAIN(TestCallbackExport)
#include "tst_callbackexport.moc"
