#include "ProcessMetrics.h"
#include "Metrics.h"

#include <QByteArrayList>
#include <QDir>
#include <QFile>

#include <sys/resource.h>
#include <unistd.h>

namespace ges {

namespace {
QByteArray readProcFile(const char *path)
{
    QFile file(QString::fromLatin1(path));
    // /proc files report size 0: read until the end rather than by size.
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Seconds since the epoch at which the machine booted (/proc/stat "btime").
double bootTime()
{
    for (const QByteArray &line : readProcFile("/proc/stat").split('\n'))
        if (line.startsWith("btime "))
            return line.mid(6).trimmed().toDouble();
    return 0;
}
} // namespace

void ProcessMetrics::install(Metrics &metrics)
{
    if (!QFile::exists(QStringLiteral("/proc/self/stat")))
        return;
    metrics.declareCounter("process_cpu_seconds_total",
                           QStringLiteral("Total user and system CPU time spent in seconds."));
    metrics.declareGauge("process_resident_memory_bytes",
                         QStringLiteral("Resident memory size in bytes."));
    metrics.declareGauge("process_virtual_memory_bytes",
                         QStringLiteral("Virtual memory size in bytes."));
    metrics.declareGauge("process_start_time_seconds",
                         QStringLiteral("Start time of the process since unix epoch in seconds."));
    metrics.declareGauge("process_open_fds", QStringLiteral("Number of open file descriptors."));
    metrics.declareGauge("process_max_fds",
                         QStringLiteral("Maximum number of open file descriptors."));
    collect(metrics);
    metrics.addCollector([&metrics] { collect(metrics); });
}

void ProcessMetrics::collect(Metrics &metrics)
{
    // proc(5): "pid (comm) state ppid ..."; comm may hold spaces and parentheses, so the
    // fields are counted from the last ')'. Field 3 (state) is index 0 after it.
    const QByteArray stat = readProcFile("/proc/self/stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return;
    const QByteArrayList f = stat.mid(close + 2).split(' ');
    if (f.size() < 22)
        return;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    const double page = double(sysconf(_SC_PAGESIZE));
    // utime 14, stime 15, starttime 22, vsize 23, rss 24 (1-based, proc(5)).
    metrics.set("process_cpu_seconds_total", {}, (f[11].toDouble() + f[12].toDouble()) / ticks);
    metrics.set("process_start_time_seconds", {}, bootTime() + f[19].toDouble() / ticks);
    metrics.set("process_virtual_memory_bytes", {}, f[20].toDouble());
    metrics.set("process_resident_memory_bytes", {}, f[21].toDouble() * page);
    const QDir fds(QStringLiteral("/proc/self/fd"));
    metrics.set("process_open_fds", {},
                double(fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size()));
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0)
        metrics.set("process_max_fds", {}, double(limit.rlim_cur));
}

} // namespace ges
