#pragma once
#include "shared/ApiError.h"

#include <QDateTime>
#include <QUrlQuery>
#include <optional>

namespace ges {

// Typed reads of query parameters; each problem becomes a 400 with the parameter named.
class QueryParams
{
public:
    explicit QueryParams(const QUrlQuery &query) : m_query(query) {}

    QString text(const QString &name) const;
    bool has(const QString &name) const { return m_query.hasQueryItem(name); }
    // An ISO-8601 time (with offset) in `isoName`, or epoch milliseconds in `msName`.
    QDateTime time(const QString &isoName, const QString &msName = {});
    int integer(const QString &name, int fallback, int min, int max);
    bool flag(const QString &name);
    // A list's cursor that is the positive sequence number of the last row seen; 0 when
    // absent (the first page).
    qint64 sequenceCursor(const QString &name);
    QByteArray timeZone(const QString &name);

    std::optional<ApiError> error() const { return m_error; }

private:
    void fail(const QString &name, const QString &problem);

    const QUrlQuery &m_query;
    std::optional<ApiError> m_error;
};

} // namespace ges
