#include "IsoTime.h"

#include <QTimeZone>

namespace ges::isotime {

namespace {
// Writes `time` as "YYYY-MM-DDTHH:MM:SS.mmmZ" into `text`; false when its year has not
// four digits (left to Qt).
bool fill(char (&text)[24], const QDateTime &time)
{
    // Written by hand: every answer carries several times, and QDateTime::toString goes
    // through QString::asprintf per field, which was 7% of a retrieve's CPU.
    constexpr qint64 kMsPerDay = 86400000;
    const qint64 ms = time.toMSecsSinceEpoch();
    qint64 days = ms / kMsPerDay;
    qint64 msOfDay = ms % kMsPerDay;
    if (msOfDay < 0) {
        msOfDay += kMsPerDay;
        --days;
    }
    int year = 0, month = 0, day = 0;
    QDate::fromJulianDay(QDate(1970, 1, 1).toJulianDay() + days).getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return false;
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, int(msOfDay / 3600000), 2);
    text[13] = ':';
    put(14, int(msOfDay / 60000 % 60), 2);
    text[16] = ':';
    put(17, int(msOfDay / 1000 % 60), 2);
    text[19] = '.';
    put(20, int(msOfDay % 1000), 3);
    text[23] = 'Z';
    return true;
}
} // namespace

QString format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    char text[24];
    if (!fill(text, time))
        return time.toUTC().toString(Qt::ISODateWithMs);
    return QString::fromLatin1(text, 24);
}

void appendTo(QByteArray &out, const QDateTime &time)
{
    if (!time.isValid())
        return;
    char text[24];
    if (fill(text, time))
        out.append(text, 24);
    else
        out += format(time).toUtf8();
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
