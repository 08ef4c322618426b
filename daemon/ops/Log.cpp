#include "Log.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <cstdio>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace ges::log {

namespace {

struct State
{
    QMutex mutex; // guards options; spdlog's _mt sink serialises the writes
    Options options;
    Level threshold = Level::Info;
    std::shared_ptr<spdlog::logger> logger;
};

State &state()
{
    static State s;
    return s;
}

const char *levelName(Level level)
{
    switch (level) {
    case Level::Trace:
        return "TRACE";
    case Level::Debug:
        return "DEBUG";
    case Level::Info:
        return "INFO";
    case Level::Warn:
        return "WARN";
    case Level::Error:
        return "ERROR";
    case Level::Fatal:
        return "FATAL";
    }
    return "INFO";
}

Level levelFromName(const QString &name)
{
    for (Level l :
         {Level::Trace, Level::Debug, Level::Info, Level::Warn, Level::Error, Level::Fatal})
        if (name == QLatin1String(levelName(l)))
            return l;
    return Level::Info;
}

spdlog::level::level_enum toSpdlog(Level level)
{
    switch (level) {
    case Level::Trace:
        return spdlog::level::trace;
    case Level::Debug:
        return spdlog::level::debug;
    case Level::Info:
        return spdlog::level::info;
    case Level::Warn:
        return spdlog::level::warn;
    case Level::Error:
        return spdlog::level::err;
    case Level::Fatal:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

QString quoteIfNeeded(const QString &value)
{
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'"') && !value.contains(u'='))
        return value;
    QString escaped = value;
    escaped.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
    return u'"' + escaped + u'"';
}

QString redact(QString line, const QStringList &secrets)
{
    for (const QString &secret : secrets)
        line.replace(secret, QLatin1String("***"));
    return line;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // QPSQL warns when it deallocates a prepared statement inside an aborted transaction
    // or after the connection closed; the statement dies with the transaction anyway.
    if (message.startsWith(QLatin1String("Unable to free statement")))
        return write(Level::Debug, "qt", message);
    const Level level = type == QtDebugMsg     ? Level::Debug
                        : type == QtInfoMsg    ? Level::Info
                        : type == QtWarningMsg ? Level::Warn
                                               : Level::Error;
    write(level, "qt", message);
}

} // namespace

void setup(const Options &options)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        s.options.secrets.removeIf([](const QString &v) { return v.size() < 4; });
        s.threshold = levelFromName(options.level);
        if (!s.logger) {
            s.logger = std::make_shared<spdlog::logger>(
                "ges", std::make_shared<spdlog::sinks::stdout_sink_mt>());
            s.logger->set_pattern("%v");
            s.logger->set_level(spdlog::level::trace);
            s.logger->flush_on(spdlog::level::trace);
        }
    }
    qInstallMessageHandler(qtMessageHandler);
}

bool enabled(Level level)
{
    return level >= state().threshold;
}

QString formatLine(Level level, const char *component, const QString &message,
                   std::initializer_list<Field> fields)
{
    const QString ts = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (state().options.format == u"json") {
        QJsonObject json{
            {"ts", ts}, {"level", levelName(level)}, {"component", component}, {"msg", message}};
        for (const Field &f : fields)
            json.insert(QLatin1String(f.key), f.value);
        return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    QString line = QStringLiteral("%1 %2 [%3] %4").arg(ts, levelName(level), component, message);
    for (const Field &f : fields)
        line += u' ' + QLatin1String(f.key) + u'=' + quoteIfNeeded(f.value);
    return line;
}

QByteArray render(Level level, const char *component, const QString &message,
                  std::initializer_list<Field> fields)
{
    if (!enabled(level))
        return {};
    State &s = state();
    const QString line = formatLine(level, component, message, fields);
    QMutexLocker lock(&s.mutex);
    QByteArray bytes = redact(line, s.options.secrets).toUtf8();
    if (s.options.maxLen <= 0 || bytes.size() <= s.options.maxLen)
        return bytes;
    if (s.options.format == u"json") {
        // A cut JSON line is no JSON: keep the envelope and shorten the message.
        const qsizetype keep = qMax<qsizetype>(0, s.options.maxLen - 160);
        const QJsonObject json{{"ts", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                               {"level", levelName(level)},
                               {"component", component},
                               {"msg", redact(message, s.options.secrets).left(keep)},
                               {"truncated", true}};
        return QJsonDocument(json).toJson(QJsonDocument::Compact);
    }
    // Cut on a UTF-8 boundary so the line stays valid text.
    qsizetype cut = s.options.maxLen;
    while (cut > 0 && (quint8(bytes.at(cut)) & 0xC0) == 0x80)
        --cut;
    bytes.truncate(cut);
    return bytes + "...[truncated]";
}

void write(Level level, const char *component, const QString &message,
           std::initializer_list<Field> fields)
{
    const QByteArray bytes = render(level, component, message, fields);
    if (bytes.isEmpty())
        return;
    State &s = state();
    if (!s.logger) {
        std::fprintf(stderr, "%s\n", bytes.constData());
        return;
    }
    s.logger->log(toSpdlog(level), std::string_view(bytes.constData(), size_t(bytes.size())));
}

} // namespace ges::log
