#pragma once
#include <QString>

namespace ges {

// Who asked, for the domain: the tenant acted on (empty: any, for the routing side), the
// actor written to a callback's history, and the request's correlation id, which every
// log line of the request carries (API.md §3).
struct Caller
{
    QString tenant;
    QString actor;
    QString corrId;
};

} // namespace ges
