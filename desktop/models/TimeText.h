#pragma once
#include <QDateTime>
#include <QLocale>

// A time as the tables show it: local, the locale's short format; empty when unknown.
// `locale` lets a model that formats many rows reuse one QLocale.
inline QString timeText(const QDateTime &time, const QLocale &locale = QLocale())
{
    return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}
