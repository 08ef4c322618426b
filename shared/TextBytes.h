#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

// Text written straight into byte buffers on hot paths (JSON answers, RESP commands, Redis
// key names): almost all of it is ASCII, which is copied without a UTF-8 copy first.
namespace ges::textbytes {

// `value` in decimal, written into `buffer`; the view points into it.
QByteArrayView decimal(char (&buffer)[24], qint64 value);
bool isAscii(QStringView text);
// Appends text known to be ASCII, one byte per character.
void appendAscii(QByteArray &out, QStringView ascii);
// Appends `text` as UTF-8: ASCII directly, anything else through QString::toUtf8().
void appendUtf8(QByteArray &out, QStringView text);

} // namespace ges::textbytes
