#pragma once
#include "HttpExchange.h"
#include "shared/AdminEndpoints.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

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
    QString path; // a template: "{name}" stands for one non-empty path segment
    AuthKind auth = AuthKind::None;
    Handler handler;
    // Admin routes: taken from adminEndpoints() by Router::add, never set by hand.
    std::optional<Permission> permission;
};

// The route table of one listener, registered explicitly so it can be read in one place.
class Router
{
public:
    // An admin route (under /ges/v1/admin/) must be in adminEndpoints(): its permission
    // comes from there. One that is not is a programming error and stops the daemon.
    void add(Route route);
    // Serves every admin endpoint no controller registered with `fallback` (501), so the
    // table and the served API cannot drift apart silently.
    void addMissingAdminEndpoints(const Handler &fallback);

    struct Match
    {
        const Route *route = nullptr;
        bool pathKnown = false; // the path exists with another method: 405, not 404
        QString parameter;      // the first {name} segment, still percent-encoded
    };
    // A route with fewer parameters wins: /callbacks/export before /callbacks/{id}.
    Match match(const QByteArray &method, const QString &path) const;

private:
    struct Entry
    {
        Route route;
        QStringList segments; // route.path split at '/', once
    };
    QList<Entry> m_routes;
};

} // namespace ges
