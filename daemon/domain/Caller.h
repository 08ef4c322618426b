#pragma once
#include <QString>

namespace ges {

// Who asked, for the domain: the tenant acted on (or any tenant, for the routing side), the
// actor written to a callback's history, and the request's correlation id, which every
// log line of the request carries (API.md §3).
struct Caller
{
    QString tenant;
    QString actor;
    QString corrId;
    bool anyTenant = false; // the routing side acts on callbacks of every tenant
};

} // namespace ges
