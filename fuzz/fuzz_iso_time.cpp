// Fuzzes isotime::parse (shared/IsoTime), the reading of every time a client sends
// (desiredTime, admin filters): an accepted time is a valid UTC instant that format()
// can write, and what format() writes parses back to the same instant — a time the
// daemon accepted must come back in its answers.
#include "FuzzCheck.h"
#include "shared/IsoTime.h"

using namespace ges;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size);
    const auto time = isotime::parse(input);
    if (!time)
        return 0;
    fuzz::check(time->isValid(), "accepted an invalid time", input);
    fuzz::check(time->timeSpec() == Qt::UTC, "result is not UTC", input);
    const QString written = isotime::format(*time);
    fuzz::check(!written.isEmpty(), "accepted a time that format() cannot write", input);
    const auto back = isotime::parse(written);
    fuzz::check(back && *back == *time, "format() does not parse back to the same instant",
                input + QStringLiteral(" -> ") + written);
    return 0;
}
