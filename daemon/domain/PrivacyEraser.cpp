#include "PrivacyEraser.h"
#include "StoreErrors.h"
#include "ops/Log.h"
#include "store/AuditRecords.h"
#include "store/CallbackCache.h"
#include "store/DueIndex.h"
#include "store/GroupCommitWriter.h"
#include "store/PrivacyRecords.h"
#include "store/RedisClient.h"
#include "store/RedisKeys.h"
#include "store/SqlReaderPool.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>

namespace ges {

namespace {
QJsonObject resultOf(const QStringList &ids, bool dryRun)
{
    return {{"erased", int(ids.size())},
            {"callbackIds", QJsonArray::fromStringList(ids)},
            {"dryRun", dryRun}};
}
} // namespace

QString PrivacyEraser::digestOf(const QString &phone)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(phone.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void PrivacyEraser::erase(const Caller &caller, const QString &phone, const QStringList &tenants,
                          const QString &auditTenant, bool dryRun, OutcomeHandler done)
{
    if (dryRun)
        return m.reader.run<QList<ErasableCallback>>(
            this,
            [phone, tenants](QSqlDatabase &db) {
                return PrivacyRecords::findByPhone(db, phone, tenants, false);
            },
            [caller, done](const DbResult<QList<ErasableCallback>> &found) {
                if (!found.ok())
                    return done(toApiError(found.error(), caller.corrId));
                QStringList ids;
                for (const ErasableCallback &cb : found.value())
                    ids << cb.id;
                done(resultOf(ids, true));
            });
    m.writer.submit<QList<ErasableCallback>>(
        this,
        [caller, phone, tenants,
         auditTenant](QSqlDatabase &db) -> DbResult<QList<ErasableCallback>> {
            auto found = PrivacyRecords::findByPhone(db, phone, tenants, true);
            if (!found.ok())
                return found;
            auto erased = PrivacyRecords::erase(db, found.value(), phone, tenants);
            if (!erased.ok())
                return erased.error();
            AuditEntry entry;
            entry.actor = caller.actor;
            entry.tenant = auditTenant;
            entry.action = QStringLiteral("gdpr.erase");
            entry.details = {{"count", int(found.value().size())},
                             {"phoneSha256", digestOf(phone)},
                             {"tenants", tenants.isEmpty() ? QJsonValue(QStringLiteral("*"))
                                                           : QJsonArray::fromStringList(tenants)}};
            entry.corrId = caller.corrId;
            auto audited = AuditRecords::append(db, entry);
            if (!audited.ok())
                return audited.error();
            return found;
        },
        [this, caller, phone, done](const DbResult<QList<ErasableCallback>> &erased) {
            if (!erased.ok())
                return done(toApiError(erased.error(), caller.corrId));
            QStringList ids;
            QList<QStringList> keys; // tenant, service, id
            for (const ErasableCallback &cb : erased.value()) {
                ids << cb.id;
                keys << QStringList{cb.tenant, cb.service, cb.id};
            }
            log::info("admin", QStringLiteral("gdpr erase"),
                      {{"corrId", caller.corrId},
                       {"actor", caller.actor},
                       {"count", QString::number(ids.size())}});
            forget(caller, phone, ids, keys, done);
        });
}

void PrivacyEraser::forget(const Caller &caller, const QString &phone, const QStringList &ids,
                           const QList<QStringList> &keys, OutcomeHandler done)
{
    QSet<QString> tenants;
    for (const QStringList &k : keys) {
        m.cache.forget(k.at(0), k.at(1), k.at(2));
        tenants.insert(k.at(0));
    }
    for (const QString &id : ids)
        m.due.remove(id);
    m.due.release(ids);
    // The per-number rate-limit counters (CallbackCreator) name the number in their key:
    // drop the current and the previous hourly window. Sent last: Redis answers in order,
    // so its reply means every command above has been applied too.
    QList<QByteArray> del{"DEL"};
    const qint64 window = QDateTime::currentSecsSinceEpoch() / 3600;
    for (const QString &tenant : tenants)
        for (qint64 w : {window, window - 1})
            del << rediskeys::rateLimit("number", tenant + u'/' + phone, w);
    if (del.size() == 1)
        del << rediskeys::rateLimit("number", u'/' + phone, window); // nothing: a no-op DEL
    m.redis.command(del, [caller, ids, done](const RedisReply &r) {
        QJsonObject result = resultOf(ids, false);
        result.insert("workingSetCleared", !r.isError());
        if (r.isError()) // the SQL is committed; Redis entries expire with their callbacks
            log::error("admin", QStringLiteral("gdpr erase: Redis not cleared"),
                       {{"corrId", caller.corrId}, {"error", QString::fromUtf8(r.text)}});
        done(result);
    });
}

} // namespace ges
