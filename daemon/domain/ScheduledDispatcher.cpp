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
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ScheduledDispatcher::tick);
    m_due.setOnAdded([this](const QDateTime &due) { wakeAt(due.toMSecsSinceEpoch()); });
}

ScheduledDispatcher::~ScheduledDispatcher()
{
    m_due.setOnAdded({});
}

void ScheduledDispatcher::start(int peekMs)
{
    m_peekMs = peekMs;
    m_timer.start(0);
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
    // One batch at a time per node: the next look waits for this one's outcome.
    if (m_busy || m_stopped)
        return;
    m_busy = true;
    // Entries added from now on are seen by the look below or wake us again.
    m_wakeAtMs = std::numeric_limits<qint64>::max();
    m_due.peek([this](const DueIndex::Peek &peek) {
        if (!peek.answered) {
            finished(false);
            return sleepUntil(QDateTime::currentMSecsSinceEpoch() + m_peekMs);
        }
        if (!peek.complete)
            Q_EMIT workingSetMissing();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (peek.nextClaimEndMs >= 0 && peek.nextClaimEndMs <= now) {
            // A node died with claims in hand: they are due again, at once.
            return m_due.reclaimExpired(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC),
                                        [this, now](int returned) {
                                            if (returned > 0)
                                                log::warn("dispatch",
                                                          QStringLiteral("claims of a stopped "
                                                                         "node returned"),
                                                          {{"count", QString::number(returned)}});
                                            claimDue(now);
                                        });
        }
        if (peek.nextDueMs >= 0 && peek.nextDueMs <= now)
            return claimDue(now);
        finished(false);
        qint64 next = now + m_peekMs;
        for (const qint64 at : {peek.nextDueMs, peek.nextClaimEndMs})
            if (at >= 0)
                next = std::min(next, at);
        sleepUntil(next);
    });
}

void ScheduledDispatcher::claimDue(qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    m_due.claim(now, kBatch, kLeaseMs, [this, now](const QStringList &ids) {
        if (ids.isEmpty()) {
            // Another node was faster; look again a little later, not in a loop.
            finished(false);
            return sleepUntil(QDateTime::currentMSecsSinceEpoch() + 1000);
        }
        m_held = ids;
        m_heldUntil = now.addMSecs(kLeaseMs);
        dispatch(ids);
    });
}

void ScheduledDispatcher::wakeAt(qint64 atMs)
{
    m_wakeAtMs = std::min(m_wakeAtMs, atMs);
    if (!m_busy)
        sleepUntil(atMs);
}

void ScheduledDispatcher::sleepUntil(qint64 atMs)
{
    if (m_stopped)
        return;
    const qint64 at = std::min(atMs, m_wakeAtMs);
    const qint64 delay = std::max<qint64>(0, at - QDateTime::currentMSecsSinceEpoch());
    // Only ever earlier: a later wish must not postpone a wake-up already set.
    if (m_timer.isActive() && m_timer.remainingTime() <= delay)
        return;
    m_timer.start(int(std::min<qint64>(delay, m_peekMs)));
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
                m_cache.putFirst(r.callback); // a SCHEDULED callback has no copy yet
                items.append({r.callback, r.virtualQueue});
            }
            if (!items.isEmpty())
                log::info("dispatch", QStringLiteral("scheduled callbacks queued"),
                          {{"count", QString::number(items.size())}});
            m_announcer.announce(items, QStringLiteral("dispatcher"), [this, ids](int) {
                m_due.release(ids);
                m_held.clear();
                finished(true);
            });
        });
}

void ScheduledDispatcher::finished(bool more)
{
    m_busy = false;
    if (m_whenIdle)
        return std::exchange(m_whenIdle, {})();
    if (m_stopped)
        return;
    // After a batch, look again at once: a full batch has more behind it, and otherwise
    // the look finds the next due time to sleep until. After a failure, the next look.
    if (more)
        m_timer.start(0);
    else if (!m_timer.isActive())
        m_timer.start(m_peekMs);
}

} // namespace ges
