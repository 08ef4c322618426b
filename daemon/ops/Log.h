#pragma once
#include <QString>
#include <QStringList>
#include <initializer_list>

namespace ges::log {

enum class Level
{
    Trace,
    Debug,
    Info,
    Warn,
    Error,
    Fatal
};

struct Field
{
    const char *key;
    QString value;
};

struct Options
{
    QString level = QStringLiteral("INFO");
    QString format = QStringLiteral("text"); // text | json
    int maxLen = 2048;
    QStringList secrets; // never written: replaced by *** wherever they appear
};

// Logging to stdout through spdlog (API.md §6). Lines are formatted here so both formats
// carry the same fields:
//   text: 2026-11-24T15:30:00.123Z INFO [component] message key=value
//   json: {"ts":...,"level":...,"component":...,"msg":...,"key":"value"}
void setup(const Options &options);
bool enabled(Level level);
void write(Level level, const char *component, const QString &message,
           std::initializer_list<Field> fields = {});

// The bytes write() would emit for this line after redaction and truncation, or empty
// when the level is filtered out (tests use it; write() is render() plus the sink).
QByteArray render(Level level, const char *component, const QString &message,
                  std::initializer_list<Field> fields = {});

// Formats one line without redaction or truncation.
QString formatLine(Level level, const char *component, const QString &message,
                   std::initializer_list<Field> fields);

inline void debug(const char *c, const QString &m, std::initializer_list<Field> f = {})
{
    write(Level::Debug, c, m, f);
}
inline void info(const char *c, const QString &m, std::initializer_list<Field> f = {})
{
    write(Level::Info, c, m, f);
}
inline void warn(const char *c, const QString &m, std::initializer_list<Field> f = {})
{
    write(Level::Warn, c, m, f);
}
inline void error(const char *c, const QString &m, std::initializer_list<Field> f = {})
{
    write(Level::Error, c, m, f);
}

} // namespace ges::log
