#pragma once
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <optional>
#include <utility>

namespace ges {

struct DbError
{
    enum class Kind
    {
        Unavailable,   // not reached or refused: nothing was written
        CommitUnknown, // the connection broke during COMMIT: it may or may not have landed
        Conflict,
        Internal
    };
    Kind kind = Kind::Internal;
    QString message;

    // Maps a failed query: no SQLSTATE (the connection broke), class 08 (connection
    // exception) or 57P (shutdown) means the database is unavailable; 23505 a conflict.
    static DbError fromQuery(const QSqlQuery &query);
    static DbError unavailable(const QString &message) { return {Kind::Unavailable, message}; }
};

// A value or a DbError; what every store job returns.
template <class T> class DbResult
{
public:
    DbResult(T value) : m_value(std::move(value)) {}
    DbResult(DbError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const DbError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    DbError m_error;
};

struct Done
{
};

} // namespace ges
