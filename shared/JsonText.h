#pragma once
#include <QByteArray>
#include <QString>

namespace ges::jsontext {

// Appends `text` as a JSON string literal, byte for byte as QJsonDocument writes one, so
// bodies written by hand match those Qt serialises.
void appendString(QByteArray &out, const QString &text);

} // namespace ges::jsontext
