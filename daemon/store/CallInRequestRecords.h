#pragma once
#include "DbResult.h"
#include "shared/CallInRequest.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <optional>

namespace ges {

// SQL for click-to-call-in requests (worker threads only). The rule "no two LIVE
// requests share a number and code" is the partial unique index of migration 0007, so it
// holds across every node; the functions here only pick candidates and retry.
namespace CallInRequestRecords {

// A candidate number and code for a new request.
struct Slot
{
    QString toPhoneNumber;
    QString accessCode;
};
using SlotSource = std::function<Slot()>;

// Stores `request` on the first slot from `next` that no LIVE request holds, retiring an
// expired holder of that slot in the same transaction; at most `attempts` slots are tried.
// Returns the stored request, or nothing when every slot tried was taken. Must run inside
// a transaction (the writer's): each attempt is a savepoint, so a conflict or deadlock
// with another node's allocation only costs that attempt.
DbResult<std::optional<CallInRequest>> allocate(QSqlDatabase &db, CallInRequest request,
                                                const SlotSource &next, int attempts);

struct Match
{
    enum class Kind
    {
        Matched,
        NotFound,
        AlreadyUsed,
        Expired
    };
    Kind kind = Kind::NotFound;
    CallInRequest request; // when Matched
};
// Marks the LIVE, unexpired request the query names USED, exactly once: of concurrent
// matches of one request one wins. By caller number: their newest such request. Matched
// or NotFound (an expired LIVE request the query names is retired on the way).
DbResult<Match> match(QSqlDatabase &db, const CallInMatchQuery &query, const QDateTime &now);
// Why a match found nothing: the newest request the query names, in any state, as
// AlreadyUsed, Expired or NotFound. A read (the reader pool), after the match committed.
DbResult<Match> explainMiss(QSqlDatabase &db, const CallInMatchQuery &query, const QDateTime &now);

struct ListQuery
{
    QStringList tenants; // empty: every tenant
    QString groupName;   // empty: every group
    QString state;       // LIVE, USED, EXPIRED as seen now; empty: any
    qint64 beforeSeq = 0;
    int limit = 100;
};
// Newest first; the bool says whether more follow.
DbResult<std::pair<QList<CallInRequest>, bool>> list(QSqlDatabase &db, const ListQuery &query);

// Housekeeping: retires up to `batch` expired LIVE requests (rows another node holds are
// left for later) and deletes requests expired more than `purgeAfterDays` ago.
DbResult<Done> retireAndPurge(QSqlDatabase &db, int batch, int purgeAfterDays);

} // namespace CallInRequestRecords

} // namespace ges
