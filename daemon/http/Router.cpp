#include "Router.h"

#include <QtGlobal>

namespace ges {

namespace {
const QString kAdminPrefix = QStringLiteral("/ges/v1/admin/");

// -1: no match; otherwise the number of parameters the template used. Both sides come
// split already: a request is split once, not once per route.
int matchTemplate(const QStringList &want, const QList<QStringView> &have, QStringView *parameter)
{
    if (want.size() != have.size())
        return -1;
    int parameters = 0;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want[i].startsWith(u'{')) {
            if (have[i].isEmpty())
                return -1;
            if (parameters++ == 0)
                *parameter = have[i];
        } else if (want[i] != have[i]) {
            return -1;
        }
    }
    return parameters;
}
} // namespace

void Router::add(Route route)
{
    if (route.path.startsWith(kAdminPrefix)) {
        const AdminEndpoint *endpoint = findAdminEndpoint(route.method, route.path);
        if (!endpoint)
            qFatal("admin route %s %s is missing from adminEndpoints()", route.method.constData(),
                   qPrintable(route.path));
        route.permission = endpoint->permission;
    }
    QStringList segments = route.path.split(u'/');
    m_routes.append({std::move(route), std::move(segments)});
}

void Router::addMissingAdminEndpoints(const Handler &fallback)
{
    for (const AdminEndpoint &endpoint : adminEndpoints()) {
        bool served = false;
        for (const auto &[route, segments] : std::as_const(m_routes))
            served = served || (route.method == endpoint.method && route.path == endpoint.path);
        if (!served)
            add({endpoint.method, endpoint.path, AuthKind::Session, fallback, {}});
    }
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    int fewest = std::numeric_limits<int>::max();
    const QList<QStringView> have = QStringView(path).split(u'/');
    for (const auto &[route, segments] : m_routes) {
        QStringView parameter;
        const int parameters = matchTemplate(segments, have, &parameter);
        if (parameters < 0)
            continue;
        if (route.method != method) {
            result.pathKnown = true;
            continue;
        }
        if (parameters < fewest) {
            fewest = parameters;
            result.route = &route;
            result.parameter = parameter.toString();
        }
    }
    return result;
}

} // namespace ges
