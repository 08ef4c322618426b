#include "RequestAuthenticator.h"
#include "AccessPolicy.h"
#include "ops/Log.h"
#include "security/ApiKeyCodec.h"
#include "shared/ErrorCodes.h"
#include "store/AccountRecords.h"
#include "store/ApiKeyCache.h"
#include "store/ApiKeyRecords.h"
#include "store/GroupCommitWriter.h"
#include "store/RedisKeys.h"
#include "store/SessionStore.h"
#include "store/SqlReaderPool.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>

namespace ges {

namespace {
constexpr int kApiKeyCacheSeconds = 60;

ApiError unauthorized(const char *code, const QString &message)
{
    return {401, QString::fromLatin1(code), message, {}, 0};
}
} // namespace

RequestAuthenticator::RequestAuthenticator(SqlReaderPool &reader, GroupCommitWriter &writer,
                                           RedisClient &redis, ApiKeyCache &keys,
                                           SessionStore &sessions, const AccessPolicy &access,
                                           QString routingToken, QObject *parent)
    : QObject(parent), m_reader(reader), m_writer(writer), m_redis(redis), m_keys(keys),
      m_sessions(sessions), m_access(access), m_routingToken(routingToken.toUtf8())
{
}

QString RequestAuthenticator::bearerToken(const HttpExchange &exchange)
{
    const QByteArray header = exchange.header("authorization").trimmed();
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return {};
    return QString::fromUtf8(header.mid(7).trimmed());
}

void RequestAuthenticator::authenticate(const ExchangePtr &exchange, AuthKind kind,
                                        std::function<void()> next)
{
    switch (kind) {
    case AuthKind::None:
        return next();
    case AuthKind::ApiKey:
        return apiKey(exchange, std::move(next));
    case AuthKind::Session:
        return session(exchange, std::move(next));
    case AuthKind::RoutingToken:
        return routing(exchange, std::move(next));
    }
}

void RequestAuthenticator::apiKey(const ExchangePtr &exchange, std::function<void()> next)
{
    const QString key = QString::fromUtf8(exchange->header("x-api-key").trimmed());
    if (key.isEmpty())
        return exchange->replyError(
            unauthorized(errc::ApiKeyMissing, QStringLiteral("the X-API-Key header is required")));
    if (!ApiKeyCodec::looksValid(key))
        return exchange->replyError(
            unauthorized(errc::ApiKeyInvalid, QStringLiteral("the API key is not valid")));
    const QByteArray hash = ApiKeyCodec::hash(key);
    if (const std::optional<ApiKeyCache::Entry> known = m_keys.find(hash)) {
        exchange->principal.tenant = known->tenant;
        exchange->principal.apiKeyPrefix = known->prefix;
        return next();
    }
    const QByteArray hex = hash.toHex();
    m_redis.command(
        {"MGET", rediskeys::apiKey(hex), rediskeys::apiKeyRevoked(hex)},
        [this, exchange, hash, next, asked = m_keys.generation()](const RedisReply &r) {
            const bool answered = r.type == RedisReply::Type::Array && r.elements.size() == 2;
            if (answered && r.elements[1].type == RedisReply::Type::String)
                return exchange->replyError( // revoked moments ago (ApiKeyRegistry::revoke)
                    unauthorized(errc::ApiKeyInvalid, QStringLiteral("the API key is not valid")));
            if (!answered || r.elements[0].type != RedisReply::Type::String)
                return apiKeyFromDatabase(exchange, hash, next);
            const QJsonObject cached = QJsonDocument::fromJson(r.elements[0].text).object();
            const ApiKeyCache::Entry entry{cached.value("tenant").toString(),
                                           cached.value("prefix").toString(),
                                           qint64(cached.value("until").toDouble())};
            if (entry.tenant.isEmpty())
                return apiKeyFromDatabase(exchange, hash, next); // not ours: ignore
            m_keys.remember(hash, entry, asked); // an entry without "until" is not kept
            exchange->principal.tenant = entry.tenant;
            exchange->principal.apiKeyPrefix = entry.prefix;
            next();
        });
}

void RequestAuthenticator::apiKeyFromDatabase(const ExchangePtr &exchange, const QByteArray &hash,
                                              std::function<void()> next)
{
    m_reader.run<std::optional<ApiKeyRecord>>(
        this, [hash](QSqlDatabase &db) { return AccountRecords::findApiKey(db, hash); },
        [this, exchange, hash, next](const DbResult<std::optional<ApiKeyRecord>> &found) {
            if (!found.ok())
                return exchange->replyError(
                    ApiError::unavailable(QStringLiteral("cannot check the API key now")));
            const auto &record = found.value();
            const bool expired = record && record->expiresAt.isValid() &&
                                 record->expiresAt < QDateTime::currentDateTimeUtc();
            if (!record || record->revoked || expired || record->tenant.isEmpty())
                return exchange->replyError(
                    unauthorized(errc::ApiKeyInvalid, QStringLiteral("the API key is not valid")));
            // A key about to expire is cached only until it does. "until" (ms since the
            // epoch) tells ApiKeyCache when the entry ends without asking for its TTL.
            const qint64 ttl =
                record->expiresAt.isValid()
                    ? qBound(qint64(1), QDateTime::currentDateTimeUtc().secsTo(record->expiresAt),
                             qint64(kApiKeyCacheSeconds))
                    : kApiKeyCacheSeconds;
            const QJsonObject cached{
                {"tenant", record->tenant},
                {"prefix", record->prefix},
                {"until", double(QDateTime::currentMSecsSinceEpoch() + ttl * 1000)}};
            m_redis.command({"SET", rediskeys::apiKey(hash.toHex()),
                             QJsonDocument(cached).toJson(QJsonDocument::Compact), "EX",
                             QByteArray::number(ttl)});
            recordUse(hash);
            exchange->principal.tenant = record->tenant;
            exchange->principal.apiKeyPrefix = record->prefix;
            next();
        });
}

void RequestAuthenticator::recordUse(const QByteArray &hash)
{
    // Runs once per key per cache period (60 s) across all nodes, not per request: that
    // keeps last_used_at accurate to about a minute at the cost of one small write.
    // Nothing waits for it; a failure costs only a slightly older last_used_at.
    m_writer.submit<Done>(
        this, [hash](QSqlDatabase &db) { return ApiKeyRecords::touchLastUsed(db, hash); },
        [](const DbResult<Done> &stored) {
            if (!stored.ok())
                log::debug("auth", QStringLiteral("could not record an API key's last use"),
                           {{"error", stored.error().message}});
        });
}

void RequestAuthenticator::session(const ExchangePtr &exchange, std::function<void()> next)
{
    const QString token = bearerToken(*exchange);
    if (token.isEmpty() || token.size() > 256)
        return exchange->replyError(unauthorized(
            errc::Unauthorized, QStringLiteral("log in first (Authorization: Bearer <token>)")));
    m_sessions.touch(token, [this, exchange, next](std::optional<Principal> principal, bool error) {
        if (error)
            return exchange->replyError(
                ApiError::unavailable(QStringLiteral("cannot check the session now")));
        if (!principal)
            return exchange->replyError(unauthorized(
                errc::Unauthorized,
                QStringLiteral("the session has expired or is unknown; log in again")));
        exchange->principal = *principal;
        exchange->principal.devops = m_access.isDevOps(principal->roles);
        const auto permission = exchange->permission;
        if (permission && !holds(principal->roles, exchange->principal.devops, *permission))
            return exchange->replyError(
                {403,
                 errc::Forbidden,
                 QStringLiteral("this needs one of the roles: %1")
                     .arg(grantOf(*permission).roles.join(QStringLiteral(", "))),
                 {},
                 0});
        next();
    });
}

void RequestAuthenticator::routing(const ExchangePtr &exchange, std::function<void()> next)
{
    const QByteArray token = bearerToken(*exchange).toUtf8();
    const bool ok =
        !m_routingToken.isEmpty() && token.size() == m_routingToken.size() &&
        CRYPTO_memcmp(token.constData(), m_routingToken.constData(), size_t(token.size())) == 0;
    if (!ok)
        return exchange->replyError(unauthorized(
            errc::Unauthorized, QStringLiteral("the routing token is missing or wrong")));
    exchange->principal.routing = true;
    next();
}

} // namespace ges
