#pragma once
#include "http/HttpExchange.h"
#include "http/Router.h"

#include <QObject>

namespace ges {

class SqlReaderPool;
class RedisClient;
class SessionStore;

// Establishes who calls: an API key (external API; its tenant), a session token (admin
// API) or the routing token. Answers 401/503 itself; calls `next` when the caller is known.
class RequestAuthenticator : public QObject
{
    Q_OBJECT
public:
    RequestAuthenticator(SqlReaderPool &reader, RedisClient &redis, SessionStore &sessions,
                         QString routingToken, QObject *parent = nullptr);

    void authenticate(const ExchangePtr &exchange, AuthKind kind, std::function<void()> next);

    static QString bearerToken(const HttpExchange &exchange);

private:
    void apiKey(const ExchangePtr &exchange, std::function<void()> next);
    void apiKeyFromDatabase(const ExchangePtr &exchange, const QByteArray &hash,
                            std::function<void()> next);
    void session(const ExchangePtr &exchange, std::function<void()> next);
    void routing(const ExchangePtr &exchange, std::function<void()> next);

    SqlReaderPool &m_reader;
    RedisClient &m_redis;
    SessionStore &m_sessions;
    QByteArray m_routingToken;
};

} // namespace ges
