#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "shared/CallInGroup.h"
#include "shared/CallInRequest.h"
#include "store/CallInRequestRecords.h"

#include <QObject>

namespace ges {

class GroupCommitWriter;
class SqlReaderPool;
class Metrics;

// Click-to-call-in requests: handing out a number of a tenant's group and an access code
// (create), matching an inbound call to its request for the routing side (match), and
// listing them for administrators. Every number and code is drawn from a CSPRNG; the
// database guarantees that no two LIVE requests share both (see CallInRequestRecords).
class CallInRegistry : public QObject
{
    Q_OBJECT
public:
    // Slots tried before answering 503: a pool is "exhausted" when this many random picks
    // were all taken, i.e. in practice when it is nearly full.
    static constexpr int kAttempts = 16;
    static constexpr int kRetryAfterSeconds = 30;
    static constexpr int kPurgeAfterDays = 14; // the callback TTL

    CallInRegistry(SqlReaderPool &reader, GroupCommitWriter &writer, Metrics &metrics,
                   QObject *parent = nullptr);

    void create(const Caller &caller, const CreateCallInRequest &request, OutcomeHandler done);
    void match(const Caller &caller, const CallInMatchQuery &query, OutcomeHandler done);
    using Listed = std::function<void(const DbResult<std::pair<QList<CallInRequest>, bool>> &)>;
    void list(const CallInRequestRecords::ListQuery &query, Listed done);

    // A uniformly random slot of `group`: one of its numbers, a code of its length.
    static CallInRequestRecords::Slot randomSlot(const CallInGroup &group);

private:
    void allocate(const Caller &caller, const CallInGroup &group,
                  const CreateCallInRequest &request, OutcomeHandler done);
    void explainMiss(const Caller &caller, const CallInMatchQuery &query, const QDateTime &now,
                     OutcomeHandler done);

    SqlReaderPool &m_reader;
    GroupCommitWriter &m_writer;
    Metrics &m_metrics;
};

} // namespace ges
