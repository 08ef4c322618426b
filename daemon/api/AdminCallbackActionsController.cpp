#include "AdminCallbackActionsController.h"
#include "CallbackFilters.h"
#include "JsonBody.h"
#include "domain/BulkCancel.h"
#include "domain/CallbackEditor.h"
#include "domain/CallbackRescheduler.h"
#include "domain/CallbackSearch.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"

#include <QJsonArray>
#include <QUuid>

namespace ges {

void AdminCallbackActionsController::registerRoutes(Router &router)
{
    router.add({"PUT",
                paths::AdminCallbackUserData,
                AuthKind::Session,
                [this](const ExchangePtr &e) { replaceUserData(e); },
                {}});
    router.add({"POST",
                paths::AdminCallbackReschedule,
                AuthKind::Session,
                [this](const ExchangePtr &e) { reschedule(e); },
                {}});
    router.add({"POST",
                paths::AdminCallbacksBulkCancel,
                AuthKind::Session,
                [this](const ExchangePtr &e) { bulkCancel(e); },
                {}});
}

void AdminCallbackActionsController::replaceUserData(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    const QJsonValue userData = body->value("userData");
    if (userData.isUndefined())
        return exchange->replyError(
            ApiError::field(errc::MissingField, "userData", QStringLiteral("required")));
    if (!userData.isObject())
        return exchange->replyError(
            ApiError::field(errc::InvalidField, "userData", QStringLiteral("must be an object")));
    const QString id = exchange->pathParameter;
    const auto tenants = CallbackFilters::reachableTenants(m.access, exchange);
    if (!tenants)
        return exchange->replyError(CallbackSearch::notFound(id));
    m.editor.replaceUserData(
        callerOf(exchange), *tenants, id, userData.toObject(),
        [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

void AdminCallbackActionsController::reschedule(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    const QJsonValue desired = body->value("desiredTime");
    if (desired.isUndefined() || desired.isNull())
        return exchange->replyError(
            ApiError::field(errc::MissingField, "desiredTime", QStringLiteral("required")));
    const auto time = isotime::parse(desired.toString());
    if (!desired.isString() || !time)
        return exchange->replyError(
            ApiError::field(errc::InvalidField, "desiredTime",
                            QStringLiteral("must be an ISO-8601 time with an offset, e.g. "
                                           "2026-11-24T15:30:00.000Z")));
    const QString id = exchange->pathParameter;
    const auto tenants = CallbackFilters::reachableTenants(m.access, exchange);
    if (!tenants)
        return exchange->replyError(CallbackSearch::notFound(id));
    m.rescheduler.reschedule(
        callerOf(exchange), *tenants, id, *time,
        [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

void AdminCallbackActionsController::bulkCancel(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    BulkCancel::Request request;
    request.tenant = body->value("tenant").toString();
    if (!m.access.allowTenant(exchange, request.tenant))
        return;
    const QJsonValue dryRun = body->value("dryRun");
    if (!dryRun.isUndefined() && !dryRun.isBool())
        return exchange->replyError(
            ApiError::field(errc::InvalidField, "dryRun", QStringLiteral("true or false")));
    request.dryRun = dryRun.toBool(false);
    const QJsonValue ids = body->value("ids");
    const QJsonValue filter = body->value("filter");
    if (ids.isUndefined() == filter.isUndefined())
        return exchange->replyError({400,
                                     errc::MissingField,
                                     QStringLiteral("give either ids or filter"),
                                     {{"ids", QStringLiteral("ids or filter, not both")}},
                                     0});
    if (!ids.isUndefined()) {
        const QJsonArray list = ids.toArray();
        if (!ids.isArray() || list.isEmpty() || list.size() > BulkCancel::kMaxIds)
            return exchange->replyError(ApiError::field(
                errc::InvalidField, "ids",
                QStringLiteral("an array of 1 to %1 callback ids").arg(BulkCancel::kMaxIds)));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString id = list[i].toString();
            if (id.size() != 36 || QUuid::fromString(id).isNull())
                return exchange->replyError(ApiError::field(errc::InvalidField,
                                                            QStringLiteral("ids[%1]").arg(i),
                                                            QStringLiteral("not a callback id")));
            request.ids << id.toLower();
        }
    } else {
        if (!filter.isObject())
            return exchange->replyError(
                ApiError::field(errc::InvalidField, "filter", QStringLiteral("must be an object")));
        CallbackQuery query;
        if (auto error = CallbackFilters::read(filter.toObject(), query))
            return exchange->replyError(*error);
        request.filter = query;
    }
    m.bulkCancel.run(callerOf(exchange), request,
                     [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

} // namespace ges
