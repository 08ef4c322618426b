#pragma once
#include <QString>
#include <optional>

namespace ges::phone {

// Normalises a phone number to E.164 ("+4930123456"): drops spaces, dashes, dots and
// brackets, turns a leading "00" into "+". Returns nothing when the result is not
// "+" followed by 7 to 15 digits (no leading zero in the country code).
std::optional<QString> normalize(const QString &input);

} // namespace ges::phone
