#include "RequestLog.h"
#include "http/HttpExchange.h"
#include "shared/IsoTime.h"
#include "store/RedisClient.h"
#include "store/RedisKeys.h"
#include "store/RespEncoder.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

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

// "12.34": the latency to the hundredth of a millisecond, as QByteArray::number(ms, 'f', 2)
// wrote it, into `text` (32 bytes) instead of a new array; returns its length.
int formatMilliseconds(char *text, qint64 ns)
{
    const qint64 hundredths = (qMax<qint64>(ns, 0) + 5'000) / 10'000;
    return std::snprintf(text, 32, "%lld.%02lld", static_cast<long long>(hundredths / 100),
                         static_cast<long long>(hundredths % 100));
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
    const QString &tenant = exchange.principal.tenant;
    if (tenant.isEmpty())
        return;
    // Written straight into RESP: one XADD per external request, whose two dozen
    // arguments as QByteArrays of their own cost more than the rest of a retrieve's logging.
    resp::CommandBuilder &out = m_command;
    out.start();
    out.add(QByteArrayView("XADD"));
    out.add(QByteArrayView(rediskeys::requestLog(tenant)));
    for (const char *word : {"MAXLEN", "~"})
        out.add(QByteArrayView(word));
    out.add(qint64(kCapacity));
    for (const char *word : {"*", "time"})
        out.add(QByteArrayView(word));
    out.add(QDateTime::currentMSecsSinceEpoch());
    out.add(QByteArrayView("method"));
    out.add(QByteArrayView(exchange.method()));
    out.add(QByteArrayView("path"));
    out.add(QStringView(exchange.path()).left(300));
    out.add(QByteArrayView("status"));
    out.add(qint64(exchange.status()));
    out.add(QByteArrayView("errorCode"));
    out.add(QStringView(exchange.errorCode()));
    out.add(QByteArrayView("message"));
    out.add(exchange.errorMessage().isEmpty() ? QString()
                                              : maskNumbers(exchange.errorMessage().left(500)));
    out.add(QByteArrayView("latencyMs"));
    char latency[32];
    out.add(QByteArrayView(latency, formatMilliseconds(latency, exchange.elapsedNs())));
    out.add(QByteArrayView("keyPrefix"));
    out.add(QStringView(exchange.principal.apiKeyPrefix));
    out.add(QByteArrayView("clientAddress"));
    out.add(QStringView(clientAddressOf(exchange)));
    out.add(QByteArrayView("corrId"));
    out.add(QStringView(exchange.corrId()));
    m_redis.commandEncoded(out.finish());
    out.shrink(16 * 1024); // a rare long message does not keep its buffer
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
