#include "RequestLog.h"
#include "http/HttpExchange.h"
#include "shared/IsoTime.h"
#include "store/RedisClient.h"
#include "store/RedisKeys.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace ges {

namespace {
// ~ trimming keeps up to one stream node more than asked for; scanning this many covers it.
constexpr int kScanCount = RequestLog::kCapacity + 500;

QString clientAddressOf(const HttpExchange &exchange)
{
    QString address = exchange.peer().toString();
    if (address.startsWith(QLatin1String("::ffff:")))
        address = address.mid(7); // an IPv4 client on a dual-stack socket
    return address;
}

QJsonObject entryOf(const RedisReply &item)
{
    QHash<QByteArray, QByteArray> fields;
    const QList<RedisReply> &pairs = item.elements.value(1).elements;
    for (qsizetype i = 0; i + 1 < pairs.size(); i += 2)
        fields.insert(pairs[i].text, pairs[i + 1].text);
    const auto text = [&](const char *name) { return QString::fromUtf8(fields.value(name)); };
    QJsonObject entry{{"id", QString::fromLatin1(item.elements.value(0).text)},
                      {"time", isotime::format(QDateTime::fromMSecsSinceEpoch(
                                   fields.value("time").toLongLong(), Qt::UTC))},
                      {"method", text("method")},
                      {"path", text("path")},
                      {"status", fields.value("status").toInt()},
                      {"latencyMs", fields.value("latencyMs").toDouble()},
                      {"keyPrefix", text("keyPrefix")},
                      {"clientAddress", text("clientAddress")},
                      {"corrId", text("corrId")}};
    if (!fields.value("errorCode").isEmpty()) {
        entry.insert("errorCode", text("errorCode"));
        entry.insert("message", text("message"));
    }
    return entry;
}

bool matches(const QJsonObject &entry, const RequestLogQuery &query)
{
    const int status = entry.value("status").toInt();
    if (query.status.endsWith(QLatin1String("xx"))) {
        if (status / 100 != query.status.left(1).toInt())
            return false;
    } else if (!query.status.isEmpty() && status != query.status.toInt()) {
        return false;
    }
    return query.path.isEmpty() ||
           entry.value("path").toString().contains(query.path, Qt::CaseInsensitive);
}
} // namespace

bool RequestLog::isStatusFilter(const QString &status)
{
    static const QRegularExpression re(QStringLiteral("^([1-5]xx|[1-5][0-9][0-9])$"));
    return re.match(status).hasMatch();
}

bool RequestLog::isEntryId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,20}-[0-9]{1,20}$"));
    return re.match(id).hasMatch();
}

QString RequestLog::maskNumbers(const QString &text)
{
    // Error messages may name the caller's phone number (DUPLICATE_CALLBACK does); the
    // log must not become a second copy of personal data that GDPR erasure misses.
    static const QRegularExpression digits(QStringLiteral("\\+?[0-9]{6,}"));
    return QString(text).replace(digits, QStringLiteral("***"));
}

void RequestLog::record(const HttpExchange &exchange)
{
    const QString tenant = exchange.principal.tenant;
    if (tenant.isEmpty())
        return;
    m_redis.command({"XADD",
                     rediskeys::requestLog(tenant),
                     "MAXLEN",
                     "~",
                     QByteArray::number(kCapacity),
                     "*",
                     "time",
                     QByteArray::number(QDateTime::currentMSecsSinceEpoch()),
                     "method",
                     exchange.method(),
                     "path",
                     exchange.path().left(300).toUtf8(),
                     "status",
                     QByteArray::number(exchange.status()),
                     "errorCode",
                     exchange.errorCode().toUtf8(),
                     "message",
                     exchange.errorMessage().isEmpty()
                         ? QByteArray()
                         : maskNumbers(exchange.errorMessage().left(500)).toUtf8(),
                     "latencyMs",
                     QByteArray::number(exchange.elapsedNs() / 1e6, 'f', 2),
                     "keyPrefix",
                     exchange.principal.apiKeyPrefix.toUtf8(),
                     "clientAddress",
                     clientAddressOf(exchange).toUtf8(),
                     "corrId",
                     exchange.corrId().toUtf8()});
}

void RequestLog::read(const RequestLogQuery &query,
                      std::function<void(std::optional<RequestLogPage>)> done)
{
    const QByteArray end = query.beforeId.isEmpty() ? "+" : "(" + query.beforeId.toLatin1();
    m_redis.command({"XREVRANGE", rediskeys::requestLog(query.tenant), end, "-", "COUNT",
                     QByteArray::number(kScanCount)},
                    [query, done](const RedisReply &r) {
                        if (r.type != RedisReply::Type::Array)
                            return done(std::nullopt);
                        RequestLogPage page;
                        for (const RedisReply &item : r.elements) {
                            const QJsonObject entry = entryOf(item);
                            if (!matches(entry, query))
                                continue;
                            if (page.entries.size() == query.limit) {
                                // One more match exists: the page ends at the last one kept.
                                page.nextCursor =
                                    page.entries.last().toObject().value("id").toString();
                                break;
                            }
                            page.entries.append(entry);
                        }
                        done(page);
                    });
}

} // namespace ges
