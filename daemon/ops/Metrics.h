#pragma once
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QString>
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
    std::vector<double> m_latencyBuckets;
};

} // namespace ges
