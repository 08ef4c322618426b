#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "store/CallbackRecords.h"

#include <QObject>
#include <QStringList>

namespace ges {

class SqlReaderPool;
class GroupCommitWriter;
class CallbackCache;
class DueIndex;
class Metrics;

// Cancels many callbacks of one tenant: given by id (at most kMaxIds), or all that a
// filter matches (at most kMaxMatched). A dry run answers what the real run would do,
// {"wouldCancel", "ids", "skipped": [{"id", "reason"}]}, from the same plan; the real run
// answers {"canceled", "ids", "skipped"} and writes one audit entry, all in one
// transaction.
class BulkCancel : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxIds = 1000;
    static constexpr int kMaxMatched = 10000;

    struct Request
    {
        QString tenant;
        QStringList ids;                     // either these ...
        std::optional<CallbackQuery> filter; // ... or what this matches (tenant set)
        bool dryRun = false;
    };

    BulkCancel(SqlReaderPool &reader, GroupCommitWriter &writer, CallbackCache &cache,
               DueIndex &due, Metrics &metrics, QObject *parent = nullptr);

    void run(const Caller &caller, Request request, OutcomeHandler done);

private:
    void dryRun(const Caller &caller, const Request &request, OutcomeHandler done);
    void cancel(const Caller &caller, const Request &request, OutcomeHandler done);

    SqlReaderPool &m_reader;
    GroupCommitWriter &m_writer;
    CallbackCache &m_cache;
    DueIndex &m_due;
    Metrics &m_metrics;
};

} // namespace ges
