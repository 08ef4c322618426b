#include "CallbackLifecycle.h"
#include "StoreErrors.h"
#include "WaitEstimator.h"
#include "ops/Log.h"
#include "ops/Metrics.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"
#include "store/CallbackCache.h"
#include "store/CallbackRecords.h"
#include "store/DueIndex.h"
#include "store/GroupCommitWriter.h"
#include "store/SqlReaderPool.h"
#include "store/ThroughputMeter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ges {

namespace {
ApiError callbackNotFound(const QString &id)
{
    return ApiError::notFound(errc::NotFound, QStringLiteral("no callback %1").arg(id));
}

bool isUuid(const QString &id)
{
    return !QUuid::fromString(id).isNull() && id.size() == 36;
}
} // namespace

CallbackLifecycle::CallbackLifecycle(SqlReaderPool &reader, GroupCommitWriter &writer,
                                     CallbackCache &cache, DueIndex &due, ThroughputMeter &meter,
                                     WaitEstimator &estimator, Metrics &metrics, QObject *parent)
    : QObject(parent), m_reader(reader), m_writer(writer), m_cache(cache), m_due(due),
      m_meter(meter), m_estimator(estimator), m_metrics(metrics)
{
}

void CallbackLifecycle::withQueueFacts(Callback cb, std::function<void(const Callback &)> done)
{
    if (cb.state == CallbackState::Routing || cb.state == CallbackState::Processing) {
        // Taken off the queue: being served now.
        cb.positionInQueue = 0;
        cb.estimatedWaitTime = 0;
        return done(cb);
    }
    if (cb.state != CallbackState::Queued)
        return done(cb);
    // Moved, not copied, from step to step: each step runs once, and a copy of a
    // std::function holding a lambda is a heap allocation (several per read request).
    m_cache.position(cb, [this, cb, done = std::move(done)](std::optional<int> position) mutable {
        if (!position)
            return done(cb); // Redis cannot say right now
        cb.positionInQueue = position;
        const QString tenant = cb.tenant;
        const QString service = cb.serviceName;
        m_estimator.forPosition(
            tenant, service, *position,
            [cb = std::move(cb), done = std::move(done)](const WaitEstimator::Estimate &e) mutable {
                cb.estimatedWaitTime = e.seconds;
                done(cb);
            });
    });
}

void CallbackLifecycle::retrieveById(const Caller &caller, const QString &id,
                                     CallbackOutcomeHandler done)
{
    const QString tenant = caller.tenant;
    const QString corrId = caller.corrId;
    if (!isUuid(id))
        return done(callbackNotFound(id));
    // The working set first; PostgreSQL when Redis does not have it (or is down).
    m_cache.get(id, [this, tenant, corrId, id,
                     done = std::move(done)](std::optional<Callback> cached) mutable {
        if (cached && cached->tenant == tenant)
            return withQueueFacts(std::move(*cached),
                                  [done = std::move(done)](const Callback &cb) { done(cb); });
        m_reader.run<std::optional<Callback>>(
            this,
            [tenant, id](QSqlDatabase &db) { return CallbackRecords::findById(db, tenant, id); },
            [this, id, corrId, done](const DbResult<std::optional<Callback>> &found) {
                if (!found.ok())
                    return done(toApiError(found.error(), corrId));
                if (!found.value())
                    return done(callbackNotFound(id));
                withQueueFacts(*found.value(), [done](const Callback &cb) { done(cb); });
            });
    });
}

void CallbackLifecycle::retrieveByPhone(const Caller &caller, const QString &phone,
                                        const QString &service, OutcomeHandler done)
{
    const QString tenant = caller.tenant;
    const QString corrId = caller.corrId;
    m_reader.run<QList<Callback>>(
        this,
        [tenant, phone, service](QSqlDatabase &db) {
            return CallbackRecords::findByPhone(db, tenant, phone, service);
        },
        [corrId, done](const DbResult<QList<Callback>> &found) {
            if (!found.ok())
                return done(toApiError(found.error(), corrId));
            QJsonArray list;
            for (const Callback &cb : found.value())
                list.append(cb.toJson());
            done(QJsonObject{{"callbacks", list}});
        });
}

void CallbackLifecycle::cancel(const Caller &caller, const QString &id, OutcomeHandler done,
                               std::optional<AuditEntry> audit)
{
    if (!isUuid(id))
        return done(callbackNotFound(id));
    // PROCESSING is connected to an agent: too late to cancel.
    const QList<CallbackState> cancellable{CallbackState::Scheduled, CallbackState::Queued,
                                           CallbackState::Routing};
    changeState(
        caller, id, cancellable, CallbackState::Completed, QString::fromLatin1(reason::Cancelled),
        [this, done](const Callback &cb) {
            m_metrics.inc("ges_callbacks_canceled", {{"tenant", cb.tenant}});
            done(QJsonObject{{"id", cb.id},
                             {"callbackState", toString(cb.state)},
                             {"callbackReason", cb.reason}});
        },
        done, std::move(audit));
}

void CallbackLifecycle::report(const Caller &caller, const QString &id, CallbackState state,
                               const QString &reason, OutcomeHandler done)
{
    if (!isUuid(id))
        return done(callbackNotFound(id));
    changeState(
        caller, id, allowedSources(state), state, reason,
        [this, done](const Callback &cb) {
            if (cb.state == CallbackState::Completed)
                m_metrics.inc("ges_callbacks_completed",
                              {{"tenant", cb.tenant}, {"outcome", cb.reason}});
            done(cb.toJson());
        },
        done);
}

void CallbackLifecycle::changeState(const Caller &caller, const QString &id,
                                    const QList<CallbackState> &from, CallbackState to,
                                    const QString &reason,
                                    std::function<void(const Callback &)> onMoved,
                                    OutcomeHandler done, std::optional<AuditEntry> audit)
{
    if (caller.tenant.isEmpty() && !caller.anyTenant)
        return done(callbackNotFound(id)); // no tenant, no callbacks
    const QString tenant = caller.tenant;
    const bool anyTenant = caller.anyTenant;
    const QString actor = caller.actor;
    const QString corrId = caller.corrId;
    m_writer.submit<CallbackRecords::Transition>(
        this,
        [tenant, anyTenant, id, from, to, reason, actor,
         audit](QSqlDatabase &db) -> DbResult<CallbackRecords::Transition> {
            auto moved =
                CallbackRecords::transition(db, tenant, anyTenant, id, from, to, reason, actor);
            if (!audit || !moved.ok() || !moved.value().moved)
                return moved;
            auto audited = AuditRecords::append(db, *audit);
            if (!audited.ok())
                return audited.error();
            return moved;
        },
        [this, id, to, reason, corrId, onMoved,
         done](const DbResult<CallbackRecords::Transition> &result) {
            if (!result.ok())
                return done(toApiError(result.error(), corrId));
            const auto &t = result.value();
            if (!t.callback)
                return done(callbackNotFound(id));
            if (!t.moved)
                return done(ApiError{
                    409,
                    errc::InvalidState,
                    QStringLiteral("callback %1 is %2%3 and cannot move to %4%5")
                        .arg(id, toString(t.callback->state),
                             t.callback->reason.isEmpty() ? QString()
                                                          : " (" + t.callback->reason + ")",
                             toString(to), reason.isEmpty() ? QString() : " (" + reason + ")"),
                    {},
                    0});
            const Callback &cb = *t.callback;
            // From ROUTING on, Redis holds only the retired mark written when the callback
            // stopped waiting: PROCESSING and COMPLETED have nothing to change there.
            if (!t.from || CallbackCache::keepsWhole(*t.from) ||
                CallbackCache::keepsWhole(cb.state))
                m_cache.put(cb);
            if (t.from == CallbackState::Scheduled)
                m_due.remove(cb.id);
            // Served: taken off the queue by the routing side (not cancelled).
            if (t.from == CallbackState::Queued &&
                (cb.state != CallbackState::Completed || cb.reason == reason::Connected))
                m_meter.record(cb.tenant, cb.serviceName, cb.updatedAt);
            onMoved(cb);
        });
}

} // namespace ges
