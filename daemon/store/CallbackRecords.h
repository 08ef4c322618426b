#pragma once
#include "DbResult.h"
#include "shared/Callback.h"
#include <vector>

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>
#include <optional>

namespace ges {

enum class CallbackTimeField
{
    Created, // created_at
    Desired  // desired_time
};

// The admin search (GET /ges/v1/admin/callbacks, export, bulk cancel by filter).
struct CallbackQuery
{
    QStringList tenants; // empty = all tenants
    QString service;
    QList<CallbackState> states; // empty = any
    QString phoneDigits;         // digits that must occur in the number (>= 3); empty = any
    CallbackTimeField timeField = CallbackTimeField::Created; // what from/to apply to
    QDateTime from;                                           // inclusive; invalid = open
    QDateTime to;                                             // exclusive; invalid = open
    CallbackTimeField sort = CallbackTimeField::Created;
    bool ascending = false;
    int limit = 100;
    // Keyset: the sort key (microseconds since the epoch, PostgreSQL's precision) and id
    // of the last row of the previous page. Empty afterId: the first page.
    qint64 afterKeyUs = 0;
    QString afterId;
};

struct CallbackPage
{
    QList<Callback> callbacks;
    bool more = false;
    qint64 lastKeyUs = 0; // the sort key of the last row, for the next page's keyset
};

// One statement with its positional bind values, as the daemon runs it (tests EXPLAIN it).
struct SqlStatement
{
    QString sql;
    QVariantList binds;
};

// SQL for the callbacks table. Each function runs on the thread that owns `db` (a
// SqlReaderPool worker or the GroupCommitWriter), never on an event loop.
namespace CallbackRecords {
// The columns every query returns, in the order fromRow() reads them.
extern const QString kColumns;
Callback fromRow(const QSqlQuery &query);
QDateTime utc(const QVariant &value); // NULL stays invalid
DbResult<Done> addEvent(QSqlDatabase &db, const QString &id, CallbackState state,
                        const QString &reason, const QString &actor);

// `slotStart`: the slot a scheduled callback booked (invalid for immediate ones).
DbResult<Done> insert(QSqlDatabase &db, const Callback &callback, const QDateTime &slotStart,
                      const QString &actor);
// One create for insertMany: what insert() takes.
struct NewCallback
{
    Callback callback;
    QDateTime slotStart;
    QString actor;
};
// insert() for many callbacks in one statement (each column one array parameter,
// unnested): what the group-commit writer uses for creates without admission checks.
DbResult<Done> insertMany(QSqlDatabase &db, const std::vector<const NewCallback *> &rows);
DbResult<std::optional<Callback>> findById(QSqlDatabase &db, const QString &tenant,
                                           const QString &id);
DbResult<QList<Callback>> findByPhone(QSqlDatabase &db, const QString &tenant, const QString &phone,
                                      const QString &service);
struct Transition
{
    std::optional<Callback> callback;  // the row as it is now; none: no such callback
    bool moved = false;                // false: its state was not one of `from`
    std::optional<CallbackState> from; // when moved: the state it left
};
// Moves a callback to `to` if its state is one of `from`.
// `anyTenant`: ignore `tenant` (the routing side).
DbResult<Transition> transition(QSqlDatabase &db, const QString &tenant, bool anyTenant,
                                const QString &id, const QList<CallbackState> &from,
                                CallbackState to, const QString &reason, const QString &actor);
// The search of `query`: kColumns plus, last, the sort key in microseconds; limit + 1
// rows, so the caller knows whether more follow.
SqlStatement searchStatement(const CallbackQuery &query);
DbResult<CallbackPage> list(QSqlDatabase &db, const CallbackQuery &query);
DbResult<Done> markAnnounced(QSqlDatabase &db, const QStringList &ids);
} // namespace CallbackRecords

} // namespace ges
