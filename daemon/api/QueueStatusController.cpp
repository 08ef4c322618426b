#include "QueueStatusController.h"
#include "JsonBody.h"
#include "QueryParams.h"
#include "domain/QueueStatusService.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>

namespace ges {

void QueueStatusController::registerRoutes(Router &router)
{
    router.add({"GET",
                paths::CallbacksQueueStatus,
                AuthKind::ApiKey,
                [this](const ExchangePtr &e) { queueStatus(e); },
                {}});
    router.add({"GET",
                paths::EstimatedWaitTime,
                AuthKind::ApiKey,
                [this](const ExchangePtr &e) { waitTimes(e); },
                {}});
    router.add({"GET",
                paths::EstimatedWaitTimeQueue,
                AuthKind::ApiKey,
                [this](const ExchangePtr &e) { waitTime(e); },
                {}});
}

void QueueStatusController::queueStatus(const ExchangePtr &exchange)
{
    m_status.queueStatus(callerOf(exchange), exchange->pathParameter,
                         [exchange](const Outcome &outcome) { replyOutcome(exchange, outcome); });
}

bool QueueStatusController::validMode(const ExchangePtr &exchange)
{
    // One model serves every mode (docs/ewt.md); an unknown mode is still an error.
    const QString mode = QueryParams(exchange->query()).text("mode");
    if (mode.isEmpty() || mode == QLatin1String("mode1") || mode == QLatin1String("mode2") ||
        mode == QLatin1String("mode3"))
        return true;
    exchange->replyError(ApiError::field(errc::InvalidField, "mode", "mode1, mode2 or mode3"));
    return false;
}

void QueueStatusController::waitTimes(const ExchangePtr &exchange)
{
    if (!validMode(exchange))
        return;
    const QueryParams params(exchange->query());
    QString list = params.text("virtual-queues");
    if (list.isEmpty())
        list = params.text("virtualQueues");
    QStringList queues;
    for (const QString &q : list.split(u',', Qt::SkipEmptyParts))
        if (!queues.contains(q.trimmed()))
            queues << q.trimmed();
    if (queues.isEmpty())
        return exchange->replyError({400,
                                     errc::MissingField,
                                     QStringLiteral("virtual-queues: required (a,b,...)"),
                                     {{"virtual-queues", "required"}}});
    if (queues.size() > 100)
        return exchange->replyError(
            ApiError::field(errc::InvalidField, "virtual-queues", "at most 100 queues"));
    m_status.estimatedWaitTimes(callerOf(exchange), queues, [exchange](const Outcome &outcome) {
        if (const auto *data = std::get_if<QJsonObject>(&outcome))
            return exchange->replyData(data->value("queues").toArray());
        replyOutcome(exchange, outcome);
    });
}

void QueueStatusController::waitTime(const ExchangePtr &exchange)
{
    if (!validMode(exchange))
        return;
    m_status.estimatedWaitTimes(
        callerOf(exchange), {exchange->pathParameter}, [exchange](const Outcome &outcome) {
            if (const auto *data = std::get_if<QJsonObject>(&outcome)) {
                QJsonObject one = data->value("queues").toArray().first().toObject();
                one.remove("resultCode");
                return exchange->replyData(one);
            }
            replyOutcome(exchange, outcome);
        });
}

} // namespace ges
