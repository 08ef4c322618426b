#include "Router.h"

namespace ges {

namespace {
// A parameter is one non-empty path segment.
bool matchPrefix(const Route &route, const QString &path, QString *parameter)
{
    if (!path.startsWith(route.path) || !path.endsWith(route.suffix))
        return false;
    const QString rest =
        path.mid(route.path.size(), path.size() - route.path.size() - route.suffix.size());
    if (rest.isEmpty() || rest.contains(u'/'))
        return false;
    *parameter = rest;
    return true;
}
} // namespace

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    for (const Route &route : m_routes) {
        QString parameter;
        const bool pathMatches =
            route.prefix ? matchPrefix(route, path, &parameter) : route.path == path;
        if (!pathMatches)
            continue;
        if (route.method == method) {
            result.route = &route;
            result.parameter = parameter;
            return result;
        }
        result.pathKnown = true;
    }
    return result;
}

} // namespace ges
