#pragma once
#include "store/RespEncoder.h"
#include <QJsonArray>

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace ges {

class HttpExchange;
class RedisClient;

struct RequestLogQuery
{
    QString tenant;
    QString status;   // "", "2xx", "4xx", "5xx" or one code ("404")
    QString path;     // substring of the path, case-insensitive; empty: any
    int limit = 100;  // 1..500
    QString beforeId; // keyset: entries older than this entry id; empty: the newest
};

struct RequestLogPage
{
    QJsonArray entries; // newest first
    QString nextCursor; // empty: no older matching entry
};

// The API request log (API.md §4, Developer tab): the last `capacity` external API requests
// of each tenant, in one capped Redis stream per tenant (XADD MAXLEN ~), so it is shared
// by every node, stays bounded without a cleanup job, and costs one Redis command per
// request. What is kept lets a developer see why calls fail and nothing more: never a
// body, a query string or the key itself (only its prefix); digit runs that may be phone
// numbers are masked in error messages.
class RequestLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCapacity = 1000; // per tenant (approximately: MAXLEN ~)
    static constexpr int kMaxLimit = 500;

    explicit RequestLog(RedisClient &redis, QObject *parent = nullptr)
        : QObject(parent), m_redis(redis)
    {
    }

    // Records an answered external request whose tenant is known; others are ignored.
    void record(const HttpExchange &exchange);
    // Reads one page; nullopt when Redis did not answer. Scans at most the whole stream.
    void read(const RequestLogQuery &query,
              std::function<void(std::optional<RequestLogPage>)> done);

    static bool isStatusFilter(const QString &status);
    static bool isEntryId(const QString &id);
    static QString maskNumbers(const QString &text);

private:
    RedisClient &m_redis;
    resp::CommandBuilder m_command; // the XADD being written, its buffer reused
};

} // namespace ges
