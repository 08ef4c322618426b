// Services and call-in groups through the admin API, and a tenant's configuration as one
// document: exported, imported elsewhere (dry run first), imported again (no change),
// pruned; every change audited.
#include "E2eFixture.h"
#include "shared/ApiPaths.h"

#include <QJsonArray>

using namespace ges;
using namespace ges::test;

class TestAdminConfig : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void serviceWithActiveCallbacksIsNotDeleted();
    void callInGroupsAreValidatedAndKept();
    void exportImportsIntoAnotherTenant();
    void invalidImportWritesNothing();
    void pruneRefusesServicesWithActiveCallbacks();

private:
    QJsonObject group(const QString &tenant, const QString &name) const;
    QString auditActions(const QString &tenant);

    E2eFixture f;
};

void TestAdminConfig::initTestCase()
{
    QVERIFY(f.start());
}

QJsonObject TestAdminConfig::group(const QString &tenant, const QString &name) const
{
    return {{"tenant", tenant},
            {"name", name},
            {"phoneNumbers", QJsonArray{"+49 30 555-000", "+4930555001"}},
            {"accessCodeLength", 5},
            {"expirySeconds", 300}};
}

QString TestAdminConfig::auditActions(const QString &tenant)
{
    return f.stack.postgres().psql(
        "SELECT string_agg(action || ':' || coalesce(target, ''), ',' ORDER BY id) "
        "FROM audit_log WHERE tenant = '" +
        tenant + "'");
}

void TestAdminConfig::serviceWithActiveCallbacksIsNotDeleted()
{
    const auto created =
        f.stack.createService(f.token, QJsonObject{{"tenant", "acme"}, {"name", "sales"}});
    QCOMPARE(created.status, 200);
    const QString id = created.data().toObject().value("id").toString();
    const auto callback = f.external("/engagement/v3/callbacks/create",
                                     {{"serviceName", "sales"}, {"phoneNumber", "+4930100200"}});
    QCOMPARE(callback.status, 200);

    const auto refused = f.admin("DELETE", paths::with(paths::AdminService, id));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), QStringLiteral("CONFLICT"));
    QVERIFY(
        refused.json().value("status").toObject().value("message").toString().contains("1 active"));
    QCOMPARE(f.admin("GET", paths::with(paths::AdminService, id)).status, 200);

    const QString callbackId = callback.data().toObject().value("id").toString();
    QCOMPARE(f.external("/engagement/v3/callbacks/cancel", {{"id", callbackId}}).status, 200);
    const auto deleted = f.admin("DELETE", paths::with(paths::AdminService, id));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(f.admin("GET", paths::with(paths::AdminService, id)).errorCode(),
             QStringLiteral("SERVICE_NOT_FOUND"));
    QCOMPARE(f.admin("DELETE", paths::with(paths::AdminService, id)).status, 404);
    // The completed callback stays as history; the audit shows who created and deleted.
    QCOMPARE(f.stack.postgres().psql("SELECT state FROM callbacks WHERE id = '" + callbackId + "'"),
             QStringLiteral("COMPLETED"));
    QVERIFY(auditActions("acme").contains("service.create:sales"));
    QVERIFY(auditActions("acme").contains("service.delete:sales"));
    QCOMPARE(f.stack.postgres().psql("SELECT actor FROM audit_log WHERE action = 'service.delete'"),
             "user:" + f.stack.adminUser());
}

void TestAdminConfig::callInGroupsAreValidatedAndKept()
{
    QJsonObject bad = group("acme", "bad");
    bad.insert("phoneNumbers", QJsonArray{"+4930555000", "not a number", "+4930555000"});
    bad.insert("accessCodeLength", 2);
    const auto invalid = f.admin("POST", paths::AdminCallInGroups, bad);
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.errorCode(), QStringLiteral("INVALID_FIELD"));
    QCOMPARE(invalid.json().value("status").toObject().value("details").toArray().size(), 3);

    const auto created = f.admin("POST", paths::AdminCallInGroups, group("acme", "hotline"));
    QCOMPARE(created.status, 200);
    const QJsonObject stored = created.data().toObject();
    const QString id = stored.value("id").toString();
    QCOMPARE(stored.value("phoneNumbers").toArray().first().toString(),
             QStringLiteral("+4930555000")); // normalised
    QCOMPARE(f.admin("POST", paths::AdminCallInGroups, group("acme", "hotline")).status, 409);

    QJsonObject changed = group("acme", "hotline");
    changed.insert("expirySeconds", 900);
    QCOMPARE(f.admin("PUT", paths::with(paths::AdminCallInGroup, id), changed).status, 200);
    const auto read = f.admin("GET", paths::with(paths::AdminCallInGroup, id));
    QCOMPARE(read.data().toObject().value("expirySeconds").toInt(), 900);
    const auto listed = f.admin("GET", QString(paths::AdminCallInGroups) + "?tenant=acme");
    QCOMPARE(listed.data().toObject().value("callInGroups").toArray().size(), 1);

    QCOMPARE(f.admin("GET", paths::with(paths::AdminCallInGroup, "nonsense")).errorCode(),
             QStringLiteral("GROUP_NOT_FOUND"));
    QCOMPARE(f.admin("DELETE", paths::with(paths::AdminCallInGroup, id)).status, 200);
    QCOMPARE(f.admin("GET", paths::with(paths::AdminCallInGroup, id)).status, 404);
    QVERIFY(auditActions("acme").contains("callin-group.update:hotline"));
}

void TestAdminConfig::exportImportsIntoAnotherTenant()
{
    QVERIFY(
        f.stack
            .createService(
                f.token, QJsonObject{{"tenant", "acme"}, {"name", "billing"}, {"slotCapacity", 7}})
            .status == 200);
    QCOMPARE(f.admin("POST", paths::AdminCallInGroups, group("acme", "main line")).status, 200);
    const auto exported = f.admin("GET", QString(paths::AdminConfigExport) + "?tenant=acme");
    QCOMPARE(exported.status, 200);
    const QJsonObject document = exported.data().toObject();
    QCOMPARE(document.value("format").toString(), QStringLiteral("ges-config/1"));
    const QJsonArray services = document.value("services").toArray();
    QVERIFY(services.size() >= 2);
    QVERIFY(!services.first().toObject().contains("id")); // portable across tenants
    QVERIFY(!services.first().toObject().contains("tenant"));

    const QString import = QString(paths::AdminConfigImport) + "?tenant=initech";
    const auto dry = f.admin("POST", import + "&dryRun=true", document);
    QCOMPARE(dry.status, 200);
    QCOMPARE(dry.data().toObject().value("services").toObject().value("created").toArray().size(),
             services.size());
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM services WHERE tenant = 'initech'"),
             QStringLiteral("0")); // a dry run writes nothing

    const auto real = f.admin("POST", import, document);
    QCOMPARE(real.status, 200);
    QCOMPARE(real.data().toObject(), [&] {
        QJsonObject expected = dry.data().toObject();
        expected.insert("dryRun", false);
        return expected;
    }()); // the dry run said exactly what happened
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM services WHERE tenant = 'initech'"),
             QString::number(services.size()));
    QCOMPARE(f.stack.postgres().psql("SELECT config->>'slotCapacity' FROM services "
                                     "WHERE tenant = 'initech' AND name = 'billing'"),
             QStringLiteral("7"));
    QCOMPARE(
        f.stack.postgres().psql("SELECT count(*) FROM call_in_groups WHERE tenant = 'initech'"),
        QStringLiteral("1"));

    const auto again = f.admin("POST", import, document);
    const QJsonObject unchanged = again.data().toObject().value("services").toObject();
    QCOMPARE(unchanged.value("unchanged").toArray().size(), services.size());
    QCOMPARE(unchanged.value("updated").toArray().size(), 0);
    QVERIFY(auditActions("initech").contains("config.import:initech"));
}

void TestAdminConfig::invalidImportWritesNothing()
{
    QJsonArray services{QJsonObject{{"name", "ok"}, {"virtualQueue", "ok_VQ"}},
                        QJsonObject{{"name", "broken"}, {"virtualQueue", "vq"}, {"slotMinutes", 7}},
                        QJsonObject{{"name", "ok"}, {"virtualQueue", "dup"}}};
    const auto refused = f.admin("POST", QString(paths::AdminConfigImport) + "?tenant=hooli",
                                 {{"services", services}});
    QCOMPARE(refused.status, 400);
    QStringList fields;
    for (const QJsonValue &d : refused.json().value("status").toObject().value("details").toArray())
        fields << d.toObject().value("field").toString();
    QVERIFY2(fields.contains("services[1].slotMinutes"), qPrintable(fields.join(',')));
    QVERIFY2(fields.contains("services[2].name"), qPrintable(fields.join(',')));
    QCOMPARE(f.stack.postgres().psql("SELECT count(*) FROM services WHERE tenant = 'hooli'"),
             QStringLiteral("0"));
    QCOMPARE(f.admin("POST", QString(paths::AdminConfigImport) + "?tenant=hooli&dryRun=maybe",
                     {{"services", QJsonArray()}})
                 .errorCode(),
             QStringLiteral("INVALID_FIELD"));
}

void TestAdminConfig::pruneRefusesServicesWithActiveCallbacks()
{
    // acme's "support" has a waiting callback: pruning it away must fail and change nothing.
    QCOMPARE(f.createCallback("+4930100300").status, 200);
    const QString before = f.stack.postgres().psql(
        "SELECT string_agg(name, ',' ORDER BY name) FROM services WHERE tenant = 'acme'");
    const QJsonObject onlyNew{
        {"services", QJsonArray{QJsonObject{{"name", "fresh"}, {"virtualQueue", "fresh_VQ"}}}}};
    const auto refused =
        f.admin("POST", QString(paths::AdminConfigImport) + "?tenant=acme&prune=true", onlyNew);
    QCOMPARE(refused.status, 409);
    QVERIFY(
        refused.json().value("status").toObject().value("message").toString().contains("support"));
    QCOMPARE(f.stack.postgres().psql(
                 "SELECT string_agg(name, ',' ORDER BY name) FROM services WHERE tenant = 'acme'"),
             before);

    const auto pruned =
        f.admin("POST", QString(paths::AdminConfigImport) + "?tenant=initech&prune=true", onlyNew);
    QCOMPARE(pruned.status, 200);
    QCOMPARE(
        f.stack.postgres().psql(
            "SELECT string_agg(name, ',' ORDER BY name) FROM services WHERE tenant = 'initech'"),
        QStringLiteral("fresh"));
    QCOMPARE(
        f.stack.postgres().psql("SELECT count(*) FROM call_in_groups WHERE tenant = 'initech'"),
        QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestAdminConfig)
#include "tst_adminconfig.moc"
