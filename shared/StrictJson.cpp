#include "StrictJson.h"

#include <algorithm>

namespace ges::json {

std::optional<QString> laxSyntax(const QByteArray &text)
{
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c < 0x20) {
            return QStringLiteral("unescaped control character in a string at offset %1").arg(i);
        } else if (c == '\\') {
            const char next = i + 1 < text.size() ? text.at(i + 1) : '\0';
            if (!QByteArrayView("\"\\/bfnrtu").contains(next) || next == '\0')
                return QStringLiteral("invalid escape sequence at offset %1").arg(i);
            if (next == 'u') {
                const QByteArray hex = text.mid(i + 2, 4);
                const bool allHex = std::all_of(hex.begin(), hex.end(), [](char h) {
                    return (h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') ||
                           (h >= 'A' && h <= 'F');
                });
                if (hex.size() != 4 || !allHex)
                    return QStringLiteral("invalid \\u escape at offset %1").arg(i);
            }
            ++i; // the escaped character is never a closing quote
        }
    }
    return std::nullopt;
}

} // namespace ges::json
