#pragma once
#include "HttpExchange.h"

#include <QList>
#include <QString>
#include <functional>

namespace ges {

enum class AuthKind
{
    None,
    ApiKey,
    Session,
    RoutingToken
};

// How a route handles its request; it answers through the exchange, now or later.
using Handler = std::function<void(const ExchangePtr &)>;

struct Route
{
    QByteArray method;
    QString path; // exact, or a prefix ending in '/' whose rest is a parameter
    bool prefix = false;
    AuthKind auth = AuthKind::None;
    Handler handler;
    QString suffix; // for prefix routes: a fixed tail after the parameter ("/state")
};

// The route table of one listener, registered explicitly so it can be read in one place.
class Router
{
public:
    void add(Route route) { m_routes.append(std::move(route)); }

    struct Match
    {
        const Route *route = nullptr;
        bool pathKnown = false; // the path exists with another method: 405, not 404
        QString parameter;
    };
    Match match(const QByteArray &method, const QString &path) const;

private:
    QList<Route> m_routes;
};

} // namespace ges
