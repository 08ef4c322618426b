#include "QueueRecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace ges::QueueRecords {

QString queueKey(const QString &tenant, const QString &service)
{
    return tenant + u'\n' + service;
}

DbResult<QHash<QString, QueueCounts>> counts(QSqlDatabase &db, const QStringList &tenants,
                                             const QList<QueueDay> &days)
{
    // The services' "since" travel as one JSON document: names may hold any character
    // a text[] literal would need escaped.
    QJsonArray since;
    for (const QueueDay &d : days)
        since.append(QJsonObject{{"tenant", d.tenant},
                                 {"service", d.service},
                                 {"since", d.since.toUTC().toString(Qt::ISODateWithMs)}});
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT tenant, service_name, state, count(*) FROM callbacks "
        "WHERE state <> 'COMPLETED' "
        "AND (coalesce(?, '') = '' OR tenant = ANY(string_to_array(?, ','))) "
        "GROUP BY tenant, service_name, state "
        "UNION ALL "
        "SELECT c.tenant, c.service_name, 'COMPLETED', count(*) FROM callbacks c "
        "JOIN jsonb_to_recordset(?::jsonb) AS s(tenant text, service text, since timestamptz) "
        "ON c.tenant = s.tenant AND c.service_name = s.service "
        "WHERE c.state = 'COMPLETED' AND c.completed_at >= s.since "
        "GROUP BY c.tenant, c.service_name"));
    const QString joined = tenants.join(u',');
    q.addBindValue(joined);
    q.addBindValue(joined);
    q.addBindValue(QString::fromUtf8(QJsonDocument(since).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return DbError::fromQuery(q);
    QHash<QString, QueueCounts> result;
    while (q.next()) {
        QueueCounts &c = result[queueKey(q.value(0).toString(), q.value(1).toString())];
        const QString state = q.value(2).toString();
        if (state == QLatin1String("COMPLETED"))
            c.completedToday = q.value(3).toLongLong();
        else
            c.byState.insert(state, q.value(3).toLongLong());
    }
    return result;
}

DbResult<QHash<QString, QHash<qint64, int>>> bookings(QSqlDatabase &db, const QStringList &tenants,
                                                      const QDateTime &from, const QDateTime &to)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT tenant, service_name, slot_start, booked FROM slot_bookings "
                       "WHERE (coalesce(?, '') = '' OR tenant = ANY(string_to_array(?, ','))) "
                       "AND slot_start >= ? AND slot_start < ? AND booked > 0"));
    const QString joined = tenants.join(u',');
    q.addBindValue(joined);
    q.addBindValue(joined);
    q.addBindValue(from.toUTC());
    q.addBindValue(to.toUTC());
    if (!q.exec())
        return DbError::fromQuery(q);
    QHash<QString, QHash<qint64, int>> result;
    while (q.next())
        result[queueKey(q.value(0).toString(), q.value(1).toString())].insert(
            q.value(2).toDateTime().toMSecsSinceEpoch(), q.value(3).toInt());
    return result;
}

} // namespace ges::QueueRecords
