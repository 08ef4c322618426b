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
    return time.toUTC();
}

} // namespace ges::isotime
