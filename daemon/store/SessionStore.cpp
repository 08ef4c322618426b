#include "SessionStore.h"
#include "RedisKeys.h"
#include "security/SecureRandom.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ges {

namespace {
QByteArray keyOf(const QString &token)
{
    return rediskeys::session(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

void SessionStore::create(const Principal &p, std::function<void(std::optional<QString>)> done)
{
    const QString token = SecureRandom::token(32);
    const QJsonObject json{{"user", p.userName},
                           {"roles", QJsonArray::fromStringList(p.roles)},
                           {"tenants", QJsonArray::fromStringList(p.tenants)}};
    m_redis.command({"SET", keyOf(token), QJsonDocument(json).toJson(QJsonDocument::Compact), "EX",
                     QByteArray::number(kIdleSeconds)},
                    [done, token](const RedisReply &r) {
                        done(r.isError() ? std::nullopt : std::optional<QString>(token));
                    });
}

void SessionStore::touch(const QString &token,
                         std::function<void(std::optional<Principal>, bool)> done)
{
    m_redis.command({"GETEX", keyOf(token), "EX", QByteArray::number(kIdleSeconds)},
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
    m_redis.command({"DEL", keyOf(token)}, [done](const RedisReply &r) { done(!r.isError()); });
}

} // namespace ges
