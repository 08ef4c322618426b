#include "CallbackFilters.h"
#include "domain/CallbackSearch.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ges::CallbackFilters {

namespace {
using Lookup = std::function<QString(const char *)>;

ApiError invalid(const QString &field, const QString &problem)
{
    return ApiError::field(errc::InvalidField, field, problem);
}

std::optional<ApiError> readTimeField(const QString &value, const char *name,
                                      CallbackTimeField &field)
{
    if (value.isEmpty() || value == QLatin1String("created"))
        field = CallbackTimeField::Created;
    else if (value == QLatin1String("desired"))
        field = CallbackTimeField::Desired;
    else
        return invalid(QString::fromLatin1(name), QStringLiteral("created or desired"));
    return std::nullopt;
}

std::optional<ApiError> readTime(const QString &value, const char *name, QDateTime &time)
{
    if (value.isEmpty())
        return std::nullopt;
    const auto parsed = isotime::parse(value);
    if (!parsed)
        return invalid(QString::fromLatin1(name),
                       QStringLiteral("an ISO-8601 time with an offset, e.g. "
                                      "2026-11-24T15:30:00.000Z"));
    time = *parsed;
    return std::nullopt;
}

std::optional<ApiError> readStates(const QString &value, CallbackQuery &query)
{
    query.states.clear();
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        const auto state = callbackStateFromString(part.trimmed().toUpper());
        if (!state)
            return invalid("state", QStringLiteral("\"%1\" is not a callback state").arg(part));
        if (!query.states.contains(*state))
            query.states << *state;
    }
    return std::nullopt;
}

std::optional<ApiError> readPhone(const QString &value, CallbackQuery &query)
{
    // People type numbers with spaces, dashes and brackets; only the digits are searched.
    static const QRegularExpression allowed(QStringLiteral("^[0-9+ ()./-]*$"));
    if (!allowed.match(value).hasMatch())
        return invalid("phone", QStringLiteral("digits (with + space - ( ) . / if you like)"));
    QString digits = value;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (!value.isEmpty() && digits.size() < 3)
        return invalid("phone", QStringLiteral("at least 3 digits"));
    query.phoneDigits = digits;
    return std::nullopt;
}

std::optional<ApiError> readAll(const Lookup &value, CallbackQuery &query)
{
    query.service = value("service");
    std::optional<ApiError> error;
    if ((error = readStates(value("state"), query)) || (error = readPhone(value("phone"), query)) ||
        (error = readTimeField(value("timeField"), "timeField", query.timeField)) ||
        (error = readTime(value("from"), "from", query.from)) ||
        (error = readTime(value("to"), "to", query.to)) ||
        (error = readTimeField(value("sort"), "sort", query.sort)))
        return error;
    if (query.from.isValid() && query.to.isValid() && query.from >= query.to)
        return invalid("to", QStringLiteral("must be after from"));
    const QString order = value("order");
    if (!order.isEmpty() && order != QLatin1String("asc") && order != QLatin1String("desc"))
        return invalid("order", QStringLiteral("asc or desc"));
    query.ascending = order == QLatin1String("asc");
    return std::nullopt;
}
} // namespace

std::optional<ApiError> read(const QUrlQuery &params, CallbackQuery &query)
{
    return readAll(
        [&params](const char *name) {
            return params.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).trimmed();
        },
        query);
}

std::optional<ApiError> read(const QJsonObject &filter, CallbackQuery &query)
{
    return readAll(
        [&filter](const char *name) {
            const QJsonValue v = filter.value(QLatin1String(name));
            if (v.isArray()) {
                QStringList parts;
                for (const QJsonValue &part : v.toArray())
                    parts << part.toString();
                return parts.join(u',');
            }
            return v.toString().trimmed();
        },
        query);
}

std::optional<ApiError> readPage(const QUrlQuery &params, CallbackQuery &query)
{
    if (params.hasQueryItem("limit")) {
        bool ok = false;
        query.limit = params.queryItemValue("limit").toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 500)
            return invalid("limit", QStringLiteral("1 to 500"));
    }
    const QString text = params.queryItemValue("cursor");
    if (text.isEmpty())
        return std::nullopt;
    const auto cursor = CallbackSearch::decodeCursor(text);
    if (!cursor)
        return invalid("cursor", QStringLiteral("not a cursor from nextCursor"));
    // A cursor belongs to one order; without sort/order the page continues in its order.
    const bool sortGiven = params.hasQueryItem("sort") || params.hasQueryItem("order");
    if (sortGiven && (cursor->sort != query.sort || cursor->ascending != query.ascending))
        return invalid("cursor", QStringLiteral("was made for another sort or order"));
    query.sort = cursor->sort;
    query.ascending = cursor->ascending;
    query.afterKeyUs = cursor->keyUs;
    query.afterId = cursor->id;
    return std::nullopt;
}

std::optional<QStringList> reachableTenants(const AccessPolicy &access, const ExchangePtr &exchange)
{
    const auto scope = access.visibleTenants(exchange, {}); // never answers for {}
    if (!scope || scope->none())
        return std::nullopt;
    return scope->all ? QStringList() : scope->tenants;
}

} // namespace ges::CallbackFilters
