#include "AuditRecords.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace ges {

QJsonObject AuditEntry::toJson() const
{
    QJsonObject json{{"id", QString::number(id)},
                     {"at", at.toUTC().toString(Qt::ISODateWithMs)},
                     {"actor", actor},
                     {"action", action},
                     {"details", details}};
    if (!tenant.isEmpty())
        json.insert("tenant", tenant);
    if (!target.isEmpty())
        json.insert("target", target);
    if (!corrId.isEmpty())
        json.insert("corrId", corrId);
    return json;
}

namespace AuditRecords {

DbResult<Done> append(QSqlDatabase &db, const AuditEntry &entry)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO audit_log (actor, tenant, action, target, details, "
                       "corr_id) VALUES (?, nullif(coalesce(?, ''), ''), ?, "
                       "nullif(coalesce(?, ''), ''), ?::jsonb, nullif(coalesce(?, ''), ''))"));
    q.addBindValue(entry.actor);
    q.addBindValue(entry.tenant);
    q.addBindValue(entry.action);
    q.addBindValue(entry.target);
    q.addBindValue(QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)));
    q.addBindValue(entry.corrId);
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

DbResult<std::pair<QList<AuditEntry>, bool>> list(QSqlDatabase &db, const AuditQuery &query)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, at, actor, coalesce(tenant, ''), action, coalesce(target, ''), details::text, "
        "coalesce(corr_id, '') FROM audit_log "
        "WHERE (? = 0 OR id < ?) "
        "AND (coalesce(?, '') = '' OR tenant = ANY(string_to_array(?, ','))) "
        "AND (coalesce(?, '') = '' OR actor = ?) "
        "AND (coalesce(?, '') = '' OR action LIKE ? || '%') "
        "ORDER BY id DESC LIMIT ?"));
    const QString tenants = query.tenants.join(u',');
    q.addBindValue(query.beforeId);
    q.addBindValue(query.beforeId);
    q.addBindValue(tenants);
    q.addBindValue(tenants);
    q.addBindValue(query.actor);
    q.addBindValue(query.actor);
    q.addBindValue(query.action);
    q.addBindValue(query.action);
    q.addBindValue(query.limit + 1);
    if (!q.exec())
        return DbError::fromQuery(q);
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toDateTime().toUTC();
        e.actor = q.value(2).toString();
        e.tenant = q.value(3).toString();
        e.action = q.value(4).toString();
        e.target = q.value(5).toString();
        e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.corrId = q.value(7).toString();
        entries.append(e);
    }
    const bool more = entries.size() > query.limit;
    if (more)
        entries.removeLast();
    return std::pair{entries, more};
}

} // namespace AuditRecords
} // namespace ges
