#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "shared/CallInGroup.h"
#include "shared/ServiceConfig.h"

#include <QObject>

namespace ges {

class GroupCommitWriter;
class SqlReaderPool;

// A tenant's whole configuration (its services and call-in groups) as one JSON document,
// for configuration as code: exported, kept in version control, imported elsewhere.
struct ConfigDocument
{
    QString tenant;
    QList<ServiceConfig> services;
    QList<CallInGroup> callInGroups;

    // Validates the whole document for `tenant` (which replaces the one inside it);
    // every problem is reported with its path ("services[2].slotMinutes").
    static std::optional<ConfigDocument> fromJson(const QJsonObject &json, const QString &tenant,
                                                  QList<FieldProblem> *problems);
};

class ConfigTransfer : public QObject
{
    Q_OBJECT
public:
    static constexpr char kFormat[] = "ges-config/1";

    ConfigTransfer(SqlReaderPool &reader, GroupCommitWriter &writer, QObject *parent = nullptr);

    // {"format", "tenant", "exportedAt", "services": [...], "callInGroups": [...]}, without
    // ids, so the document imports into any tenant.
    void exportTenant(const Caller &caller, const QString &tenant, OutcomeHandler done);
    // Makes the tenant's configuration match the document, in one transaction: creates,
    // updates, and with `prune` deletes (refused, with nothing changed, when a deleted
    // service still has active callbacks). A dry run reports the same without writing.
    void import(const Caller &caller, const ConfigDocument &document, bool dryRun, bool prune,
                OutcomeHandler done);

Q_SIGNALS:
    // An import was applied (or may have been): cached service configs are stale.
    void servicesChanged();

private:
    SqlReaderPool &m_reader;
    GroupCommitWriter &m_writer;
};

} // namespace ges
