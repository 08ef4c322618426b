#include "JsonText.h"

namespace ges::jsontext {

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
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
    out += '"';
}

} // namespace ges::jsontext
