#include "SessionStore.h"
#include "RedisKeys.h"
#include "security/SecureRandom.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ges {

namespace {
const QByteArray kSessionPrefix = rediskeys::session({});

// KEYS: session, user index. ARGV: principal, user, now (ms), address, idle (s), id,
// expiry (ms).
const QByteArray kCreate = R"lua(
redis.call('HSET', KEYS[1], 'principal', ARGV[1], 'user', ARGV[2], 'createdAt', ARGV[3],
           'lastSeenAt', ARGV[3], 'address', ARGV[4])
redis.call('EXPIRE', KEYS[1], ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[7], ARGV[6])
redis.call('EXPIRE', KEYS[2], ARGV[5])
return 1
)lua";

// Every admin request runs this, so it does all in one round trip. A session of an older
// version (a plain string) is not a session any more: its user logs in again.
// KEYS: session. ARGV: now (ms), idle (s), expiry (ms), user index prefix, id.
const QByteArray kTouch = R"lua(
if redis.call('TYPE', KEYS[1]).ok ~= 'hash' then return false end
local v = redis.call('HMGET', KEYS[1], 'principal', 'user')
if not v[1] then return false end
redis.call('HSET', KEYS[1], 'lastSeenAt', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
local index = ARGV[4] .. v[2]
redis.call('ZADD', index, ARGV[3], ARGV[5])
redis.call('EXPIRE', index, ARGV[2])
return v[1]
)lua";

// KEYS: session. ARGV: user index prefix, id. Returns 1 when a session was ended.
const QByteArray kEnd = R"lua(
if redis.call('TYPE', KEYS[1]).ok ~= 'hash' then return redis.call('DEL', KEYS[1]) end
local user = redis.call('HGET', KEYS[1], 'user')
redis.call('DEL', KEYS[1])
if user then redis.call('ZREM', ARGV[1] .. user, ARGV[2]) end
return 1
)lua";

// KEYS: user index. ARGV: now (ms), session prefix.
// Returns {id, user, createdAt, lastSeenAt, address, pttl} per live session.
const QByteArray kList = R"lua(
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
local out = {}
for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local k = ARGV[2] .. id
  local ttl = redis.call('PTTL', k)
  if ttl > 0 and redis.call('TYPE', k).ok == 'hash' then
    local v = redis.call('HMGET', k, 'user', 'createdAt', 'lastSeenAt', 'address')
    table.insert(out, {id, v[1] or '', v[2] or '0', v[3] or '0', v[4] or '', ttl})
  else
    redis.call('ZREM', KEYS[1], id)
  end
end
return out
)lua";

// KEYS: session. ARGV: id. The same row as kList, or nil.
const QByteArray kFind = R"lua(
if redis.call('TYPE', KEYS[1]).ok ~= 'hash' then return false end
local v = redis.call('HMGET', KEYS[1], 'user', 'createdAt', 'lastSeenAt', 'address')
return {ARGV[1], v[1] or '', v[2] or '0', v[3] or '0', v[4] or '', redis.call('PTTL', KEYS[1])}
)lua";

// KEYS: user index. ARGV: session prefix. Returns how many sessions were ended.
const QByteArray kEndAll = R"lua(
local n = 0
for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  n = n + redis.call('DEL', ARGV[1] .. id)
end
redis.call('DEL', KEYS[1])
return n
)lua";

// KEYS: user index. ARGV: session prefix, principal.
const QByteArray kRefresh = R"lua(
for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local k = ARGV[1] .. id
  if redis.call('TYPE', k).ok == 'hash' then redis.call('HSET', k, 'principal', ARGV[2]) end
end
return 1
)lua";

QByteArray principalJson(const Principal &p)
{
    const QJsonObject json{{"user", p.userName},
                           {"roles", QJsonArray::fromStringList(p.roles)},
                           {"tenants", QJsonArray::fromStringList(p.tenants)}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QByteArray ms(qint64 value)
{
    return QByteArray::number(value);
}

std::optional<SessionStore::Info> infoOf(const RedisReply &row)
{
    if (row.type != RedisReply::Type::Array || row.elements.size() < 6)
        return std::nullopt;
    const auto &e = row.elements;
    SessionStore::Info info;
    info.id = QString::fromUtf8(e.at(0).text);
    info.user = QString::fromUtf8(e.at(1).text);
    info.createdAt = QDateTime::fromMSecsSinceEpoch(e.at(2).text.toLongLong(), Qt::UTC);
    info.lastSeenAt = QDateTime::fromMSecsSinceEpoch(e.at(3).text.toLongLong(), Qt::UTC);
    info.address = QString::fromUtf8(e.at(4).text);
    info.expiresAt = QDateTime::currentDateTimeUtc().addMSecs(e.at(5).integer);
    if (e.at(5).integer <= 0 || info.user.isEmpty())
        return std::nullopt;
    return info;
}
} // namespace

QString SessionStore::idOf(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void SessionStore::create(const Principal &p, const QString &address,
                          std::function<void(std::optional<QString>)> done)
{
    const QString token = SecureRandom::token(32);
    const QByteArray id = idOf(token).toLatin1();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_redis.command({"EVAL", kCreate, "2", rediskeys::session(id),
                     rediskeys::userSessions(p.userName), principalJson(p), p.userName.toUtf8(),
                     ms(now), address.toUtf8(), QByteArray::number(kIdleSeconds), id,
                     ms(now + kIdleSeconds * 1000LL)},
                    [done, token](const RedisReply &r) {
                        done(r.isError() ? std::nullopt : std::optional<QString>(token));
                    });
}

void SessionStore::touch(const QString &token,
                         std::function<void(std::optional<Principal>, bool)> done)
{
    const QByteArray id = idOf(token).toLatin1();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_redis.command({"EVAL", kTouch, "1", rediskeys::session(id), ms(now),
                     QByteArray::number(kIdleSeconds), ms(now + kIdleSeconds * 1000LL),
                     rediskeys::userSessionsPrefix, id},
                    [done, token](const RedisReply &r) {
                        if (r.isError())
                            return done(std::nullopt, true);
                        if (r.type != RedisReply::Type::String)
                            return done(std::nullopt, false);
                        const QJsonObject json = QJsonDocument::fromJson(r.text).object();
                        Principal p;
                        p.userName = json.value("user").toString();
                        for (const QJsonValue &v : json.value("roles").toArray())
                            p.roles << v.toString();
                        for (const QJsonValue &v : json.value("tenants").toArray())
                            p.tenants << v.toString();
                        p.sessionToken = token;
                        done(p, false);
                    });
}

void SessionStore::remove(const QString &token, std::function<void(bool)> done)
{
    end(idOf(token), std::move(done));
}

void SessionStore::listFor(const QString &user,
                           std::function<void(std::optional<QList<Info>>)> done)
{
    m_redis.command({"EVAL", kList, "1", rediskeys::userSessions(user),
                     ms(QDateTime::currentMSecsSinceEpoch()), kSessionPrefix},
                    [done](const RedisReply &r) {
                        if (r.type != RedisReply::Type::Array)
                            return done(std::nullopt);
                        QList<Info> sessions;
                        for (const RedisReply &row : r.elements)
                            if (auto info = infoOf(row))
                                sessions.append(*info);
                        done(sessions);
                    });
}

void SessionStore::find(const QString &id, std::function<void(std::optional<Info>, bool)> done)
{
    m_redis.command({"EVAL", kFind, "1", rediskeys::session(id.toLatin1()), id.toLatin1()},
                    [done](const RedisReply &r) {
                        if (r.isError())
                            return done(std::nullopt, true);
                        done(infoOf(r), false);
                    });
}

void SessionStore::end(const QString &id, std::function<void(bool)> done)
{
    m_redis.command({"EVAL", kEnd, "1", rediskeys::session(id.toLatin1()),
                     rediskeys::userSessionsPrefix, id.toLatin1()},
                    [done](const RedisReply &r) { done(!r.isError()); });
}

void SessionStore::endAllOf(const QString &user, std::function<void(std::optional<int>)> done)
{
    m_redis.command({"EVAL", kEndAll, "1", rediskeys::userSessions(user), kSessionPrefix},
                    [done](const RedisReply &r) {
                        if (r.type != RedisReply::Type::Integer)
                            return done(std::nullopt);
                        done(int(r.integer));
                    });
}

void SessionStore::refreshPrincipal(const Principal &p, std::function<void(bool)> done)
{
    m_redis.command({"EVAL", kRefresh, "1", rediskeys::userSessions(p.userName), kSessionPrefix,
                     principalJson(p)},
                    [done](const RedisReply &r) { done(!r.isError()); });
}

} // namespace ges
