#include "SlotRecords.h"

#include <QVariant>

namespace ges::SlotRecords {

DbResult<bool> reserve(QSqlDatabase &db, const QString &tenant, const QString &service,
                       const QDateTime &slotStart, int capacity)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO slot_bookings (tenant, service_name, slot_start) "
                                  "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    insert.addBindValue(tenant);
    insert.addBindValue(service);
    insert.addBindValue(slotStart);
    if (!insert.exec())
        return DbError::fromQuery(insert);
    QSqlQuery take(db);
    take.prepare(QStringLiteral("UPDATE slot_bookings SET booked = booked + 1 "
                                "WHERE tenant = ? AND service_name = ? AND slot_start = ? "
                                "AND booked < ? RETURNING booked"));
    take.addBindValue(tenant);
    take.addBindValue(service);
    take.addBindValue(slotStart);
    take.addBindValue(capacity);
    if (!take.exec())
        return DbError::fromQuery(take);
    return take.next();
}

DbResult<Done> release(QSqlDatabase &db, const QString &tenant, const QString &service,
                       const QDateTime &slotStart)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE slot_bookings SET booked = booked - 1 "
                             "WHERE tenant = ? AND service_name = ? AND slot_start = ? "
                             "AND booked > 0"));
    q.addBindValue(tenant);
    q.addBindValue(service);
    q.addBindValue(slotStart);
    if (!q.exec())
        return DbError::fromQuery(q);
    return Done{};
}

DbResult<QHash<qint64, int>> booked(QSqlDatabase &db, const QString &tenant, const QString &service,
                                    const QDateTime &from, const QDateTime &to)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT slot_start, booked FROM slot_bookings WHERE tenant = ? "
                             "AND service_name = ? AND slot_start >= ? AND slot_start < ?"));
    q.addBindValue(tenant);
    q.addBindValue(service);
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return DbError::fromQuery(q);
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toDateTime().toMSecsSinceEpoch(), q.value(1).toInt());
    return counts;
}

} // namespace ges::SlotRecords
