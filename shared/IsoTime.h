#pragma once
#include <QDateTime>
#include <QString>
#include <optional>

namespace ges::isotime {

// "2026-11-24T15:30:00.000Z": UTC with milliseconds, as every response carries times.
QString format(const QDateTime &time);
// The same text appended as bytes (nothing for an invalid time), for answers written by
// hand.
void appendTo(QByteArray &out, const QDateTime &time);

// Accepts ISO-8601 with any offset ("Z", "+01:00"); a time without an offset is refused,
// because guessing the caller's zone would book the wrong hour.
std::optional<QDateTime> parse(const QString &text);

} // namespace ges::isotime
