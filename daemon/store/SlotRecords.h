#pragma once
#include "DbResult.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

namespace ges {

// Booked callbacks per slot (table slot_bookings). Runs on the thread owning `db`.
namespace SlotRecords {
// Takes one place in the slot if fewer than `capacity` are booked. False: the slot is full.
// Must run in the transaction that inserts the callback: the row lock taken by the
// conditional increment is what keeps concurrent bookings, on any node, within capacity.
DbResult<bool> reserve(QSqlDatabase &db, const QString &tenant, const QString &service,
                       const QDateTime &slotStart, int capacity);
DbResult<Done> release(QSqlDatabase &db, const QString &tenant, const QString &service,
                       const QDateTime &slotStart);
// Booked counts of the slots starting in [from, to), by slot start in epoch ms.
DbResult<QHash<qint64, int>> booked(QSqlDatabase &db, const QString &tenant, const QString &service,
                                    const QDateTime &from, const QDateTime &to);
} // namespace SlotRecords

} // namespace ges
