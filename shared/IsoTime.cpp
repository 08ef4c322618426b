#include "IsoTime.h"

#include <QTimeZone>

namespace ges::isotime {

QString format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 11 || trimmed.size() > 40)
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    // "9999-12-31T23:59:59-05:00" is in year 10000 in UTC, which ISO-8601 (and so
    // format()) cannot write: a time accepted here would come back empty in answers.
    const QDateTime utc = time.toUTC();
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return std::nullopt;
    return utc;
}

} // namespace ges::isotime
