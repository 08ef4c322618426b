#include "CallbackLifecycle.h"
#include "StoreErrors.h"
#include "integrations/OrsAnnouncer.h"
#include "ops/Log.h"
#include "ops/Metrics.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"
#include "store/CallbackCache.h"
#include "store/CallbackRecords.h"
#include "store/GroupCommitWriter.h"
#include "store/ServiceRecords.h"
#include "store/SqlReaderPool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ges {

namespace {
constexpr qint64 kRetentionDays = 14; // DESIGN.md §3: kept 14 days after the desired time

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
                                     CallbackCache &cache, OrsAnnouncer &announcer,
                                     Metrics &metrics, QObject *parent)
    : QObject(parent), m_reader(reader), m_writer(writer), m_cache(cache), m_announcer(announcer),
      m_metrics(metrics)
{
}

void CallbackLifecycle::create(const Caller &caller, const CreateCallbackRequest &request,
                               OutcomeHandler done)
{
    if (request.desiredTime.isValid()) {
        done(ApiError{501,
                      errc::NotImplemented,
                      QStringLiteral("scheduled callbacks (desiredTime) are not available in this "
                                     "version yet; omit desiredTime for an immediate callback"),
                      {},
                      0});
        return;
    }
    const QString tenant = caller.tenant;
    const QString serviceName = request.serviceName;
    m_reader.run<std::optional<ServiceConfig>>(
        this,
        [tenant, serviceName](QSqlDatabase &db) {
            return ServiceRecords::find(db, tenant, serviceName);
        },
        [this, caller, request, done](const DbResult<std::optional<ServiceConfig>> &service) {
            if (!service.ok())
                return done(toApiError(service.error(), caller.corrId));
            if (!service.value())
                return done(ApiError::notFound(
                    errc::ServiceNotFound,
                    QStringLiteral("no callback service named \"%1\"").arg(request.serviceName)));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            Callback cb;
            cb.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            cb.tenant = caller.tenant;
            cb.serviceName = request.serviceName;
            cb.phoneNumber = request.phoneNumber;
            cb.state = CallbackState::Queued;
            cb.desiredTime = now;
            cb.createdAt = now;
            cb.updatedAt = now;
            cb.expiresAt = now.addDays(kRetentionDays);
            cb.priority = request.priority;
            cb.userData = request.userData;
            cb.parameters = request.parameters;
            store(caller, cb, service.value()->virtualQueue, done);
        });
}

void CallbackLifecycle::store(const Caller &caller, const Callback &cb, const QString &virtualQueue,
                              OutcomeHandler done)
{
    const QString actor = caller.actor;
    m_writer.submit<Done>(
        this, [cb, actor](QSqlDatabase &db) { return CallbackRecords::insert(db, cb, actor); },
        [this, caller, cb, virtualQueue, done](const DbResult<Done> &committed) {
            if (!committed.ok())
                return done(toApiError(committed.error(), caller.corrId));
            m_metrics.inc(
                "ges_callbacks_created",
                {{"tenant", cb.tenant}, {"service", cb.serviceName}, {"type", "IMMEDIATE"}});
            log::info("domain", QStringLiteral("callback created"),
                      {{"callbackId", cb.id},
                       {"tenant", cb.tenant},
                       {"service", cb.serviceName},
                       {"corrId", caller.corrId}});
            const QString id = cb.id;
            const QString corrId = caller.corrId;
            m_announcer.announce(cb, virtualQueue, [this, id, corrId](bool ok) {
                if (!ok) {
                    // Left with announced_at NULL; re-announcing from that is the outbox's job.
                    log::warn("ors", QStringLiteral("announcing the callback failed"),
                              {{"callbackId", id}, {"corrId", corrId}});
                    return;
                }
                m_writer.submit<Done>(
                    this, [id](QSqlDatabase &db) { return CallbackRecords::markAnnounced(db, id); },
                    [](const DbResult<Done> &) {});
            });
            m_cache.put(cb, [this, cb, done](bool) {
                withQueueFacts(cb, [done](const Callback &live) {
                    QJsonObject data{{"id", live.id},
                                     {"desiredTime", isotime::format(live.desiredTime)},
                                     {"callbackState", toString(live.state)}};
                    if (live.positionInQueue)
                        data.insert("positionInQueue", *live.positionInQueue);
                    if (live.estimatedWaitTime)
                        data.insert("estimatedWaitTime", *live.estimatedWaitTime);
                    done(data);
                });
            });
        });
}

void CallbackLifecycle::withQueueFacts(Callback cb, std::function<void(const Callback &)> done)
{
    if (!isWaiting(cb.state))
        return done(cb);
    m_cache.position(cb, [cb, done](std::optional<int> position) mutable {
        cb.positionInQueue = position;
        // No completion rate is known yet: -1 means unknown (API.md §3). The EWT model
        // arrives with the lifecycle issue.
        cb.estimatedWaitTime = -1;
        done(cb);
    });
}

void CallbackLifecycle::retrieveById(const Caller &caller, const QString &id, OutcomeHandler done)
{
    const QString tenant = caller.tenant;
    const QString corrId = caller.corrId;
    if (!isUuid(id))
        return done(callbackNotFound(id));
    // The working set first; PostgreSQL when Redis does not have it (or is down).
    m_cache.get(id, [this, tenant, corrId, id, done](std::optional<Callback> cached) {
        if (cached && cached->tenant == tenant)
            return withQueueFacts(*cached, [done](const Callback &cb) { done(cb.toJson()); });
        m_reader.run<std::optional<Callback>>(
            this,
            [tenant, id](QSqlDatabase &db) { return CallbackRecords::findById(db, tenant, id); },
            [this, id, corrId, done](const DbResult<std::optional<Callback>> &found) {
                if (!found.ok())
                    return done(toApiError(found.error(), corrId));
                if (!found.value())
                    return done(callbackNotFound(id));
                withQueueFacts(*found.value(), [done](const Callback &cb) { done(cb.toJson()); });
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

void CallbackLifecycle::cancel(const Caller &caller, const QString &id, OutcomeHandler done)
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
        done);
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
                                    OutcomeHandler done)
{
    if (caller.tenant.isEmpty() && !caller.anyTenant)
        return done(callbackNotFound(id)); // no tenant, no callbacks
    const QString tenant = caller.tenant;
    const bool anyTenant = caller.anyTenant;
    const QString actor = caller.actor;
    const QString corrId = caller.corrId;
    m_writer.submit<CallbackRecords::Transition>(
        this,
        [tenant, anyTenant, id, from, to, reason, actor](QSqlDatabase &db) {
            return CallbackRecords::transition(db, tenant, anyTenant, id, from, to, reason, actor);
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
            m_cache.put(*t.callback);
            onMoved(*t.callback);
        });
}

} // namespace ges
