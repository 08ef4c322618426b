#include "AuthController.h"
#include "AccessPolicy.h"
#include "JsonBody.h"
#include "ops/Log.h"
#include "security/PasswordHasher.h"
#include "shared/ApiPaths.h"
#include "shared/ErrorCodes.h"
#include "store/AccountRecords.h"
#include "store/LoginThrottle.h"
#include "store/SessionStore.h"
#include "store/SqlReaderPool.h"

#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

namespace ges {

namespace {
// Verified when the user does not exist, so an unknown name costs as much as a wrong
// password and cannot be told apart by timing. Built on first use, on the thread pool.
const QString &dummyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("no such user"));
    return hash;
}
} // namespace

AuthController::AuthController(SqlReaderPool &reader, SessionStore &sessions,
                               LoginThrottle &throttle, const AccessPolicy &access, QObject *parent)
    : QObject(parent), m_reader(reader), m_sessions(sessions), m_throttle(throttle),
      m_access(access)
{
}

void AuthController::registerRoutes(Router &router)
{
    router.add(
        {"POST", paths::Login, AuthKind::None, [this](const ExchangePtr &e) { login(e); }, {}});
    router.add({"POST",
                paths::Logout,
                AuthKind::Session,
                [this](const ExchangePtr &e) { logout(e); },
                {}});
}

void AuthController::login(const ExchangePtr &exchange)
{
    const auto body = jsonBody(exchange);
    if (!body)
        return;
    const QString user = body->value("username").toString();
    const QString password = body->value("password").toString();
    if (user.isEmpty() || password.isEmpty() || user.size() > 200 || password.size() > 1024)
        return exchange->replyError({400,
                                     errc::MissingField,
                                     QStringLiteral("username and password are required"),
                                     {{"username", "required"}, {"password", "required"}},
                                     0});
    const QString address = exchange->peer().toString();
    m_throttle.check(
        user, address, [this, exchange, user, password, address](std::optional<int> wait) {
            if (!wait) // protection, not a reason to refuse service: the password decides
                log::warn("auth",
                          QStringLiteral("login throttle unavailable (Redis); not enforced"),
                          {{"corrId", exchange->corrId()}});
            if (wait.value_or(0) > 0) {
                log::warn("auth", QStringLiteral("login throttled"),
                          {{"user", user}, {"peer", address}, {"corrId", exchange->corrId()}});
                return exchange->replyError(
                    {429,
                     errc::RateLimited,
                     QStringLiteral("too many failed logins; retry in %1 s").arg(*wait),
                     {},
                     *wait});
            }
            verify(exchange, user, password);
        });
}

void AuthController::verify(const ExchangePtr &exchange, const QString &user,
                            const QString &password)
{
    m_reader.run<std::optional<UserRecord>>(
        this, [user](QSqlDatabase &db) { return AccountRecords::findUser(db, user); },
        [this, exchange, user, password](const DbResult<std::optional<UserRecord>> &found) {
            if (!found.ok())
                return exchange->replyError(
                    ApiError::unavailable(QStringLiteral("cannot check the login now")));
            const std::optional<UserRecord> record = found.value();
            const QString stored = record && !record->disabled ? record->passwordHash : QString();
            // PBKDF2 is slow on purpose: verify on the thread pool, answer back here.
            QtConcurrent::run([password, stored] {
                return PasswordHasher::verify(password, stored.isEmpty() ? dummyHash() : stored);
            }).then(this, [this, exchange, user, record](bool ok) {
                if (!ok || !record || record->disabled) {
                    m_throttle.recordFailure(user, exchange->peer().toString());
                    log::info("auth", QStringLiteral("login refused"),
                              {{"user", record ? record->name : QStringLiteral("(unknown)")},
                               {"peer", exchange->peer().toString()},
                               {"corrId", exchange->corrId()}});
                    return exchange->replyError({401,
                                                 errc::InvalidCredentials,
                                                 QStringLiteral("wrong user name or password"),
                                                 {},
                                                 0});
                }
                m_throttle.recordSuccess(user);
                Principal p;
                p.userName = record->name;
                p.roles = record->roles;
                p.tenants = record->tenants;
                startSession(exchange, p);
            });
        });
}

void AuthController::startSession(const ExchangePtr &exchange, const Principal &p)
{
    const bool devops = m_access.isDevOps(p.roles);
    m_sessions.create(
        p, exchange->peer().toString(), [exchange, p, devops](std::optional<QString> token) {
            if (!token)
                return exchange->replyError(
                    ApiError::unavailable(QStringLiteral("cannot start a session now")));
            log::info("auth", QStringLiteral("login"),
                      {{"user", p.userName}, {"corrId", exchange->corrId()}});
            exchange->replyData(
                QJsonObject{{"token", *token},
                            {"expiresInSeconds", SessionStore::kIdleSeconds},
                            {"user", QJsonObject{{"name", p.userName},
                                                 {"roles", QJsonArray::fromStringList(p.roles)},
                                                 {"tenants", QJsonArray::fromStringList(p.tenants)},
                                                 {"devops", devops}}}});
        });
}

void AuthController::logout(const ExchangePtr &exchange)
{
    m_sessions.remove(exchange->principal.sessionToken, [exchange](bool ok) {
        if (!ok) // the session would live on: say so rather than pretend
            return exchange->replyError(
                ApiError::unavailable(QStringLiteral("cannot end the session now; try again")));
        exchange->replyData(QJsonObject{});
    });
}

} // namespace ges
