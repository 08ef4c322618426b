#pragma once
#include <QByteArray>
#include <QString>
#include <optional>

namespace ges::json {

// What RFC 8259 forbids but Qt's parser (QJsonDocument::fromJson, Qt 6.4) accepts: raw
// control characters (U+0000-U+001F) inside strings, and escapes other than
// \" \\ \/ \b \f \n \r \t \uXXXX. Run on text Qt has already parsed; returns the first such
// problem ("... at offset N"), or nothing when the text is strict JSON. Requests must not
// carry values that a stricter parser in front of or behind us would read differently.
std::optional<QString> laxSyntax(const QByteArray &text);

} // namespace ges::json
