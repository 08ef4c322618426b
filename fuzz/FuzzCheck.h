#pragma once
// Helpers shared by the fuzz targets: the input as Qt types, and a check that stops the
// run with a readable reason (libFuzzer then saves the input as a crash artifact).
#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace ges::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A copy, terminated as Qt expects of its own arrays (fromRawData's would not be).
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// An invariant of our code does not hold for this input.
[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "\n=== fuzz check failed: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

inline void check(bool condition, const char *what, const QString &detail = {})
{
    if (!condition)
        fail(what, detail);
}

} // namespace ges::fuzz
