#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "store/ApiKeyRecords.h"

#include <QObject>

namespace ges {

class GroupCommitWriter;
class SqlReaderPool;
class RedisClient;
class ApiKeyCache;

// API keys of the tenants: issued here (shown once, stored as a hash), listed, revoked and
// validated. Revoking also tells every node at once, through the shared Redis, that the
// key's cached lookup is no longer to be believed.
class ApiKeyRegistry : public QObject
{
    Q_OBJECT
public:
    using Found = std::function<void(const DbResult<std::optional<ApiKeyDetails>> &)>;
    using Listed = std::function<void(const DbResult<QList<ApiKeyDetails>> &)>;

    ApiKeyRegistry(SqlReaderPool &reader, GroupCommitWriter &writer, RedisClient &redis,
                   ApiKeyCache &cache, QObject *parent = nullptr);

    // `expiresAt` invalid: never expires; `scopes` empty: the whole external API.
    void create(const Caller &caller, const QString &tenant, const QString &name,
                const QDateTime &expiresAt, const QStringList &scopes, OutcomeHandler done);
    // `tenants` empty: every tenant.
    void list(const QStringList &tenants, bool includeRevoked, Listed done);
    void findById(const QString &id, Found done);
    // The key whose text is `key` (nothing is stored or logged of the text itself).
    void findByKey(const QString &key, Found done);
    // Revokes `key` (found before, so its tenant could be checked). Revoking a revoked key
    // answers the key as it is, without a second audit entry.
    void revoke(const Caller &caller, const ApiKeyDetails &key, OutcomeHandler done);

    static bool isTenantName(const QString &tenant);
    // Whether `key` can be one of ours at all ("ges_" + base64url); a malformed key is
    // not looked up.
    static bool isWellFormed(const QString &key);
    // Names a key may be limited to; see docs/admin-developer.md.
    static const QStringList &knownScopes();
    static QJsonObject toJson(const ApiKeyDetails &key);
    // The validate answers: for a key found (or not) by findByKey(), or a malformed one.
    static QJsonObject validity(const std::optional<ApiKeyDetails> &key);
    static QJsonObject malformed();

private:
    // `then` runs when Redis has answered (or could not be reached).
    void forgetCached(const QByteArray &keyHash, std::function<void()> then);

    SqlReaderPool &m_reader;
    GroupCommitWriter &m_writer;
    RedisClient &m_redis;
    ApiKeyCache &m_cache;
};

} // namespace ges
