#pragma once
#include "DbResult.h"
#include "GroupCommitWriter.h"
#include "shared/Callback.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace ges {

// The create transaction: every rule that needs the database, checked and applied in the
// transaction that inserts the callback, so what is checked is what is committed.
namespace CallbackAdmission {

struct Rules
{
    int maxActivePerNumber = 0; // 0: no limit
    int maxWaiting = 0;         // immediate: QUEUED callbacks of the service; 0: no limit
    QDateTime slotStart;        // scheduled: the slot to book
    int slotCapacity = 0;
    QString idempotencyKey; // empty: none
    QByteArray requestHash;
    QJsonObject response; // the answer a replay of `idempotencyKey` gets
};

enum class Verdict
{
    Admitted,
    Duplicate,
    QueueFull,
    SlotFull,
    Replay // the idempotency key was used before: `replay` holds the first answer
};

struct Result
{
    Verdict verdict = Verdict::Admitted;
    int found = 0;         // Duplicate: active callbacks of the number; QueueFull: waiting
    QJsonObject replay;    // Replay: the first answer
    QByteArray replayHash; // Replay: the hash of the first request
};

// On any verdict but Admitted nothing stays written.
DbResult<Result> admit(QSqlDatabase &db, const Callback &callback, const Rules &rules,
                       const QString &actor);

// No rule needs the database: no idempotency key, no duplicate or queue limit, no slot.
// Such a create is admitted by inserting it, so creates that arrive together can be
// inserted together (plainInserts()).
bool needsNoChecks(const Rules &rules);
// The group-commit writer's group for those creates: items are
// CallbackRecords::NewCallback, written by CallbackRecords::insertMany.
const GroupCommitWriter::WriteGroup &plainInserts();

// The first answer to an idempotency key, if there is one.
struct Replay
{
    QJsonObject response;
    QByteArray requestHash;
};
DbResult<std::optional<Replay>> findReplay(QSqlDatabase &db, const QString &tenant,
                                           const QString &key);

} // namespace CallbackAdmission

} // namespace ges
