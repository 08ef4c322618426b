#include "JsonText.h"
#include "TextBytes.h"

#include <QString>

namespace ges::jsontext {

namespace {
// The bytes of `text` need no escape and no encoding: ASCII without '"', '\' or controls.
bool isPlain(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || u < 0x20 || u == u'"' || u == u'\\')
            return false;
    }
    return true;
}

void appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char kShort[] = "btn?fr"; // \b \t \n, \f \r: 0x08-0x0d
            if (u >= 0x08 && u <= 0x0d && kShort[u - 0x08] != '?') {
                out += '\\';
                out += kShort[u - 0x08];
                continue;
            }
            static const char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 0xf];
        } else {
            out += c;
        }
    }
}
} // namespace

void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    if (isPlain(text)) { // almost always: copied as is, without a UTF-8 copy first
        textbytes::appendAscii(out, text);
    } else {
        appendEscaped(out, text.toUtf8());
    }
    out += '"';
}

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    out += textbytes::decimal(digits, value);
}

} // namespace ges::jsontext
