#include "DueIndex.h"
#include "RedisKeys.h"

#include <algorithm>
#include <memory>

namespace ges {

namespace {
// KEYS: due, claims. ARGV: now (ms), max (at most a few thousand: Lua's unpack), lease
// end (ms). One ZREM and one ZADD for the whole batch: Redis counts a command per call,
// not per member (docs/performance.md).
const QByteArray kClaim = R"lua(
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
if #ids == 0 then return ids end
local members = {}
for i, id in ipairs(ids) do
  members[2 * i - 1] = ARGV[3]
  members[2 * i] = id
end
redis.call('ZREM', KEYS[1], unpack(ids))
redis.call('ZADD', KEYS[2], unpack(members))
return ids
)lua";

// KEYS: due, claims. ARGV: now (ms).
const QByteArray kReclaim = R"lua(
local ids = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1], 'LIMIT', 0, 1000)
for _, id in ipairs(ids) do
  redis.call('ZREM', KEYS[2], id)
  redis.call('ZADD', KEYS[1], ARGV[1], id)
end
return #ids
)lua";

// KEYS: due, claims. ARGV: now (ms), lease end (ms) of our claim, ids... Only ids still
// claimed with our lease end move: one whose claim lapsed and went to another node has
// that node's lease end and stays theirs.
const QByteArray kReturn = R"lua(
local returned = 0
for i = 3, #ARGV do
  if tonumber(redis.call('ZSCORE', KEYS[2], ARGV[i])) == tonumber(ARGV[2]) then
    redis.call('ZREM', KEYS[2], ARGV[i])
    redis.call('ZADD', KEYS[1], ARGV[1], ARGV[i])
    returned = returned + 1
  end
end
return returned
)lua";

QByteArray ms(const QDateTime &t)
{
    return QByteArray::number(t.toMSecsSinceEpoch());
}
} // namespace

void DueIndex::add(const QString &id, const QDateTime &due, std::function<void(bool)> done)
{
    m_redis.command({"ZADD", rediskeys::dueIndex, ms(due), id.toUtf8()},
                    [done](const RedisReply &r) {
                        if (done)
                            done(!r.isError());
                    });
    if (m_onAdded)
        m_onAdded(due);
}

void DueIndex::addMany(const QList<QPair<QString, QDateTime>> &entries,
                       std::function<void(bool)> done)
{
    if (entries.isEmpty())
        return done(true);
    QList<QByteArray> args{"ZADD", rediskeys::dueIndex};
    QDateTime earliest = entries.constFirst().second;
    for (const auto &[id, due] : entries) {
        args << ms(due) << id.toUtf8();
        earliest = std::min(earliest, due);
    }
    m_redis.command(args, [done](const RedisReply &r) { done(!r.isError()); });
    if (m_onAdded)
        m_onAdded(earliest);
}

void DueIndex::remove(const QString &id)
{
    m_redis.command({"ZREM", rediskeys::dueIndex, id.toUtf8()});
}

void DueIndex::claim(const QDateTime &now, int max, int leaseMs,
                     std::function<void(QStringList)> done)
{
    m_redis.command({"EVAL", kClaim, "2", rediskeys::dueIndex, rediskeys::dueClaims, ms(now),
                     QByteArray::number(max), ms(now.addMSecs(leaseMs))},
                    [done](const RedisReply &r) {
                        QStringList ids;
                        for (const RedisReply &e : r.elements)
                            ids << QString::fromUtf8(e.text);
                        done(ids);
                    });
}

void DueIndex::release(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    QList<QByteArray> args{"ZREM", rediskeys::dueClaims};
    for (const QString &id : ids)
        args << id.toUtf8();
    m_redis.command(args);
}

void DueIndex::returnClaims(const QStringList &ids, const QDateTime &leaseEnd,
                            std::function<void(int)> done)
{
    if (ids.isEmpty())
        return done(0);
    QList<QByteArray> args{"EVAL",
                           kReturn,
                           "2",
                           rediskeys::dueIndex,
                           rediskeys::dueClaims,
                           ms(QDateTime::currentDateTimeUtc()),
                           ms(leaseEnd)};
    for (const QString &id : ids)
        args << id.toUtf8();
    m_redis.command(args, [done](const RedisReply &r) {
        done(r.type == RedisReply::Type::Integer ? int(r.integer) : 0);
    });
}

void DueIndex::reclaimExpired(const QDateTime &now, std::function<void(int)> done)
{
    m_redis.command({"EVAL", kReclaim, "2", rediskeys::dueIndex, rediskeys::dueClaims, ms(now)},
                    [done](const RedisReply &r) {
                        if (done)
                            done(r.type == RedisReply::Type::Integer ? int(r.integer) : 0);
                    });
}

void DueIndex::peek(std::function<void(const Peek &)> done)
{
    // One connection answers in order, so the last reply completes the picture.
    auto peek = std::make_shared<Peek>();
    const auto firstScore = [](const RedisReply &r) {
        return r.elements.size() >= 2 ? r.elements.at(1).text.toLongLong() : qint64(-1);
    };
    m_redis.command({"EXISTS", rediskeys::generation}, [peek](const RedisReply &r) {
        peek->complete = r.type == RedisReply::Type::Integer && r.integer == 1;
        peek->answered = r.type == RedisReply::Type::Integer;
    });
    m_redis.command({"ZRANGE", rediskeys::dueIndex, "0", "0", "WITHSCORES"},
                    [peek, firstScore](const RedisReply &r) {
                        peek->answered = peek->answered && !r.isError();
                        peek->nextDueMs = firstScore(r);
                    });
    m_redis.command({"ZRANGE", rediskeys::dueClaims, "0", "0", "WITHSCORES"},
                    [peek, firstScore, done](const RedisReply &r) {
                        peek->answered = peek->answered && !r.isError();
                        peek->nextClaimEndMs = firstScore(r);
                        done(*peek);
                    });
}

} // namespace ges
