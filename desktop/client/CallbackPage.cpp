#include "CallbackPage.h"

#include <QJsonArray>
#include <QJsonObject>

std::optional<CallbackPage> CallbackPage::fromData(const QJsonValue &data)
{
    const QJsonObject object = data.toObject();
    if (!object.value("callbacks").isArray())
        return std::nullopt;
    CallbackPage page;
    for (const QJsonValue &item : object.value("callbacks").toArray()) {
        // A row the client cannot read is a server bug; refusing the page would hide the
        // readable ones, so it is left out.
        if (auto callback = adminCallback(item.toObject()))
            page.callbacks.append(*callback);
    }
    page.nextCursor = object.value("nextCursor").toString(); // null -> empty
    return page;
}

std::optional<ges::Callback> CallbackPage::adminCallback(const QJsonObject &item)
{
    auto callback = ges::Callback::fromJson(item);
    if (callback) // the admin API adds the tenant beside the public Callback fields
        callback->tenant = item.value("tenant").toString();
    return callback;
}
