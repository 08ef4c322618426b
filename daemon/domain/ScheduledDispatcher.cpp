#include "ScheduledDispatcher.h"
#include "CallbackAnnouncer.h"
#include "ops/Log.h"
#include "store/CallbackCache.h"
#include "store/DispatchRecords.h"
#include "store/DueIndex.h"
#include "store/GroupCommitWriter.h"

namespace ges {

ScheduledDispatcher::ScheduledDispatcher(DueIndex &due, GroupCommitWriter &writer,
                                         CallbackCache &cache, CallbackAnnouncer &announcer,
                                         QObject *parent)
    : QObject(parent), m_due(due), m_writer(writer), m_cache(cache), m_announcer(announcer)
{
    connect(&m_timer, &QTimer::timeout, this, &ScheduledDispatcher::tick);
}

void ScheduledDispatcher::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void ScheduledDispatcher::stop()
{
    m_stopped = true;
    m_timer.stop();
}

void ScheduledDispatcher::stopWhenIdle(std::function<void()> done)
{
    stop();
    if (!m_busy)
        return done();
    m_whenIdle = std::move(done);
}

void ScheduledDispatcher::returnClaims(std::function<void(int)> done)
{
    const QStringList held = std::exchange(m_held, {});
    m_due.returnClaims(held, m_heldUntil, std::move(done));
}

void ScheduledDispatcher::tick()
{
    // One batch at a time per node: the next claim waits for this one's outcome.
    if (m_busy || m_stopped)
        return;
    m_busy = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (++m_ticks % 5 == 0)
        m_due.reclaimExpired(now, [](int returned) {
            if (returned > 0)
                log::warn("dispatch", QStringLiteral("claims of a stopped node returned"),
                          {{"count", QString::number(returned)}});
        });
    m_due.claim(now, kBatch, kLeaseMs, [this, now](const QStringList &ids) {
        if (ids.isEmpty())
            return finished(false);
        m_held = ids;
        m_heldUntil = now.addMSecs(kLeaseMs);
        dispatch(ids);
    });
}

void ScheduledDispatcher::dispatch(const QStringList &ids)
{
    m_writer.submit<QList<DispatchRecords::Routed>>(
        this, [ids](QSqlDatabase &db) { return DispatchRecords::dispatch(db, ids); },
        [this, ids](const DbResult<QList<DispatchRecords::Routed>> &moved) {
            if (!moved.ok()) {
                // The claims stay; their lease ends and they are tried again.
                log::warn(
                    "dispatch", QStringLiteral("dispatching failed; retried later"),
                    {{"count", QString::number(ids.size())}, {"error", moved.error().message}});
                return finished(false);
            }
            QList<CallbackAnnouncer::Item> items;
            for (const DispatchRecords::Routed &r : moved.value()) {
                m_cache.put(r.callback);
                items.append({r.callback, r.virtualQueue});
            }
            if (!items.isEmpty())
                log::info("dispatch", QStringLiteral("scheduled callbacks queued"),
                          {{"count", QString::number(items.size())}});
            m_announcer.announce(items, QStringLiteral("dispatcher"), [this, ids](int) {
                m_due.release(ids);
                m_held.clear();
                finished(ids.size() == kBatch);
            });
        });
}

void ScheduledDispatcher::finished(bool more)
{
    m_busy = false;
    if (m_whenIdle)
        return std::exchange(m_whenIdle, {})();
    if (more && !m_stopped)
        QTimer::singleShot(0, this, &ScheduledDispatcher::tick);
}

} // namespace ges
