#pragma once
#include "http/Router.h"

#include <QObject>

namespace ges {

class SqlReaderPool;
class SessionStore;

// Internal API: /ges/v1/auth/login and /logout.
class AuthController : public QObject
{
    Q_OBJECT
public:
    AuthController(SqlReaderPool &reader, SessionStore &sessions, QObject *parent = nullptr);
    void registerRoutes(Router &router);

private:
    void login(const ExchangePtr &exchange);
    void logout(const ExchangePtr &exchange);

    SqlReaderPool &m_reader;
    SessionStore &m_sessions;
};

} // namespace ges
