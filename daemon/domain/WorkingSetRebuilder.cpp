#include "WorkingSetRebuilder.h"
#include "ops/Log.h"
#include "store/CallbackCache.h"
#include "store/DispatchRecords.h"
#include "store/DueIndex.h"
#include "store/RedisKeys.h"
#include "store/SqlReaderPool.h"

#include <QUuid>

namespace ges {

namespace {
constexpr int kPage = 5000;
constexpr int kLeaseMs = 120000;
} // namespace

WorkingSetRebuilder::WorkingSetRebuilder(RedisClient &redis, SqlReaderPool &reader, DueIndex &due,
                                         CallbackCache &cache, const QString &node, QObject *parent)
    : QObject(parent), m_redis(redis), m_reader(reader), m_due(due), m_cache(cache),
      m_lease(redis, "rebuild", node)
{
    connect(&m_timer, &QTimer::timeout, this, &WorkingSetRebuilder::check);
}

void WorkingSetRebuilder::start(int intervalMs)
{
    m_timer.start(intervalMs);
    QTimer::singleShot(0, this, &WorkingSetRebuilder::check);
}

void WorkingSetRebuilder::stopWhenIdle(std::function<void()> idle)
{
    m_timer.stop();
    m_round.stopWhenIdle(std::move(idle));
}

void WorkingSetRebuilder::check()
{
    if (!m_round.begin())
        return;
    m_redis.command({"GET", rediskeys::generation}, [this](const RedisReply &r) {
        // present, or Redis is down: nothing to do now
        if (!r.isNil() || m_round.stopped())
            return m_round.end();
        m_lease.acquire(kLeaseMs, [this](bool held) {
            if (!held || m_round.stopped())
                return m_round.end();
            log::warn("rebuild", QStringLiteral("the Redis working set is missing; rebuilding "
                                                "it from PostgreSQL"));
            rebuildScheduled({}, 0);
        });
    });
}

void WorkingSetRebuilder::rebuildScheduled(const QString &afterId, int count)
{
    m_reader.run<QList<QPair<QString, QDateTime>>>(
        this,
        [afterId](QSqlDatabase &db) { return DispatchRecords::scheduledAfter(db, afterId, kPage); },
        [this, count](const DbResult<QList<QPair<QString, QDateTime>>> &page) {
            if (!page.ok())
                return fail(page.error().message);
            const auto entries = page.value();
            m_due.addMany(entries, [this, entries, count](bool ok) {
                if (!ok)
                    return fail(QStringLiteral("Redis refused the schedule index"));
                if (m_round.stopped())
                    return cutShort();
                const int total = count + int(entries.size());
                if (entries.size() == kPage) {
                    m_lease.acquire(kLeaseMs, [](bool) {});
                    return rebuildScheduled(entries.constLast().first, total);
                }
                rebuildQueued({}, total, 0);
            });
        });
}

void WorkingSetRebuilder::rebuildQueued(const QString &afterId, int scheduled, int count)
{
    m_reader.run<QList<Callback>>(
        this,
        [afterId](QSqlDatabase &db) { return DispatchRecords::queuedAfter(db, afterId, kPage); },
        [this, scheduled, count](const DbResult<QList<Callback>> &page) {
            if (!page.ok())
                return fail(page.error().message);
            if (m_round.stopped())
                return cutShort();
            for (const Callback &cb : page.value())
                m_cache.putFirst(cb); // keeps its place: the queue score is its enqueue time
            const int total = count + int(page.value().size());
            if (page.value().size() == kPage)
                return rebuildQueued(page.value().constLast().id, scheduled, total);
            const QByteArray marker = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            m_redis.command({"SET", rediskeys::generation, marker},
                            [this, scheduled, total](const RedisReply &r) {
                                if (r.isError())
                                    return fail(QString::fromUtf8(r.text));
                                log::info("rebuild", QStringLiteral("working set rebuilt"),
                                          {{"scheduled", QString::number(scheduled)},
                                           {"queued", QString::number(total)}});
                                m_lease.release();
                                m_round.end();
                                Q_EMIT rebuilt(scheduled, total);
                            });
        });
}

void WorkingSetRebuilder::fail(const QString &why)
{
    log::warn("rebuild", QStringLiteral("rebuilding the working set failed; tried again"),
              {{"error", why}});
    m_lease.release();
    m_round.end();
}

void WorkingSetRebuilder::cutShort()
{
    // Shutting down: what was written stays (adding again is harmless); the missing marker
    // makes the next holder of the lease rebuild it all. The lease goes back with the
    // others (BackgroundWork::release), now that no round is busy.
    log::info("rebuild", QStringLiteral("rebuilding the working set left unfinished: shutting "
                                        "down; another node rebuilds it"));
    m_round.end();
}

} // namespace ges
