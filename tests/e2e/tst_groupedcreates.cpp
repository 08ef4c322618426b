// Creates without admission checks share one INSERT per batch (CallbackAdmission::
// plainInserts, CallbackRecords::insertMany), against a real PostgreSQL: a table lock holds
// the writer so the creates behind it arrive together. What is stored is exactly what was
// sent, and a row the database refuses fails its own request only.
#include "E2eFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QThread>

using namespace ges::test;

class TestGroupedCreates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createsArrivingTogetherAreStoredExactly();
    void aRowTheDatabaseRefusesFailsAlone();

private:
    // Holds a lock on callbacks for `ms` from another session, so the writer's next batch
    // waits and the creates sent meanwhile queue up behind it.
    bool holdCallbacksTable(QProcess &holder, int ms);
    // Sends one create that the lock holds, then `bodies` while it is held.
    QList<QNetworkReply *> sendBehindTheLock(QNetworkAccessManager &manager,
                                             const QList<QJsonObject> &bodies);
    QJsonObject body(int i, const QJsonObject &userData = {}) const;
    int largestInsert();

    E2eFixture f;
};

void TestGroupedCreates::initTestCase()
{
    QVERIFY(f.start());
    // How many rows each INSERT statement on callbacks carried.
    f.stack.postgres().psql(
        "CREATE TABLE test_insert_sizes (n int);"
        "CREATE FUNCTION test_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "INSERT INTO test_insert_sizes SELECT count(*) FROM new_rows; RETURN NULL; END $$;"
        "CREATE TRIGGER test_insert_sizes AFTER INSERT ON callbacks REFERENCING NEW TABLE AS "
        "new_rows FOR EACH STATEMENT EXECUTE FUNCTION test_count_inserted();");
}

bool TestGroupedCreates::holdCallbacksTable(QProcess &holder, int ms)
{
    const auto &pg = f.stack.postgres();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("PGPASSWORD", pg.password());
    holder.setProcessEnvironment(env);
    holder.start(pg.binDir() + "/psql",
                 {"-h", "127.0.0.1", "-p", QString::number(pg.port()), "-U", pg.user(), "-d",
                  pg.database(), "-c",
                  QStringLiteral("BEGIN; LOCK TABLE callbacks IN SHARE ROW EXCLUSIVE MODE; "
                                 "SELECT pg_sleep(%1); COMMIT;")
                      .arg(ms / 1000.0)});
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (pg.psql("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                    "WHERE c.relname = 'callbacks' AND l.mode = 'ShareRowExclusiveLock' "
                    "AND l.granted") == QLatin1String("1"))
            return true;
        QThread::msleep(20);
    }
    return false;
}

QList<QNetworkReply *> TestGroupedCreates::sendBehindTheLock(QNetworkAccessManager &manager,
                                                             const QList<QJsonObject> &bodies)
{
    QList<QNetworkReply *> replies;
    replies << f.postCreate(manager, body(9999)); // the batch the lock holds
    QTest::qWait(300);
    for (const QJsonObject &b : bodies)
        replies << f.postCreate(manager, b);
    QElapsedTimer timer;
    timer.start();
    while (!E2eFixture::allFinished(replies) && timer.elapsed() < 30000)
        QTest::qWait(20);
    return replies; // the caller checks every status
}

QJsonObject TestGroupedCreates::body(int i, const QJsonObject &userData) const
{
    QJsonObject b{{"serviceName", f.service},
                  {"phoneNumber", QStringLiteral("+49307%1").arg(i, 6, 10, QLatin1Char('0'))}};
    if (!userData.isEmpty())
        b.insert("userData", userData);
    return b;
}

int TestGroupedCreates::largestInsert()
{
    return f.stack.postgres().psql("SELECT coalesce(max(n), 0) FROM test_insert_sizes").toInt();
}

void TestGroupedCreates::createsArrivingTogetherAreStoredExactly()
{
    // What an array literal must carry through: its own syntax, SQL's, JSON's escapes.
    const QStringList awkward{QStringLiteral("plain"),        QStringLiteral(""),
                              QStringLiteral("NULL"),         QStringLiteral("a,b"),
                              QStringLiteral("{braces}"),     QStringLiteral("\"quoted\""),
                              QStringLiteral("back\\slash"),  QStringLiteral("it's"),
                              QStringLiteral("$$ dollar $$"), QStringLiteral("line\nbreak\ttab"),
                              QStringLiteral("ü 中 😀"),       QStringLiteral(" spaced ")};
    QList<QJsonObject> bodies;
    for (int i = 0; i < 60; ++i)
        bodies << body(i,
                       {{"note", awkward[i % awkward.size()]},
                        {"n", i},
                        {"nested", QJsonObject{{"list", QJsonArray{awkward[(i + 1) % 12], i}}}}});
    QProcess holder;
    QVERIFY(holdCallbacksTable(holder, 1500));
    QNetworkAccessManager manager;
    const QList<QNetworkReply *> replies = sendBehindTheLock(manager, bodies);
    holder.waitForFinished(10000);

    QHash<QString, QJsonObject> sent; // id -> userData
    for (qsizetype i = 0; i < replies.size(); ++i) {
        QCOMPARE(replies[i]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QString id = QJsonDocument::fromJson(replies[i]->readAll())
                               .object()
                               .value("data")
                               .toObject()
                               .value("id")
                               .toString();
        if (i > 0)
            sent.insert(id, bodies[i - 1].value("userData").toObject());
    }
    QVERIFY2(largestInsert() > 1, "no INSERT carried more than one create");

    const QString rows = f.stack.postgres().psql(
        "SELECT json_agg(json_build_object('id', id, 'userData', user_data, 'state', state, "
        "'createdBy', created_by, 'createdAs', created_as, 'queued', queued_at IS NOT NULL, "
        "'slot', slot_start IS NULL, 'phone', phone_number)) FROM callbacks WHERE id IN ('" +
        QStringList(sent.keys()).join("','") + "')");
    const QJsonArray stored = QJsonDocument::fromJson(rows.toUtf8()).array();
    QCOMPARE(stored.size(), sent.size());
    for (const QJsonValue &v : stored) {
        const QJsonObject row = v.toObject();
        QCOMPARE(row.value("userData").toObject(), sent.value(row.value("id").toString()));
        QCOMPARE(row.value("state").toString(), QStringLiteral("QUEUED"));
        QCOMPARE(row.value("createdAs").toString(), QStringLiteral("Q"));
        QVERIFY(row.value("createdBy").toString().startsWith(QLatin1String("api:")));
        QVERIFY(row.value("queued").toBool());
        QVERIFY(row.value("slot").toBool());
        QVERIFY(row.value("phone").toString().startsWith(QLatin1String("+49307")));
    }
    // Each was announced to the routing side, so none stays in the outbox.
    QTRY_COMPARE_WITH_TIMEOUT(
        f.stack.postgres().psql(
            "SELECT count(*) FROM unannounced_callbacks WHERE callback_id IN ('" +
            QStringList(sent.keys()).join("','") + "')"),
        QStringLiteral("0"), 10000);
}

void TestGroupedCreates::aRowTheDatabaseRefusesFailsAlone()
{
    const QString poison = QStringLiteral("+49307000555");
    f.stack.postgres().psql(
        "CREATE SEQUENCE test_poison_tries;"
        "CREATE FUNCTION test_poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.phone_number = '" +
        poison +
        "' THEN PERFORM nextval('test_poison_tries'); "
        "RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;"
        "CREATE TRIGGER test_poison BEFORE INSERT ON callbacks FOR EACH ROW "
        "EXECUTE FUNCTION test_poison();");
    QList<QJsonObject> bodies;
    for (int i = 500; i < 540; ++i)
        bodies << body(i);
    bodies.insert(1, body(555)); // among the first ones queued behind the lock

    QProcess holder;
    QVERIFY(holdCallbacksTable(holder, 1500));
    QNetworkAccessManager manager;
    const QList<QNetworkReply *> replies = sendBehindTheLock(manager, bodies);
    holder.waitForFinished(10000);

    QStringList admitted;
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const int status = replies[i]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(replies[i]->readAll()).object();
        if (i > 0 && bodies[i - 1].value("phoneNumber").toString() == poison) {
            QVERIFY2(status >= 500, qPrintable(QString::number(status)));
            continue;
        }
        QCOMPARE(status, 200);
        admitted << answer.value("data").toObject().value("id").toString();
    }
    QCOMPARE(admitted.size(), 41);
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM callbacks WHERE id IN ('" +
                                     admitted.join("','") + "')"),
             QStringLiteral("41"));
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM callbacks WHERE phone_number = '" +
                                     poison + "'"),
             QStringLiteral("0"));
    // Refused in the shared statement first, then alone.
    QVERIFY(f.stack.postgres().psql("SELECT last_value FROM test_poison_tries").toInt() >= 2);
    f.stack.postgres().psql("DROP TRIGGER test_poison ON callbacks");
}

QTEST_GUILESS_MAIN(TestGroupedCreates)
#include "tst_groupedcreates.moc"
