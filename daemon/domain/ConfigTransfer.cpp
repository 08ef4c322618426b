#include "ConfigTransfer.h"
#include "AuditTrail.h"
#include "ConfigImportPlan.h"
#include "StoreErrors.h"
#include "ops/Log.h"
#include "store/CallInGroupRecords.h"
#include "store/GroupCommitWriter.h"
#include "store/ServiceRecords.h"
#include "store/SqlReaderPool.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QUuid>

namespace ges {

namespace {
constexpr int kMaxDocuments = 1000;

// Parses json[key] as a list of T for `tenant`, with problems prefixed by their path.
template <class T>
QList<T> parseList(const QJsonObject &json, const char *key, const QString &tenant,
                   QList<FieldProblem> *problems)
{
    QList<T> items;
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return items;
    if (!value.isArray() || value.toArray().size() > kMaxDocuments) {
        problems->append({QLatin1String(key),
                          QStringLiteral("must be an array of at most %1").arg(kMaxDocuments)});
        return items;
    }
    const QJsonArray list = value.toArray();
    QSet<QString> names;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
        QJsonObject document = list.at(i).toObject();
        document.insert("tenant", tenant);
        document.remove("id");
        QList<FieldProblem> own;
        const auto item = T::fromJson(document, &own);
        for (const FieldProblem &p : own)
            problems->append({path + u'.' + p.field, p.problem});
        if (!list.at(i).isObject())
            problems->append({path, QStringLiteral("must be an object")});
        if (!item)
            continue;
        if (names.contains(item->name))
            problems->append({path + QStringLiteral(".name"), QStringLiteral("listed twice")});
        names.insert(item->name);
        items << *item;
    }
    return items;
}

template <class T> QJsonArray portable(const QList<T> &items)
{
    QJsonArray list;
    for (const T &item : items) {
        QJsonObject json = contentOf(item);
        json.remove(QStringLiteral("tenant"));
        list.append(json);
    }
    return list;
}

DbError conflict(const QString &message)
{
    return {DbError::Kind::Conflict, message};
}

// Plans the import against what is stored and, when `apply`, carries it out. Runs in one
// job: on the writer it is one transaction, so a failure leaves everything as it was.
DbResult<QJsonObject> runImport(QSqlDatabase &db, const Caller &caller, const ConfigDocument &doc,
                                bool prune, bool apply)
{
    const auto services = ServiceRecords::list(db, {doc.tenant});
    const auto groups = CallInGroupRecords::list(db, {doc.tenant});
    if (!services.ok())
        return services.error();
    if (!groups.ok())
        return groups.error();
    const auto serviceChanges = planImport(services.value(), doc.services, prune);
    const auto groupChanges = planImport(groups.value(), doc.callInGroups, prune);
    const QJsonObject report{{"tenant", doc.tenant},
                             {"dryRun", !apply},
                             {"services", serviceChanges.toJson()},
                             {"callInGroups", groupChanges.toJson()}};
    for (const ServiceConfig &s : serviceChanges.removed) {
        const auto active = ServiceRecords::activeCallbacks(db, s.tenant, s.name);
        if (!active.ok())
            return active.error();
        if (active.value() > 0)
            return conflict(QStringLiteral("service %1 still has %2 active callbacks; it cannot "
                                           "be deleted by this import")
                                .arg(s.name)
                                .arg(active.value()));
    }
    if (!apply)
        return report;
    const auto newId = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
    for (ServiceConfig s : serviceChanges.created) {
        s.id = newId();
        if (auto r = ServiceRecords::insert(db, s); !r.ok())
            return r.error();
    }
    for (const ServiceConfig &s : serviceChanges.updated)
        if (auto r = ServiceRecords::update(db, s); !r.ok())
            return r.error();
    for (const ServiceConfig &s : serviceChanges.removed)
        if (auto r = ServiceRecords::remove(db, s); !r.ok())
            return r.error();
    for (CallInGroup g : groupChanges.created) {
        g.id = newId();
        if (auto r = CallInGroupRecords::insert(db, g); !r.ok())
            return r.error();
    }
    for (const CallInGroup &g : groupChanges.updated)
        if (auto r = CallInGroupRecords::update(db, g); !r.ok())
            return r.error();
    for (const CallInGroup &g : groupChanges.removed)
        if (auto r = CallInGroupRecords::remove(db, g.id); !r.ok())
            return r.error();
    const auto audited = AuditRecords::append(
        db, auditEntry(caller, QStringLiteral("config.import"), doc.tenant, doc.tenant,
                       {{"services", report.value("services")},
                        {"callInGroups", report.value("callInGroups")}}));
    if (!audited.ok())
        return audited.error();
    return report;
}
} // namespace

std::optional<ConfigDocument> ConfigDocument::fromJson(const QJsonObject &json,
                                                       const QString &tenant,
                                                       QList<FieldProblem> *problems)
{
    const qsizetype before = problems->size();
    const QJsonValue format = json.value("format");
    if (!format.isUndefined() && format.toString() != QLatin1String(ConfigTransfer::kFormat))
        problems->append({"format", QStringLiteral("must be %1").arg(ConfigTransfer::kFormat)});
    ConfigDocument doc;
    doc.tenant = tenant;
    doc.services = parseList<ServiceConfig>(json, "services", tenant, problems);
    doc.callInGroups = parseList<CallInGroup>(json, "callInGroups", tenant, problems);
    if (problems->size() > before)
        return std::nullopt;
    return doc;
}

ConfigTransfer::ConfigTransfer(SqlReaderPool &reader, GroupCommitWriter &writer, QObject *parent)
    : QObject(parent), m_reader(reader), m_writer(writer)
{
}

void ConfigTransfer::exportTenant(const Caller &caller, const QString &tenant, OutcomeHandler done)
{
    using Both = std::pair<QList<ServiceConfig>, QList<CallInGroup>>;
    m_reader.run<Both>(
        this,
        [tenant](QSqlDatabase &db) -> DbResult<Both> {
            const auto services = ServiceRecords::list(db, {tenant});
            if (!services.ok())
                return services.error();
            const auto groups = CallInGroupRecords::list(db, {tenant});
            if (!groups.ok())
                return groups.error();
            return Both{services.value(), groups.value()};
        },
        [caller, tenant, done](const DbResult<Both> &found) {
            if (!found.ok())
                return done(toApiError(found.error(), caller.corrId));
            done(QJsonObject{
                {"format", kFormat},
                {"tenant", tenant},
                {"exportedAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {"services", portable(found.value().first)},
                {"callInGroups", portable(found.value().second)}});
        });
}

void ConfigTransfer::import(const Caller &caller, const ConfigDocument &document, bool dryRun,
                            bool prune, OutcomeHandler done)
{
    auto job = [caller, document, prune, dryRun](QSqlDatabase &db) {
        return runImport(db, caller, document, prune, !dryRun);
    };
    auto finish = [this, caller, document, dryRun, done](const DbResult<QJsonObject> &result) {
        if (!dryRun)
            Q_EMIT servicesChanged(); // even when it failed: the outcome may be unknown
        if (!result.ok())
            return done(toApiError(result.error(), caller.corrId, result.error().message));
        if (!dryRun)
            log::info(
                "admin", QStringLiteral("configuration imported"),
                {{"corrId", caller.corrId}, {"actor", caller.actor}, {"tenant", document.tenant}});
        done(result.value());
    };
    if (dryRun)
        m_reader.run<QJsonObject>(this, job, finish);
    else
        m_writer.submit<QJsonObject>(this, job, finish);
}

} // namespace ges
