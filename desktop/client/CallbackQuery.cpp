#include "CallbackQuery.h"

QUrlQuery CallbackQuery::toUrlQuery() const
{
    QUrlQuery query;
    const auto addIfSet = [&query](const QString &name, const QString &value) {
        if (!value.isEmpty())
            query.addQueryItem(name, value);
    };
    addIfSet(QStringLiteral("tenant"), tenant);
    addIfSet(QStringLiteral("service"), service);
    addIfSet(QStringLiteral("state"), state);
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    addIfSet(QStringLiteral("cursor"), cursor);
    return query;
}
