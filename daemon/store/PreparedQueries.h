#pragma once
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace ges::prepared {

// `sql` prepared on `db` once per connection and kept: for each statement run, QPSQL
// otherwise sends PREPARE, EXECUTE and DEALLOCATE (three round trips, a parse and a plan
// every time; docs/performance.md). Returned finished, ready for new bind values. Only
// the thread that owns `db` may use it, as with the connection itself.
QSqlQuery &query(QSqlDatabase &db, const QString &sql);

// Drops the kept statements of a connection: before it is (re)opened, and before it is
// removed (a statement must not outlive its connection).
void forget(const QString &connectionName);

} // namespace ges::prepared
