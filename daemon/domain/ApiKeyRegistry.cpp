#include "ApiKeyRegistry.h"
#include "StoreErrors.h"
#include "ops/Log.h"
#include "security/ApiKeyCodec.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"
#include "store/ApiKeyCache.h"
#include "store/AuditRecords.h"
#include "store/GroupCommitWriter.h"
#include "store/RedisClient.h"
#include "store/RedisKeys.h"
#include "store/SqlReaderPool.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace ges {

namespace {
// Longer than an apiKey() cache entry (60 s) plus the slowest lookup that could write one.
constexpr int kRevokedMarkerSeconds = 600;

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isotime::format(time)) : QJsonValue();
}
} // namespace

ApiKeyRegistry::ApiKeyRegistry(SqlReaderPool &reader, GroupCommitWriter &writer, RedisClient &redis,
                               ApiKeyCache &cache, QObject *parent)
    : QObject(parent), m_reader(reader), m_writer(writer), m_redis(redis), m_cache(cache)
{
}

bool ApiKeyRegistry::isTenantName(const QString &tenant)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,99}$"));
    return re.match(tenant).hasMatch();
}

bool ApiKeyRegistry::isWellFormed(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^ges_[A-Za-z0-9_-]{12,252}$"));
    return ApiKeyCodec::looksValid(key) && re.match(key).hasMatch();
}

const QStringList &ApiKeyRegistry::knownScopes()
{
    static const QStringList scopes{
        QStringLiteral("callbacks:read"),    QStringLiteral("callbacks:write"),
        QStringLiteral("availability:read"), QStringLiteral("queue-status:read"),
        QStringLiteral("ewt:read"),          QStringLiteral("call-in:write"),
        QStringLiteral("statistics:read")};
    return scopes;
}

QJsonObject ApiKeyRegistry::toJson(const ApiKeyDetails &d)
{
    return {{"id", d.key.id},
            {"prefix", d.key.prefix},
            {"name", d.key.name},
            {"tenant", d.key.tenant},
            {"createdAt", timeOrNull(d.key.createdAt)},
            {"createdBy", d.key.createdBy},
            {"lastUsedAt", timeOrNull(d.lastUsedAt)},
            {"expiresAt", timeOrNull(d.key.expiresAt)},
            {"scopes", QJsonArray::fromStringList(d.key.scopes)},
            {"revokedAt", timeOrNull(d.revokedAt)}};
}

QJsonObject ApiKeyRegistry::validity(const std::optional<ApiKeyDetails> &key)
{
    if (!key)
        return {{"valid", false}, {"reason", "unknown"}};
    const bool expired =
        key->key.expiresAt.isValid() && key->key.expiresAt <= QDateTime::currentDateTimeUtc();
    QJsonObject answer{{"valid", !key->key.revoked && !expired},
                       {"tenant", key->key.tenant},
                       {"name", key->key.name},
                       {"prefix", key->key.prefix},
                       {"scopes", QJsonArray::fromStringList(key->key.scopes)},
                       {"expiresAt", timeOrNull(key->key.expiresAt)},
                       {"createdAt", timeOrNull(key->key.createdAt)}};
    if (key->key.revoked)
        answer.insert("reason", "revoked");
    else if (expired)
        answer.insert("reason", "expired");
    return answer;
}

QJsonObject ApiKeyRegistry::malformed()
{
    return {{"valid", false}, {"reason", "malformed"}};
}

void ApiKeyRegistry::create(const Caller &caller, const QString &tenant, const QString &name,
                            const QDateTime &expiresAt, const QStringList &scopes,
                            OutcomeHandler done)
{
    if (!isTenantName(tenant))
        return done(
            ApiError::field(errc::InvalidField, "tenant", "1-100 letters, digits or _ . : @ -"));
    if (name.isEmpty() || name.size() > 200)
        return done(ApiError::field(errc::InvalidField, "name", "1-200 characters"));
    const QString key = ApiKeyCodec::generate();
    const ApiKeyRecord record{QUuid::createUuid().toString(QUuid::WithoutBraces),
                              tenant,
                              name,
                              ApiKeyCodec::prefixOf(key),
                              ApiKeyCodec::hash(key),
                              scopes,
                              caller.actor,
                              QDateTime::currentDateTimeUtc(),
                              expiresAt,
                              false};
    const AuditEntry audit{caller.actor,
                           tenant,
                           QStringLiteral("apikey.create"),
                           record.id,
                           {{"name", name},
                            {"prefix", record.prefix},
                            {"expiresAt", timeOrNull(expiresAt)},
                            {"scopes", QJsonArray::fromStringList(scopes)}},
                           caller.corrId,
                           0,
                           {}};
    m_writer.submit<Done>(
        this,
        [record, audit](QSqlDatabase &db) -> DbResult<Done> {
            const auto stored = ApiKeyRecords::insert(db, record);
            return stored.ok() ? AuditRecords::append(db, audit) : stored;
        },
        [caller, record, key, done](const DbResult<Done> &stored) {
            if (!stored.ok())
                return done(toApiError(stored.error(), caller.corrId,
                                       QStringLiteral("key collision; try again")));
            log::info("admin", QStringLiteral("API key created"),
                      {{"corrId", caller.corrId},
                       {"actor", caller.actor},
                       {"tenant", record.tenant},
                       {"prefix", record.prefix}});
            QJsonObject answer = toJson({record, {}, {}});
            answer.insert("key", key); // the only time the key is ever shown
            done(answer);
        });
}

void ApiKeyRegistry::list(const QStringList &tenants, bool includeRevoked, Listed done)
{
    m_reader.run<QList<ApiKeyDetails>>(
        this,
        [tenants, includeRevoked](QSqlDatabase &db) {
            return ApiKeyRecords::list(db, tenants, includeRevoked);
        },
        std::move(done));
}

void ApiKeyRegistry::findById(const QString &id, Found done)
{
    if (QUuid::fromString(id).isNull())
        return done(std::optional<ApiKeyDetails>());
    m_reader.run<std::optional<ApiKeyDetails>>(
        this, [id](QSqlDatabase &db) { return ApiKeyRecords::findById(db, id); }, std::move(done));
}

void ApiKeyRegistry::findByKey(const QString &key, Found done)
{
    const QByteArray hash = ApiKeyCodec::hash(key);
    m_reader.run<std::optional<ApiKeyDetails>>(
        this, [hash](QSqlDatabase &db) { return ApiKeyRecords::findByHash(db, hash); },
        std::move(done));
}

void ApiKeyRegistry::revoke(const Caller &caller, const ApiKeyDetails &key, OutcomeHandler done)
{
    const AuditEntry audit{caller.actor,
                           key.key.tenant,
                           QStringLiteral("apikey.revoke"),
                           key.key.id,
                           {{"name", key.key.name}, {"prefix", key.key.prefix}},
                           caller.corrId,
                           0,
                           {}};
    const QString id = key.key.id;
    m_writer.submit<std::optional<ApiKeyDetails>>(
        this,
        [id, audit](QSqlDatabase &db) -> DbResult<std::optional<ApiKeyDetails>> {
            const auto revoked = ApiKeyRecords::revoke(db, id);
            if (!revoked.ok())
                return revoked.error();
            if (revoked.value()) {
                const auto logged = AuditRecords::append(db, audit);
                if (!logged.ok())
                    return logged.error();
            }
            return ApiKeyRecords::findById(db, id);
        },
        [this, caller, key, done](const DbResult<std::optional<ApiKeyDetails>> &stored) {
            if (!stored.ok())
                return done(toApiError(stored.error(), caller.corrId));
            if (!stored.value()) // deleted meanwhile: nothing left that could work
                return done(ApiError::notFound(errc::ApiKeyNotFound,
                                               QStringLiteral("no API key %1").arg(key.key.id)));
            log::info("admin", QStringLiteral("API key revoked"),
                      {{"corrId", caller.corrId},
                       {"actor", caller.actor},
                       {"tenant", key.key.tenant},
                       {"prefix", key.key.prefix}});
            // Answered once Redis has taken the marker: by then its tracking has sent every
            // node the invalidation, which travels ahead of any request sent after this
            // answer (ApiKeyCache).
            forgetCached(key.key.keyHash,
                         [done, answer = toJson(*stored.value())] { done(answer); });
        });
}

void ApiKeyRegistry::forgetCached(const QByteArray &keyHash, std::function<void()> then)
{
    // The database says "revoked" from now on; Redis is where every node's cached lookup
    // lives, so deleting it there ends the key everywhere (each node's ApiKeyCache hears of
    // it by Redis's tracking). The marker covers a lookup on another node that read the
    // database just before the revocation and caches it after.
    m_cache.forget(keyHash);
    const QByteArray hex = keyHash.toHex();
    m_redis.command({"SET", rediskeys::apiKeyRevoked(hex), "1", "EX",
                     QByteArray::number(kRevokedMarkerSeconds)},
                    [](const RedisReply &r) {
                        if (r.isError())
                            log::warn("admin",
                                      QStringLiteral("could not mark a revoked API key in Redis; "
                                                     "its cached lookup expires within 60 s"),
                                      {{"error", QString::fromUtf8(r.text)}});
                    });
    // Replies come in order: this one comes after the marker's.
    m_redis.command({"DEL", rediskeys::apiKey(hex)}, [then](const RedisReply &) { then(); });
}

} // namespace ges
