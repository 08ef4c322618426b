#include "QueuesApi.h"

#include "shared/ApiPaths.h"
#include "shared/CallbackState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace {
QueueSlotDay slotDayOf(const QJsonObject &json)
{
    return {QDate::fromString(json.value("day").toString(), Qt::ISODate),
            json.value("booked").toInt(), json.value("free").toInt(), json.value("total").toInt()};
}

int countOf(const QJsonObject &counts, ges::CallbackState state)
{
    return counts.value(ges::toString(state)).toInt();
}

std::optional<QList<QueueInfo>> queuesOf(const QJsonValue &data)
{
    const QJsonValue list = data.toObject().value("queues");
    if (!list.isArray())
        return std::nullopt;
    QList<QueueInfo> queues;
    for (const QJsonValue &item : list.toArray()) {
        // A row this version cannot read is left out rather than refusing the others.
        if (auto queue = QueueInfo::fromJson(item.toObject()))
            queues.append(*queue);
    }
    return queues;
}
} // namespace

std::optional<QueueInfo> QueueInfo::fromJson(const QJsonObject &json)
{
    if (!json.value("service").isString() || !json.value("counts").isObject())
        return std::nullopt;
    QueueInfo queue;
    queue.tenant = json.value("tenant").toString();
    queue.service = json.value("service").toString();
    queue.virtualQueue = json.value("virtualQueue").toString();
    queue.open = json.value("open").toBool();
    queue.openForSeconds = qint64(json.value("openFor").toDouble());
    const QJsonObject counts = json.value("counts").toObject();
    queue.scheduled = countOf(counts, ges::CallbackState::Scheduled);
    queue.queued = countOf(counts, ges::CallbackState::Queued);
    queue.routing = countOf(counts, ges::CallbackState::Routing);
    queue.processing = countOf(counts, ges::CallbackState::Processing);
    queue.completedToday = counts.value("completedToday").toInt();
    if (json.value("waiting").isDouble())
        queue.waiting = json.value("waiting").toInt();
    const QJsonObject ewt = json.value("ewt").toObject();
    queue.ewtSeconds = ewt.value("seconds").toInt(-1);
    queue.ewtMessage = ewt.value("message").toString();
    for (const QJsonValue &day : json.value("slots").toArray())
        queue.slotDays.append(slotDayOf(day.toObject()));
    return queue;
}

void QueuesApi::overview(int days, QObject *context, AdminClient::Handler<QList<QueueInfo>> handler)
{
    QUrlQuery query;
    query.addQueryItem("days", QString::number(days));
    m_client->call("GET", QLatin1String(ges::paths::AdminQueues), query, QJsonValue::Undefined,
                   context, AdminClient::typed<QList<QueueInfo>>(std::move(handler), queuesOf));
}
