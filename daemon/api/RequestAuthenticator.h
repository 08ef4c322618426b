#pragma once
#include "http/HttpExchange.h"
#include "http/Router.h"

#include <QObject>

namespace ges {

class SqlReaderPool;
class GroupCommitWriter;
class RedisClient;
class ApiKeyCache;
class SessionStore;
class AccessPolicy;

// Establishes who calls: an API key (external API; its tenant), a session token (admin
// API) or the routing token. An API key's lookup is cached in Redis for 60 s (a revoked
// key is marked there, see ApiKeyRegistry) and in this node's memory while Redis's
// tracking says it is unchanged (ApiKeyCache); each database lookup records its use.
// Answers 401/503 itself; calls `next` when the caller is known.
// On admin routes it also checks that one of the caller's roles holds the route's
// permission (403 otherwise), so no handler runs for a role that may not call it.
class RequestAuthenticator : public QObject
{
    Q_OBJECT
public:
    RequestAuthenticator(SqlReaderPool &reader, GroupCommitWriter &writer, RedisClient &redis,
                         ApiKeyCache &keys, SessionStore &sessions, const AccessPolicy &access,
                         QString routingToken, QObject *parent = nullptr);

    void authenticate(const ExchangePtr &exchange, AuthKind kind, std::function<void()> next);

    static QString bearerToken(const HttpExchange &exchange);

private:
    void apiKey(const ExchangePtr &exchange, std::function<void()> next);
    void apiKeyFromDatabase(const ExchangePtr &exchange, const QByteArray &hash,
                            std::function<void()> next);
    void recordUse(const QByteArray &hash); // api_keys.last_used_at
    void session(const ExchangePtr &exchange, std::function<void()> next);
    void routing(const ExchangePtr &exchange, std::function<void()> next);

    SqlReaderPool &m_reader;
    GroupCommitWriter &m_writer;
    RedisClient &m_redis;
    ApiKeyCache &m_keys;
    SessionStore &m_sessions;
    const AccessPolicy &m_access;
    QByteArray m_routingToken;
};

} // namespace ges
