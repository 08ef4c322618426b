#include "CallInGroupCatalog.h"
#include "AuditTrail.h"
#include "StoreErrors.h"
#include "shared/ErrorCodes.h"
#include "store/CallInGroupRecords.h"
#include "store/GroupCommitWriter.h"
#include "store/SqlReaderPool.h"

#include <QUuid>

namespace ges {

namespace {
ApiError groupNotFound(const QString &id)
{
    return ApiError::notFound(errc::GroupNotFound, QStringLiteral("no call-in group %1").arg(id));
}

QString nameTaken(const CallInGroup &group)
{
    return QStringLiteral("tenant %1 already has a call-in group named %2")
        .arg(group.tenant, group.name);
}

// Runs `change` and its audit entry in one job; false from `change` means "not found".
using Change = std::function<DbResult<bool>(QSqlDatabase &)>;
Change audited(const Caller &caller, const char *action, const CallInGroup &group, Change change)
{
    return [=](QSqlDatabase &db) -> DbResult<bool> {
        const auto changed = change(db);
        if (!changed.ok() || !changed.value())
            return changed;
        const auto entry =
            AuditRecords::append(db, auditEntry(caller, QString::fromLatin1(action), group.tenant,
                                                group.name, {{"id", group.id}}));
        if (!entry.ok())
            return entry.error();
        return true;
    };
}
} // namespace

CallInGroupCatalog::CallInGroupCatalog(SqlReaderPool &reader, GroupCommitWriter &writer,
                                       QObject *parent)
    : QObject(parent), m_reader(reader), m_writer(writer)
{
}

void CallInGroupCatalog::create(const Caller &caller, CallInGroup group, OutcomeHandler done)
{
    group.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_writer.submit<bool>(this,
                          audited(caller, "callin-group.create", group,
                                  [group](QSqlDatabase &db) -> DbResult<bool> {
                                      const auto stored = CallInGroupRecords::insert(db, group);
                                      if (!stored.ok())
                                          return stored.error();
                                      return true;
                                  }),
                          [caller, group, done](const DbResult<bool> &stored) {
                              if (!stored.ok())
                                  return done(
                                      toApiError(stored.error(), caller.corrId, nameTaken(group)));
                              done(group.toJson());
                          });
}

void CallInGroupCatalog::update(const Caller &caller, CallInGroup group, OutcomeHandler done)
{
    if (QUuid::fromString(group.id).isNull())
        return done(groupNotFound(group.id));
    m_writer.submit<bool>(
        this,
        audited(caller, "callin-group.update", group,
                [group](QSqlDatabase &db) { return CallInGroupRecords::update(db, group); }),
        [caller, group, done](const DbResult<bool> &stored) {
            if (!stored.ok())
                return done(toApiError(stored.error(), caller.corrId, nameTaken(group)));
            if (!stored.value())
                return done(groupNotFound(group.id));
            done(group.toJson());
        });
}

void CallInGroupCatalog::remove(const Caller &caller, const CallInGroup &group, OutcomeHandler done)
{
    m_writer.submit<bool>(
        this,
        audited(caller, "callin-group.delete", group,
                [id = group.id](QSqlDatabase &db) { return CallInGroupRecords::remove(db, id); }),
        [caller, group, done](const DbResult<bool> &removed) {
            if (!removed.ok())
                return done(toApiError(removed.error(), caller.corrId));
            if (!removed.value())
                return done(groupNotFound(group.id));
            done(QJsonObject{{"id", group.id}, {"deleted", true}});
        });
}

void CallInGroupCatalog::findById(const QString &id, Found done)
{
    if (QUuid::fromString(id).isNull())
        return done(std::optional<CallInGroup>());
    m_reader.run<std::optional<CallInGroup>>(
        this, [id](QSqlDatabase &db) { return CallInGroupRecords::findById(db, id); },
        std::move(done));
}

void CallInGroupCatalog::list(const QStringList &tenants, Listed done)
{
    m_reader.run<QList<CallInGroup>>(
        this, [tenants](QSqlDatabase &db) { return CallInGroupRecords::list(db, tenants); },
        std::move(done));
}

} // namespace ges
