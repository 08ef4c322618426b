#include "PushEwtWatcher.h"
#include "WaitEstimator.h"
#include "ops/Log.h"
#include "shared/Callback.h"
#include "store/CallbackCache.h"
#include "store/GroupCommitWriter.h"
#include "store/PushOutboxRecords.h"
#include "store/SqlReaderPool.h"

#include <memory>

namespace ges {

PushEwtWatcher::PushEwtWatcher(RedisClient &redis, SqlReaderPool &reader, GroupCommitWriter &writer,
                               CallbackCache &cache, WaitEstimator &estimator, const QString &node,
                               QObject *parent)
    : QObject(parent), m_reader(reader), m_writer(writer), m_cache(cache), m_estimator(estimator),
      m_lease(redis, "push-ewt", node)
{
    connect(&m_timer, &QTimer::timeout, this, &PushEwtWatcher::round);
}

void PushEwtWatcher::start(int intervalMs)
{
    m_intervalMs = intervalMs;
    m_timer.start(intervalMs);
}

void PushEwtWatcher::stopWhenIdle(std::function<void()> idle)
{
    m_timer.stop();
    m_round.stopWhenIdle(std::move(idle));
}

void PushEwtWatcher::round()
{
    if (!m_round.begin())
        return;
    // The read comes first and the lease only when there is something to watch: an idle
    // node then costs Redis nothing every 5 s (docs/performance.md, idle commands).
    m_reader.run<QList<PushWatch>>(
        this, [](QSqlDatabase &db) { return PushOutboxRecords::watched(db, kBatch); },
        [this](const DbResult<QList<PushWatch>> &watched) {
            if (!watched.ok() || watched.value().isEmpty() || m_round.stopped())
                return m_round.end();
            // Held a little longer than a round, so the holder keeps it while it is alive.
            m_lease.acquire(m_intervalMs * 3, [this, watched = watched.value()](bool held) {
                if (!held || m_round.stopped())
                    return m_round.end();
                check(watched);
            });
        });
}

void PushEwtWatcher::check(const QList<PushWatch> &watched)
{
    struct Round
    {
        int pending = 0;
        QList<QPair<QString, int>> due; // callback id, EWT
    };
    auto round = std::make_shared<Round>();
    round->pending = int(watched.size());
    for (const PushWatch &w : watched) {
        Callback cb;
        cb.id = w.callbackId;
        cb.tenant = w.tenant;
        cb.serviceName = w.serviceName;
        auto finish = [this, round] {
            if (--round->pending == 0)
                add(round->due);
        };
        m_cache.position(cb, [this, w, round, finish](std::optional<int> position) {
            if (!position)
                return finish(); // Redis cannot say now: the next round will
            m_estimator.forPosition(w.tenant, w.serviceName, *position,
                                    [w, round, finish](const WaitEstimator::Estimate &e) {
                                        if (e.seconds >= 0 && e.seconds <= w.threshold)
                                            round->due.append({w.callbackId, e.seconds});
                                        finish();
                                    });
        });
    }
}

void PushEwtWatcher::add(const QList<QPair<QString, int>> &due)
{
    if (due.isEmpty() || m_round.stopped())
        return m_round.end();
    m_writer.submit<int>(
        this,
        [due](QSqlDatabase &db) -> DbResult<int> {
            int added = 0;
            for (const auto &[id, ewt] : due) {
                auto one = PushOutboxRecords::addAboutToBeCalled(db, id, ewt);
                if (!one.ok())
                    return one.error();
                added += one.value();
            }
            return added;
        },
        [this, due](const DbResult<int> &added) {
            m_round.end();
            if (!added.ok())
                return log::warn("push",
                                 QStringLiteral("about-to-be-called pushes not added; "
                                                "tried again next round"),
                                 {{"error", added.error().message}});
            log::info("push", QStringLiteral("about-to-be-called pushes added"),
                      {{"callbacks", QString::number(due.size())},
                       {"pushes", QString::number(added.value())}});
        });
}

} // namespace ges
