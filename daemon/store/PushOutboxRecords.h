#pragma once
#include "DbResult.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace ges {

// One push to send: an event of a callback for one of its targets (docs/push.md).
struct PushMessage
{
    qint64 id = 0;
    QString callbackId;
    QString tenant;
    QString serviceName;
    QString event; // the callback's new state, or kAboutToBeCalled
    QString callbackState;
    QString reason;         // COMPLETED only
    std::optional<int> ewt; // seconds, when known
    QString channel;        // FCM
    QString target;         // device token: never logged
    int attempts = 0;       // including the one just claimed
};

// A QUEUED callback with pushes whose service has a pushEwtThreshold.
struct PushWatch
{
    QString callbackId;
    QString tenant;
    QString serviceName;
    int threshold = 0; // seconds
};

// SQL of the push outbox (migration 0008). Rows are written by the database itself, in
// the transaction of each state change (a trigger); what is here claims, settles and adds
// the "about to be called" rows. Runs on the thread owning `db`.
namespace PushOutboxRecords {

inline constexpr char kAboutToBeCalled[] = "ABOUT_TO_BE_CALLED";

// Claims up to `limit` due rows for `leaseSeconds` (FOR UPDATE SKIP LOCKED: a row is
// claimed by one node; a node that dies leaves it due again when the lease ends). Of the
// unsent rows of one callback and target only the oldest is claimable: pushes arrive in
// the order of their events.
DbResult<QList<PushMessage>> claim(QSqlDatabase &db, int limit, int leaseSeconds);
// Settle the claim that set `attempts` (PushMessage::attempts): false when the row was
// claimed again since (a lease that ran out) or is settled already, and nothing changed.
DbResult<bool> markSent(QSqlDatabase &db, qint64 id, int attempts);
DbResult<bool> retryLater(QSqlDatabase &db, qint64 id, int attempts, int delaySeconds,
                          const QString &error);
DbResult<bool> markFailed(QSqlDatabase &db, qint64 id, int attempts, const QString &error);
// Gives up at most `batch` rows still unsent `maxAgeSeconds` after their event (a push
// about a state that long gone misleads more than it helps); returns (tenant, count).
DbResult<QList<QPair<QString, int>>> dropStale(QSqlDatabase &db, int maxAgeSeconds, int batch);

// Queued callbacks with pushes that have not had their "about to be called" push,
// queue heads first.
DbResult<QList<PushWatch>> watched(QSqlDatabase &db, int limit);
// Adds the "about to be called" push of a callback still QUEUED, once per target.
DbResult<int> addAboutToBeCalled(QSqlDatabase &db, const QString &callbackId, int ewt);

} // namespace PushOutboxRecords

} // namespace ges
