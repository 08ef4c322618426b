#pragma once
#include <QDateTime>
#include <QString>

namespace ges {

// A UUID version 7 (RFC 9562): the creation time in milliseconds first, then 74 random
// bits from the system's generator. Ids made later sort later, so they land at the right
// end of a b-tree index, whose pages then fill instead of staying half empty
// (docs/performance.md). The time is not a secret: a callback's owner sees createdAt.
QString timeOrderedUuid(const QDateTime &at);

} // namespace ges
