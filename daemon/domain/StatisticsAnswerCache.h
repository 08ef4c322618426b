#pragma once
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <list>
#include <optional>

namespace ges {

// GWS statistics answers kept for callers that allow it (Cache-Control: max-age=N,
// N >= 15), per tenant and request body, for at most 5 minutes. Node-local by design: an
// answer is a few seconds of GWS's time, not state, and another node simply asks GWS.
// Bounded: at most `maxEntries` answers and `maxBytes` of answer bodies; the oldest
// answers go first, and an answer larger than a tenth of the budget is never kept.
class StatisticsAnswerCache
{
public:
    static constexpr int kMinMaxAgeSeconds = 15;
    static constexpr int kMaxAgeSeconds = 300;

    explicit StatisticsAnswerCache(int maxEntries = 1000, qint64 maxBytes = 16 * 1024 * 1024);

    // Tenant + a hash of the request in canonical form (keys sorted, no whitespace), so
    // the same question asked with other spacing or key order meets the same answer.
    static QByteArray keyOf(const QString &tenant, const QJsonObject &request);

    // The answer stored under `key` at most min(maxAgeSeconds, 300) s ago.
    std::optional<QJsonObject> find(const QByteArray &key, int maxAgeSeconds);
    void store(const QByteArray &key, const QJsonObject &answer, qint64 bytes);

    int size() const { return int(m_entries.size()); }
    qint64 bytes() const { return m_bytes; }

private:
    struct Entry
    {
        QJsonObject answer;
        qint64 bytes = 0;
        qint64 storedAtMs = 0;
        std::list<QByteArray>::iterator position; // in m_order
    };
    void remove(QHash<QByteArray, Entry>::iterator it);

    int m_maxEntries;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    QElapsedTimer m_clock; // monotonic: a wall-clock jump neither keeps nor drops answers
    QHash<QByteArray, Entry> m_entries;
    std::list<QByteArray> m_order; // oldest first
};

} // namespace ges
