#pragma once
#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ges::test {

// One /metrics scrape (Prometheus text format 0.0.4), read for tests: samples by their
// full series text as gesd renders it (name{label="value",...}), families by # TYPE.
// Also the helpers that read metric names out of PromQL, for the dashboards and rules.
class MetricsScrape
{
public:
    explicit MetricsScrape(QByteArray text);

    const QByteArray &text() const { return m_text; }
    double value(const QString &series) const { return m_samples.value(series, 0); }
    QStringList seriesOf(const QString &sampleName) const;
    double sum(const QString &sampleName) const;
    // The label names every series of `sampleName` carries, in order; {"<differ>"} when
    // two series disagree, empty when there is none.
    QStringList labelNames(const QString &sampleName) const;
    QString type(const QString &family) const { return m_types.value(family); }
    // A family, or a histogram's _bucket/_sum/_count series.
    bool hasFamily(const QString &name) const;

    // Every PromQL expression of a Grafana dashboard (targets of all panels, rows
    // included), after checking the file is a dashboard with a Prometheus datasource
    // variable that every panel uses; `problem` says what is wrong otherwise.
    static QStringList dashboardQueries(const QString &path, QString *problem);
    // The metric names a PromQL expression selects (not functions, labels, keywords,
    // strings, durations or Grafana variables).
    static QStringList metricNames(const QString &expr);

private:
    static QString sampleName(const QString &series);
    static QStringList labelsOf(const QString &series);

    QByteArray m_text;
    QMap<QString, double> m_samples;
    QMap<QString, QString> m_types;
};

} // namespace ges::test
