#include "Housekeeping.h"
#include "CallInRegistry.h"
#include "CallbackAnnouncer.h"
#include "ops/Log.h"
#include "store/CallInRequestRecords.h"
#include "store/CallbackCache.h"
#include "store/DispatchRecords.h"
#include "store/DueIndex.h"
#include "store/GroupCommitWriter.h"
#include "store/SqlReaderPool.h"

namespace ges {

namespace {
constexpr int kLeaseMs = 120000;
constexpr int kPurgeBatch = 1000;
} // namespace

Housekeeping::Housekeeping(RedisClient &redis, SqlReaderPool &reader, GroupCommitWriter &writer,
                           DueIndex &due, CallbackCache &cache, CallbackAnnouncer &announcer,
                           const QString &node, QObject *parent)
    : QObject(parent), m_reader(reader), m_writer(writer), m_due(due), m_cache(cache),
      m_announcer(announcer), m_lease(redis, "housekeeping", node)
{
    connect(&m_timer, &QTimer::timeout, this, &Housekeeping::round);
}

void Housekeeping::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void Housekeeping::stopWhenIdle(std::function<void()> idle)
{
    m_timer.stop();
    m_round.stopWhenIdle(std::move(idle));
}

void Housekeeping::round()
{
    if (!m_round.begin())
        return;
    m_lease.hold(kLeaseMs, [this](bool held) {
        if (!held || m_round.stopped())
            return m_round.end();
        sweep();
    });
}

void Housekeeping::sweep()
{
    m_reader.run<QList<QPair<QString, QDateTime>>>(
        this, [](QSqlDatabase &db) { return DispatchRecords::overdue(db, kOverdueSeconds, 5000); },
        [this](const DbResult<QList<QPair<QString, QDateTime>>> &overdue) {
            if (!overdue.ok() || m_round.stopped())
                return finish(0, 0, 0);
            const int swept = int(overdue.value().size());
            if (swept > 0)
                log::warn("housekeeping",
                          QStringLiteral("overdue scheduled callbacks indexed "
                                         "again"),
                          {{"count", QString::number(swept)}});
            m_due.addMany(overdue.value(), [this, swept](bool) { outbox(swept); });
        });
}

void Housekeeping::outbox(int swept)
{
    m_reader.run<QList<DispatchRecords::Routed>>(
        this,
        [](QSqlDatabase &db) { return DispatchRecords::unannounced(db, kUnannouncedSeconds, 500); },
        [this, swept](const DbResult<QList<DispatchRecords::Routed>> &pending) {
            if (m_round.stopped())
                return finish(swept, 0, 0);
            if (!pending.ok() || pending.value().isEmpty())
                return purge(swept, 0, 0);
            QList<CallbackAnnouncer::Item> items;
            for (const auto &r : pending.value())
                items.append({r.callback, r.virtualQueue});
            m_announcer.announce(items, QStringLiteral("outbox"), [this, swept](int announced) {
                log::info("housekeeping", QStringLiteral("unannounced callbacks announced"),
                          {{"count", QString::number(announced)}});
                purge(swept, announced, 0);
            });
        });
}

void Housekeeping::purge(int swept, int announced, int purged)
{
    if (m_round.stopped())
        return finish(swept, announced, purged);
    m_writer.submit<QList<Callback>>(
        this, [](QSqlDatabase &db) { return DispatchRecords::purgeExpired(db, kPurgeBatch); },
        [this, swept, announced, purged](const DbResult<QList<Callback>> &deleted) {
            if (!deleted.ok())
                return finish(swept, announced, purged);
            for (const Callback &cb : deleted.value()) {
                m_cache.forget(cb.tenant, cb.serviceName, cb.id);
                if (cb.state == CallbackState::Scheduled)
                    m_due.remove(cb.id);
            }
            const int total = purged + int(deleted.value().size());
            if (deleted.value().size() == kPurgeBatch || m_round.stopped())
                return purge(swept, announced, total);
            m_writer.submit<Done>(
                this,
                [](QSqlDatabase &db) {
                    const auto purged = DispatchRecords::purgeAuxiliary(db);
                    if (!purged.ok())
                        return purged;
                    return CallInRequestRecords::retireAndPurge(db, kPurgeBatch,
                                                                CallInRegistry::kPurgeAfterDays);
                },
                [this, swept, announced, total](const DbResult<Done> &) {
                    if (total > 0)
                        log::info("housekeeping", QStringLiteral("expired callbacks purged"),
                                  {{"count", QString::number(total)}});
                    finish(swept, announced, total);
                });
        });
}

void Housekeeping::finish(int swept, int announced, int purged)
{
    m_round.end();
    Q_EMIT roundDone(swept, announced, purged);
}

} // namespace ges
