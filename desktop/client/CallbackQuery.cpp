#include "CallbackQuery.h"

#include "shared/IsoTime.h"

QString CallbackQuery::timeFieldName(TimeField field)
{
    return field == TimeField::Desired ? QStringLiteral("desired") : QStringLiteral("created");
}

QUrlQuery CallbackQuery::filterQuery() const
{
    QUrlQuery query;
    const auto addIfSet = [&query](const QString &name, const QString &value) {
        if (!value.isEmpty())
            query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    addIfSet(QStringLiteral("tenant"), tenant);
    addIfSet(QStringLiteral("service"), service);
    addIfSet(QStringLiteral("state"), state);
    addIfSet(QStringLiteral("phone"), phone);
    if (from.isValid() || to.isValid()) {
        addIfSet(QStringLiteral("timeField"), timeFieldName(timeField));
        if (from.isValid())
            addIfSet(QStringLiteral("from"), ges::isotime::format(from));
        if (to.isValid())
            addIfSet(QStringLiteral("to"), ges::isotime::format(to));
    }
    // Always sent: a cursor belongs to one order, and the server checks they agree.
    query.addQueryItem(QStringLiteral("sort"), timeFieldName(sort));
    query.addQueryItem(QStringLiteral("order"),
                       ascending ? QStringLiteral("asc") : QStringLiteral("desc"));
    return query;
}

QUrlQuery CallbackQuery::toUrlQuery() const
{
    QUrlQuery query = filterQuery();
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    return query;
}
