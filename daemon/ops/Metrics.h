#pragma once
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QString>
#include <functional>
#include <vector>

namespace ges {

using Labels = QList<QPair<const char *, QString>>;

// A small Prometheus registry: counters, gauges and histograms with labels, rendered in
// the text exposition format. The names are those of API.md §5.
class Metrics
{
public:
    Metrics();

    void inc(const char *name, const Labels &labels = {}, double by = 1.0);
    void set(const char *name, const Labels &labels, double value);
    void observe(const char *name, const Labels &labels, double value);
    double value(const char *name, const Labels &labels = {}) const; // tests, health
    QByteArray render() const;

    // Families declared outside this file (AlertCounters, ProcessMetrics).
    void declareCounter(const char *name, const QString &help);
    void declareGauge(const char *name, const QString &help);
    // Runs at each render(), before the text is made: values read on demand (/proc).
    void addCollector(std::function<void()> collect);

private:
    enum class Type
    {
        Counter,
        Gauge,
        Histogram
    };
    struct Series
    {
        double value = 0;             // counter / gauge / histogram sum
        quint64 count = 0;            // histogram
        std::vector<quint64> buckets; // histogram, cumulative at render
    };
    struct Family
    {
        Type type;
        QString help;
        QMap<QString, Series> series; // key: rendered label set
    };

    void declare(const char *name, Type type, const QString &help);
    static QString labelKey(const Labels &labels);

    mutable QMutex m_mutex;
    QMap<QByteArray, Family> m_families;
    std::vector<std::function<void()>> m_collectors; // set up before serving
    std::vector<double> m_latencyBuckets;
};

} // namespace ges
