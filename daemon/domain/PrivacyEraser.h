#pragma once
#include "Caller.h"
#include "Outcome.h"

#include <QObject>
#include <QStringList>

namespace ges {

class SqlReaderPool;
class GroupCommitWriter;
class CallbackCache;
class DueIndex;
class RedisClient;

// The GDPR erase of a phone number (docs/admin-users.md "GDPR"): every callback of the
// number in the tenants given, with its history, slot booking and idempotency replay, in
// one transaction with one audit entry "gdpr.erase" (holding a SHA-256 of the number,
// never the number); then the working set in Redis forgets them.
class PrivacyEraser : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        SqlReaderPool &reader;
        GroupCommitWriter &writer;
        CallbackCache &cache;
        DueIndex &due;
        RedisClient &redis;
    };

    explicit PrivacyEraser(Parts parts, QObject *parent = nullptr) : QObject(parent), m(parts) {}

    // `phone` normalised; `tenants` empty = every tenant; `auditTenant` the one tenant asked
    // for, if any. {"erased", "callbackIds", "dryRun", "workingSetCleared"}.
    void erase(const Caller &caller, const QString &phone, const QStringList &tenants,
               const QString &auditTenant, bool dryRun, OutcomeHandler done);

    static QString digestOf(const QString &phone); // hex SHA-256, for the audit entry

private:
    void forget(const Caller &caller, const QString &phone, const QStringList &ids,
                const QList<QStringList> &keys, OutcomeHandler done);

    Parts m;
};

} // namespace ges
