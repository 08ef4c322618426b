#pragma once
// Checks on PostgreSQL's real state shared by the fault tests.
#include "PostgresServer.h"

#include <QStringList>

namespace ges::test {

// How many of `ids` are rows of callbacks (in chunks: the list may be long).
inline int countInPostgres(const PostgresServer &postgres, const QStringList &ids)
{
    int found = 0;
    for (qsizetype i = 0; i < ids.size(); i += 500)
        found += postgres
                     .psql("SELECT count(*) FROM callbacks WHERE id IN ('" +
                           ids.mid(i, 500).join("','") + "')")
                     .toInt();
    return found;
}

} // namespace ges::test
