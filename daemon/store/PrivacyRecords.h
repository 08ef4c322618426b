#pragma once
#include "DbResult.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace ges {

// A callback about to be erased, with what the working set needs to forget it.
struct ErasableCallback
{
    QString id;
    QString tenant;
    QString service;
    QString state;
    QDateTime slotStart; // invalid: no slot booked
};

// SQL of the GDPR erase (worker threads only).
namespace PrivacyRecords {
// The callbacks of `phone` in `tenants` (empty: every tenant); `lock` for the writer.
DbResult<QList<ErasableCallback>> findByPhone(QSqlDatabase &db, const QString &phone,
                                              const QStringList &tenants, bool lock);
// Deletes them (their history cascades), gives their slots back, drops the idempotency
// keys whose stored answer names one of them, and blanks the number wherever it appears in
// audit entries of `tenants` (empty: all). Call inside one transaction.
DbResult<Done> erase(QSqlDatabase &db, const QList<ErasableCallback> &callbacks,
                     const QString &phone, const QStringList &tenants);
} // namespace PrivacyRecords

} // namespace ges
