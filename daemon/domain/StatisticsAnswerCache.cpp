#include "StatisticsAnswerCache.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace ges {

StatisticsAnswerCache::StatisticsAnswerCache(int maxEntries, qint64 maxBytes)
    : m_maxEntries(maxEntries), m_maxBytes(maxBytes)
{
    m_clock.start();
}

QByteArray StatisticsAnswerCache::keyOf(const QString &tenant, const QJsonObject &request)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QByteArray canonical = QJsonDocument(request).toJson(QJsonDocument::Compact);
    return tenant.toUtf8() + '\n' +
           QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

std::optional<QJsonObject> StatisticsAnswerCache::find(const QByteArray &key, int maxAgeSeconds)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return std::nullopt;
    const qint64 ageMs = m_clock.elapsed() - it->storedAtMs;
    if (ageMs > kMaxAgeSeconds * qint64(1000)) {
        remove(it);
        return std::nullopt;
    }
    if (ageMs > qMin(maxAgeSeconds, kMaxAgeSeconds) * qint64(1000))
        return std::nullopt; // too old for this caller; a fresh answer replaces it
    return it->answer;
}

void StatisticsAnswerCache::store(const QByteArray &key, const QJsonObject &answer, qint64 bytes)
{
    if (const auto it = m_entries.find(key); it != m_entries.end())
        remove(it);
    if (bytes > m_maxBytes / 10)
        return;
    while (!m_order.empty() &&
           (int(m_entries.size()) >= m_maxEntries || m_bytes + bytes > m_maxBytes))
        remove(m_entries.find(m_order.front()));
    m_order.push_back(key);
    m_entries.insert(key, Entry{answer, bytes, m_clock.elapsed(), std::prev(m_order.end())});
    m_bytes += bytes;
}

void StatisticsAnswerCache::remove(QHash<QByteArray, Entry>::iterator it)
{
    m_bytes -= it->bytes;
    m_order.erase(it->position);
    m_entries.erase(it);
}

} // namespace ges
