#include "BulkCancel.h"
#include "AuditTrail.h"
#include "StoreErrors.h"
#include "ops/Log.h"
#include "ops/Metrics.h"
#include "shared/ErrorCodes.h"
#include "store/BulkCancelRecords.h"
#include "store/CallbackCache.h"
#include "store/DueIndex.h"
#include "store/GroupCommitWriter.h"
#include "store/SqlReaderPool.h"

#include <QJsonArray>
#include <QSet>

namespace ges {

namespace {
// What a store job decided: refused (too many matched), or the plan and what it cancelled.
struct Planned
{
    std::optional<ApiError> refused;
    BulkCancelRecords::Plan plan;
    QList<BulkCancelRecords::Cancelled> cancelled;
};

ApiError tooMany()
{
    return {422,
            errc::BulkLimitExceeded,
            QStringLiteral("the filter matches more than %1 callbacks; narrow it (service, "
                           "state, phone, from/to) and run it again")
                .arg(BulkCancel::kMaxMatched),
            {},
            0};
}

// The ids a request covers: its own, or those its filter matches (one more than the bound
// tells that the bound was passed).
DbResult<std::optional<QStringList>> idsOf(QSqlDatabase &db, const BulkCancel::Request &r)
{
    if (!r.filter)
        return std::optional<QStringList>(r.ids);
    CallbackQuery filter = *r.filter;
    filter.limit = BulkCancel::kMaxMatched;
    auto ids = BulkCancelRecords::matching(db, filter);
    if (!ids.ok())
        return ids.error();
    if (ids.value().size() > BulkCancel::kMaxMatched)
        return std::optional<QStringList>();
    return std::optional<QStringList>(ids.value());
}

QJsonArray skippedJson(const QList<BulkCancelRecords::Skipped> &skipped)
{
    QJsonArray list;
    for (const auto &s : skipped)
        list.append(QJsonObject{{"id", s.id}, {"reason", s.reason}});
    return list;
}
} // namespace

BulkCancel::BulkCancel(SqlReaderPool &reader, GroupCommitWriter &writer, CallbackCache &cache,
                       DueIndex &due, Metrics &metrics, QObject *parent)
    : QObject(parent), m_reader(reader), m_writer(writer), m_cache(cache), m_due(due),
      m_metrics(metrics)
{
}

void BulkCancel::run(const Caller &caller, Request request, OutcomeHandler done)
{
    if (request.filter) {
        request.filter->tenants = {request.tenant};
        // Without a state, a filter means the callbacks that can still be cancelled, not
        // the finished history of the tenant.
        if (request.filter->states.isEmpty())
            request.filter->states = {CallbackState::Scheduled, CallbackState::Queued,
                                      CallbackState::Routing};
    }
    request.ids.removeDuplicates();
    if (request.dryRun)
        dryRun(caller, request, done);
    else
        cancel(caller, request, done);
}

void BulkCancel::dryRun(const Caller &caller, const Request &request, OutcomeHandler done)
{
    m_reader.run<Planned>(
        this,
        [request](QSqlDatabase &db) -> DbResult<Planned> {
            auto ids = idsOf(db, request);
            if (!ids.ok())
                return ids.error();
            if (!ids.value())
                return Planned{tooMany(), {}, {}};
            auto plan = BulkCancelRecords::plan(db, request.tenant, *ids.value(), false);
            if (!plan.ok())
                return plan.error();
            return Planned{std::nullopt, plan.value(), {}};
        },
        [caller, done](const DbResult<Planned> &result) {
            if (!result.ok())
                return done(toApiError(result.error(), caller.corrId));
            if (result.value().refused)
                return done(*result.value().refused);
            const auto &plan = result.value().plan;
            done(QJsonObject{{"dryRun", true},
                             {"wouldCancel", int(plan.cancel.size())},
                             {"ids", QJsonArray::fromStringList(plan.cancel)},
                             {"skipped", skippedJson(plan.skipped)}});
        });
}

void BulkCancel::cancel(const Caller &caller, const Request &request, OutcomeHandler done)
{
    m_writer.submit<Planned>(
        this,
        [request, caller](QSqlDatabase &db) -> DbResult<Planned> {
            auto ids = idsOf(db, request);
            if (!ids.ok())
                return ids.error();
            if (!ids.value())
                return Planned{tooMany(), {}, {}};
            auto plan = BulkCancelRecords::plan(db, request.tenant, *ids.value(), true);
            if (!plan.ok())
                return plan.error();
            const AuditEntry audit =
                auditEntry(caller, QStringLiteral("callback.bulk-cancel"), request.tenant, {},
                           {{"canceled", int(plan.value().cancel.size())},
                            {"skipped", int(plan.value().skipped.size())},
                            {"by", request.filter ? "filter" : "ids"}});
            auto cancelled = BulkCancelRecords::cancel(db, request.tenant, plan.value().cancel,
                                                       caller.actor, audit);
            if (!cancelled.ok())
                return cancelled.error();
            return Planned{std::nullopt, plan.value(), cancelled.value()};
        },
        [this, caller, request, done](const DbResult<Planned> &result) {
            if (!result.ok())
                return done(toApiError(result.error(), caller.corrId));
            if (result.value().refused)
                return done(*result.value().refused);
            QSet<QString> cancelled;
            for (const auto &c : result.value().cancelled) {
                m_cache.put(c.callback);
                if (c.from == CallbackState::Scheduled)
                    m_due.remove(c.callback.id);
                m_metrics.inc("ges_callbacks_canceled", {{"tenant", c.callback.tenant}});
                cancelled.insert(c.callback.id);
            }
            QStringList ids; // in the order of the plan, as the dry run lists them
            for (const QString &id : result.value().plan.cancel)
                if (cancelled.contains(id))
                    ids << id;
            log::info("domain", QStringLiteral("bulk cancel"),
                      {{"tenant", request.tenant},
                       {"canceled", QString::number(ids.size())},
                       {"corrId", caller.corrId}});
            done(QJsonObject{{"dryRun", false},
                             {"canceled", int(ids.size())},
                             {"ids", QJsonArray::fromStringList(ids)},
                             {"skipped", skippedJson(result.value().plan.skipped)}});
        });
}

} // namespace ges
