#pragma once
#include "DbSettings.h"

#include <QString>

namespace ges {

// Applies the versioned SQL files of store/migrations/ (compiled in as resources) that
// the database has not seen yet, each in its own transaction. Runs at start, before any
// listener opens, under a PostgreSQL advisory lock so nodes starting together apply each
// migration once.
class Migrator
{
public:
    explicit Migrator(const DbSettings &settings) : m_settings(settings) {}
    // Returns the number of migrations applied, or -1 with `error` set.
    int apply(QString *error);
    static QStringList available(); // resource paths, in version order

private:
    DbSettings m_settings;
};

} // namespace ges
