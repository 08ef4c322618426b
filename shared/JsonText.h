#pragma once
#include <QByteArray>
#include <QStringView>

namespace ges::jsontext {

// Appends `text` as a JSON string literal, byte for byte as QJsonDocument writes one, so
// bodies written by hand match those Qt serialises.
void appendString(QByteArray &out, QStringView text);
// Appends an integer as QJsonDocument writes one.
void appendNumber(QByteArray &out, qint64 value);

} // namespace ges::jsontext
