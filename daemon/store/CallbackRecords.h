#pragma once
#include "DbResult.h"
#include "shared/Callback.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace ges {

struct CallbackQuery
{
    QStringList tenants; // empty = all tenants
    QString service;
    std::optional<CallbackState> state;
    int limit = 100;
    // keyset cursor: the (created_at, id) of the last row of the previous page
    QDateTime afterCreatedAt;
    QString afterId;
};

struct CallbackPage
{
    QList<Callback> callbacks;
    bool more = false;
};

// SQL for the callbacks table. Each function runs on the thread that owns `db` (a
// SqlReaderPool worker or the GroupCommitWriter), never on an event loop.
namespace CallbackRecords {
DbResult<Done> insert(QSqlDatabase &db, const Callback &callback, const QString &actor);
DbResult<std::optional<Callback>> findById(QSqlDatabase &db, const QString &tenant,
                                           const QString &id);
DbResult<QList<Callback>> findByPhone(QSqlDatabase &db, const QString &tenant, const QString &phone,
                                      const QString &service);
struct Transition
{
    std::optional<Callback> callback; // the row as it is now; none: no such callback
    bool moved = false;               // false: its state was not one of `from`
};
// Moves a callback to `to` if its state is one of `from`.
// `anyTenant`: ignore `tenant` (the routing side).
DbResult<Transition> transition(QSqlDatabase &db, const QString &tenant, bool anyTenant,
                                const QString &id, const QList<CallbackState> &from,
                                CallbackState to, const QString &reason, const QString &actor);
DbResult<CallbackPage> list(QSqlDatabase &db, const CallbackQuery &query);
DbResult<Done> markAnnounced(QSqlDatabase &db, const QString &id);
} // namespace CallbackRecords

} // namespace ges
