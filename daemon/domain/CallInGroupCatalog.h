#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "shared/CallInGroup.h"
#include "store/DbResult.h"

#include <QObject>

namespace ges {

class GroupCommitWriter;
class SqlReaderPool;

// The click-to-call-in groups of the tenants, kept by administrators.
class CallInGroupCatalog : public QObject
{
    Q_OBJECT
public:
    using Found = std::function<void(const DbResult<std::optional<CallInGroup>> &)>;
    using Listed = std::function<void(const DbResult<QList<CallInGroup>> &)>;

    CallInGroupCatalog(SqlReaderPool &reader, GroupCommitWriter &writer, QObject *parent = nullptr);

    void create(const Caller &caller, CallInGroup group, OutcomeHandler done);
    // Replaces group `group.id` of `group.tenant`; 404 when there is none.
    void update(const Caller &caller, CallInGroup group, OutcomeHandler done);
    void remove(const Caller &caller, const CallInGroup &group, OutcomeHandler done);
    void findById(const QString &id, Found done);
    void list(const QStringList &tenants, Listed done);

private:
    SqlReaderPool &m_reader;
    GroupCommitWriter &m_writer;
};

} // namespace ges
