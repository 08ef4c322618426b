#include "CallbacksApi.h"

#include "shared/ApiPaths.h"
#include "shared/IsoTime.h"

#include <QJsonArray>
#include <QTimeZone>

namespace paths = ges::paths;

namespace {
QDateTime timeOf(const QJsonValue &value)
{
    return ges::isotime::parse(value.toString()).value_or(QDateTime());
}

std::optional<ges::Callback> callbackOf(const QJsonValue &data)
{
    return CallbackPage::adminCallback(data.toObject());
}
} // namespace

std::optional<CallbackDetail> CallbackDetail::fromData(const QJsonValue &data)
{
    auto callback = callbackOf(data);
    if (!callback)
        return std::nullopt;
    CallbackDetail detail{*callback, {}};
    for (const QJsonValue &item : data.toObject().value("history").toArray()) {
        const QJsonObject event = item.toObject();
        detail.history.append({timeOf(event.value("at")), event.value("state").toString(),
                               event.value("reason").toString(), event.value("actor").toString()});
    }
    return detail;
}

std::optional<BulkCancelResult> BulkCancelResult::fromData(const QJsonValue &data)
{
    const QJsonObject object = data.toObject();
    if (!object.value("ids").isArray())
        return std::nullopt;
    BulkCancelResult result;
    result.dryRun = object.value("dryRun").toBool();
    for (const QJsonValue &id : object.value("ids").toArray())
        result.ids << id.toString();
    for (const QJsonValue &item : object.value("skipped").toArray())
        result.skipped.append(
            {item.toObject().value("id").toString(), item.toObject().value("reason").toString()});
    return result;
}

std::optional<Availability> Availability::fromData(const QJsonValue &data)
{
    const QJsonObject object = data.toObject();
    if (!object.value("slots").isArray())
        return std::nullopt;
    Availability availability;
    availability.durationMin = object.value("durationMin").toInt();
    availability.timeZone = object.value("timezone").toString();
    for (const QJsonValue &item : object.value("slots").toArray()) {
        const QJsonObject slot = item.toObject();
        availability.times.append({timeOf(slot.value("utcTime")), slot.value("capacity").toInt(),
                                   slot.value("total").toInt()});
    }
    return availability;
}

void CallbacksApi::search(const CallbackQuery &query, QObject *context,
                          Handler<CallbackPage> handler)
{
    m_client->call("GET", QLatin1String(paths::AdminCallbacks), query.toUrlQuery(), QJsonValue(),
                   context, AdminClient::typed<CallbackPage>(std::move(handler), [](const auto &d) {
                       return CallbackPage::fromData(d);
                   }));
}

void CallbacksApi::detail(const QString &id, QObject *context, Handler<CallbackDetail> handler)
{
    m_client->call("GET", paths::with(paths::AdminCallback, id), {}, QJsonValue(), context,
                   AdminClient::typed<CallbackDetail>(std::move(handler), [](const auto &d) {
                       return CallbackDetail::fromData(d);
                   }));
}

void CallbacksApi::create(const NewCallback &callback, QObject *context, Handler<QString> handler)
{
    QJsonObject body{{"tenant", callback.tenant},
                     {"serviceName", callback.serviceName},
                     {"phoneNumber", callback.phoneNumber}};
    if (callback.desiredTime.isValid())
        body.insert("desiredTime", ges::isotime::format(callback.desiredTime));
    if (!callback.userData.isEmpty())
        body.insert("userData", callback.userData);
    m_client->call("POST", QLatin1String(paths::AdminCallbacks), {}, body, context,
                   AdminClient::typed<QString>(
                       std::move(handler), [](const QJsonValue &d) -> std::optional<QString> {
                           const QString id = d.toObject().value("id").toString();
                           if (id.isEmpty())
                               return std::nullopt;
                           return id;
                       }));
}

void CallbacksApi::replaceUserData(const QString &id, const QJsonObject &userData, QObject *context,
                                   Handler<ges::Callback> handler)
{
    m_client->call("PUT", paths::with(paths::AdminCallbackUserData, id), {},
                   QJsonObject{{"userData", userData}}, context,
                   AdminClient::typed<ges::Callback>(std::move(handler), callbackOf));
}

void CallbacksApi::reschedule(const QString &id, const QDateTime &desiredTime, QObject *context,
                              Handler<ges::Callback> handler)
{
    m_client->call("POST", paths::with(paths::AdminCallbackReschedule, id), {},
                   QJsonObject{{"desiredTime", ges::isotime::format(desiredTime)}}, context,
                   AdminClient::typed<ges::Callback>(std::move(handler), callbackOf));
}

void CallbacksApi::cancel(const QString &id, QObject *context, Handler<Done> handler)
{
    m_client->call(
        "POST", paths::with(paths::AdminCallbackCancel, id), {}, QJsonObject(), context,
        AdminClient::typed<Done>(std::move(handler), [](const QJsonValue &) { return Done(); }));
}

void CallbacksApi::bulkCancel(const QString &tenant, const QStringList &ids, bool dryRun,
                              QObject *context, Handler<BulkCancelResult> handler)
{
    const QJsonObject body{
        {"tenant", tenant}, {"ids", QJsonArray::fromStringList(ids)}, {"dryRun", dryRun}};
    m_client->call("POST", QLatin1String(paths::AdminCallbacksBulkCancel), {}, body, context,
                   AdminClient::typed<BulkCancelResult>(std::move(handler), [](const auto &d) {
                       return BulkCancelResult::fromData(d);
                   }));
}

void CallbacksApi::availability(const QString &tenant, const QString &service,
                                const QDateTime &start, int days, QObject *context,
                                Handler<Availability> handler)
{
    QUrlQuery query;
    const auto add = [&query](const char *name, const QString &value) {
        query.addQueryItem(QLatin1String(name),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add("tenant", tenant);
    add("service", service);
    add("start", ges::isotime::format(start));
    add("numberOfDays", QString::number(days));
    add("timezone", QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_client->call("GET", QLatin1String(paths::AdminAvailability), query, QJsonValue(), context,
                   AdminClient::typed<Availability>(std::move(handler), [](const auto &d) {
                       return Availability::fromData(d);
                   }));
}

void CallbacksApi::services(QObject *context, Handler<QList<ServiceName>> handler)
{
    const auto convert = [](const QJsonValue &data) -> std::optional<QList<ServiceName>> {
        if (!data.toObject().value("services").isArray())
            return std::nullopt;
        QList<ServiceName> names;
        for (const QJsonValue &item : data.toObject().value("services").toArray())
            names.append({item.toObject().value("tenant").toString(),
                          item.toObject().value("name").toString()});
        return names;
    };
    m_client->call("GET", QLatin1String(paths::AdminServices), {}, QJsonValue(), context,
                   AdminClient::typed<QList<ServiceName>>(std::move(handler), convert));
}

void CallbacksApi::exportCsv(const CallbackQuery &query, QIODevice *sink, QObject *context,
                             std::function<void(qint64 bytes)> progress, Handler<Done> handler)
{
    QUrlQuery params = query.filterQuery();
    params.addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
    m_client->download(QLatin1String(paths::AdminCallbacksExport), params, sink, context,
                       std::move(progress), std::move(handler));
}
