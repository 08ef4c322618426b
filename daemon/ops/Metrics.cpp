#include "Metrics.h"
#include "ProcessMetrics.h"

#include <algorithm>
#include <cstring>

namespace ges {

namespace {
// The lookup key without copying the name: a copy per call was an allocation per request.
QByteArray familyName(const char *name)
{
    return QByteArray::fromRawData(name, qsizetype(std::strlen(name)));
}
} // namespace

Metrics::Metrics()
    // API latency: most answers take a few ms; the tail matters up to seconds.
    : m_latencyBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                       0.1,    0.25,  0.5,    1,     2.5,  5,     10}
{
    declare("ges_http_requests_total", Type::Counter, "HTTP requests answered, by route and code");
    declare("ges_http_failed_requests_total", Type::Counter, "HTTP requests answered 4xx or 5xx");
    declare("ges_http_request_duration_seconds", Type::Histogram, "HTTP request latency");
    declare("ges_callbacks_created", Type::Counter, "Callbacks created");
    declare("ges_callbacks_canceled", Type::Counter, "Callbacks canceled");
    declare("ges_callbacks_completed", Type::Counter, "Callbacks completed, by outcome");
    declare("ges_call_in_requests", Type::Counter, "Click-to-call-in requests");
    declare("ges_captcha_checks_total", Type::Counter, "CAPTCHA checks of creates, by result");
    declare("ges_push_sent_total", Type::Counter, "Push notifications delivered, by tenant");
    declare("ges_push_failed_total", Type::Counter, "Push notifications given up, by reason");
    declare("ges_push_retries_total", Type::Counter, "Push notification attempts to be retried");
    declare("ges_push_enabled", Type::Gauge, "Push notifications: 1 = PUSH_URL set, 0 = disabled");
    declare("REDIS_STATUS", Type::Gauge, "GES Redis: 1 = down, 0 = up");
    declare("DB_STATUS", Type::Gauge, "PostgreSQL: 1 = down, 0 = up");
    declare("ORS_REDIS_STATUS", Type::Gauge, "Voice/ORS Redis: 1 = down, 0 = up");
    declare("GWS_STATUS", Type::Gauge, "GWS: 1 = down, 0 = up");
    for (const char *gauge : {"REDIS_STATUS", "DB_STATUS", "ORS_REDIS_STATUS"})
        set(gauge, {}, 1); // down until the first successful check
    set("GWS_STATUS", {}, 0);
    ProcessMetrics::install(*this);
}

void Metrics::declareCounter(const char *name, const QString &help)
{
    QMutexLocker lock(&m_mutex);
    declare(name, Type::Counter, help);
}

void Metrics::declareGauge(const char *name, const QString &help)
{
    QMutexLocker lock(&m_mutex);
    declare(name, Type::Gauge, help);
}

void Metrics::addCollector(std::function<void()> collect)
{
    m_collectors.push_back(std::move(collect));
}

void Metrics::declare(const char *name, Type type, const QString &help)
{
    m_families.insert(QByteArray(name), Family{type, help, {}});
}

QString Metrics::labelKey(const Labels &labels)
{
    if (labels.isEmpty())
        return {};
    QString key;
    key.reserve(64 * labels.size());
    key += u'{';
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QString value = labels[i].second;
        // Label values almost never need escaping; replace() would scan three times.
        const bool plain = std::none_of(value.cbegin(), value.cend(), [](QChar c) {
            return c == u'\\' || c == u'"' || c == u'\n';
        });
        if (!plain)
            value.replace(u'\\', QLatin1String("\\\\"))
                .replace(u'"', QLatin1String("\\\""))
                .replace(u'\n', QLatin1String("\\n"));
        if (i > 0)
            key += u',';
        key += QLatin1String(labels[i].first);
        key += QLatin1String("=\"");
        key += value;
        key += u'"';
    }
    key += u'}';
    return key;
}

void Metrics::inc(const char *name, const Labels &labels, double by)
{
    QMutexLocker lock(&m_mutex);
    auto family = m_families.find(familyName(name));
    if (family != m_families.end())
        family->series[labelKey(labels)].value += by;
}

void Metrics::set(const char *name, const Labels &labels, double value)
{
    QMutexLocker lock(&m_mutex);
    auto family = m_families.find(familyName(name));
    if (family != m_families.end())
        family->series[labelKey(labels)].value = value;
}

void Metrics::observe(const char *name, const Labels &labels, double value)
{
    QMutexLocker lock(&m_mutex);
    auto family = m_families.find(familyName(name));
    if (family == m_families.end())
        return;
    Series &series = family->series[labelKey(labels)];
    if (series.buckets.empty())
        series.buckets.assign(m_latencyBuckets.size(), 0);
    for (size_t i = 0; i < m_latencyBuckets.size(); ++i)
        if (value <= m_latencyBuckets[i])
            ++series.buckets[i];
    series.value += value;
    ++series.count;
}

double Metrics::value(const char *name, const Labels &labels) const
{
    QMutexLocker lock(&m_mutex);
    const auto family = m_families.constFind(familyName(name));
    if (family == m_families.cend())
        return 0;
    return family->series.value(labelKey(labels)).value;
}

QByteArray Metrics::render() const
{
    for (const auto &collect : m_collectors)
        collect(); // refreshes values (set/inc), so outside the lock
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    for (auto family = m_families.cbegin(); family != m_families.cend(); ++family) {
        const QByteArray &name = family.key();
        const char *type = family->type == Type::Counter ? "counter"
                           : family->type == Type::Gauge ? "gauge"
                                                         : "histogram";
        out += "# HELP " + name + ' ' + family->help.toUtf8() + '\n';
        out += "# TYPE " + name + ' ' + type + '\n';
        for (auto s = family->series.cbegin(); s != family->series.cend(); ++s) {
            const QByteArray labels = s.key().toUtf8();
            if (family->type != Type::Histogram) {
                out += name + labels + ' ' + QByteArray::number(s->value, 'g', 17) + '\n';
                continue;
            }
            // Bucket lines need "le" inside the same label braces.
            const QByteArray inner =
                labels.isEmpty() ? QByteArray() : labels.mid(1, labels.size() - 2) + ',';
            for (size_t i = 0; i < m_latencyBuckets.size(); ++i)
                out += name + "_bucket{" + inner + "le=\"" +
                       QByteArray::number(m_latencyBuckets[i], 'g', 6) + "\"} " +
                       QByteArray::number(s->buckets[i]) + '\n';
            out +=
                name + "_bucket{" + inner + "le=\"+Inf\"} " + QByteArray::number(s->count) + '\n';
            out += name + "_sum" + labels + ' ' + QByteArray::number(s->value, 'g', 17) + '\n';
            out += name + "_count" + labels + ' ' + QByteArray::number(s->count) + '\n';
        }
    }
    return out;
}

} // namespace ges
