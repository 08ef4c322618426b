#pragma once
#include "Caller.h"
#include "store/AuditRecords.h"

namespace ges {

// The audit entry of an admin action by `caller`; append it inside the change's own job.
inline AuditEntry auditEntry(const Caller &caller, const QString &action, const QString &tenant,
                             const QString &target, const QJsonObject &details = {})
{
    AuditEntry entry;
    entry.actor = caller.actor;
    entry.tenant = tenant;
    entry.action = action;
    entry.target = target;
    entry.details = details;
    entry.corrId = caller.corrId;
    return entry;
}

} // namespace ges
