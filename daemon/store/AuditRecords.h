#pragma once
#include "DbResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace ges {

struct AuditEntry
{
    QString actor;  // "user:<name>"
    QString tenant; // empty: not about one tenant (users, sessions)
    QString action; // "service.delete", "user.create", ...
    QString target; // what it acted on: an id or a name
    QJsonObject details;
    QString corrId;
    // Set when read back.
    qint64 id = 0;
    QDateTime at;

    QJsonObject toJson() const;
};

struct AuditQuery
{
    QStringList tenants; // empty: all (entries without a tenant too)
    QString actor;       // exact, empty: any
    QString action;      // prefix ("callback." or "callback.cancel"), empty: any
    qint64 beforeId = 0; // keyset: entries older than this id
    int limit = 100;
};

// The audit log (worker threads only). append() belongs inside the write job of the
// change it records, so the entry commits or rolls back with it.
namespace AuditRecords {
DbResult<Done> append(QSqlDatabase &db, const AuditEntry &entry);
// Newest first; `more` when older entries remain.
DbResult<std::pair<QList<AuditEntry>, bool>> list(QSqlDatabase &db, const AuditQuery &query);
} // namespace AuditRecords

} // namespace ges
