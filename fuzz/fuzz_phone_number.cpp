// Fuzzes phone::normalize (shared/PhoneNumber): whatever the text, it either refuses it
// or returns E.164 ("+", a non-zero digit, 6 to 14 more digits), and the result
// normalises to itself, so a stored number always matches a later lookup of it.
#include "FuzzCheck.h"
#include "shared/PhoneNumber.h"

#include <QRegularExpression>

using namespace ges;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    const QString input = fuzz::text(data, size);
    const auto normalized = phone::normalize(input);
    if (!normalized)
        return 0;
    fuzz::check(e164.match(*normalized).hasMatch(), "result is not E.164",
                input + QStringLiteral(" -> ") + *normalized);
    const auto again = phone::normalize(*normalized);
    fuzz::check(again && *again == *normalized, "normalize is not idempotent", *normalized);
    return 0;
}
