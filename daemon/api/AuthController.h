#pragma once
#include "http/Router.h"

#include <QObject>

namespace ges {

class SqlReaderPool;
class SessionStore;
class LoginThrottle;
class AccessPolicy;

// Internal API: /ges/v1/auth/login and /logout. Failed logins are throttled per user name
// and per client address (LoginThrottle) before any password is checked.
class AuthController : public QObject
{
    Q_OBJECT
public:
    AuthController(SqlReaderPool &reader, SessionStore &sessions, LoginThrottle &throttle,
                   const AccessPolicy &access, QObject *parent = nullptr);
    void registerRoutes(Router &router);

private:
    void login(const ExchangePtr &exchange);
    void verify(const ExchangePtr &exchange, const QString &user, const QString &password);
    void startSession(const ExchangePtr &exchange, const Principal &principal);
    void logout(const ExchangePtr &exchange);

    SqlReaderPool &m_reader;
    SessionStore &m_sessions;
    LoginThrottle &m_throttle;
    const AccessPolicy &m_access;
};

} // namespace ges
