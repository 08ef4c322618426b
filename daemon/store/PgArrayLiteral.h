#pragma once
#include <QString>

namespace ges {

// A PostgreSQL array written as one text value ('{"a","b",NULL}'), so a statement can take
// a column of many rows as a single bound parameter and unnest() it: one round trip for a
// whole batch (CallbackRecords::insertMany). Every element is quoted, with '"' and '\'
// escaped, so commas, braces, spaces and newlines inside it are data.
class PgArrayLiteral
{
public:
    void add(const QString &element);
    void addNull();
    QString text() const { return m_text + u'}'; }

private:
    QString m_text = QStringLiteral("{");
};

} // namespace ges
