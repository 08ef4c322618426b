#include "QueueHistory.h"

#include <algorithm>
#include <iterator>

QueueHistory::QueueHistory(qint64 windowSeconds) : m_window(windowSeconds) {}

void QueueHistory::record(const QList<QueueInfo> &queues, const QDateTime &now)
{
    if (!m_since.isValid())
        m_since = now;
    QueueSample all{now, 0, -1};
    for (const QueueInfo &queue : queues) {
        append(queue.key(), {now, queue.waitingNow(), queue.ewtSeconds});
        all.waiting += queue.waitingNow();
        all.ewtSeconds = std::max(all.ewtSeconds, queue.ewtSeconds);
    }
    append(allServicesKey(), all);
    // A service that is gone keeps its buffer until its samples age out.
    const QDateTime oldest = now.addSecs(-m_window);
    for (auto it = m_buffers.begin(); it != m_buffers.end();) {
        while (!it->empty() && it->front().time < oldest)
            it->pop_front();
        it = it->empty() ? m_buffers.erase(it) : std::next(it);
    }
    if (m_since < oldest)
        m_since = oldest;
}

void QueueHistory::append(const QString &key, const QueueSample &sample)
{
    m_buffers[key].push_back(sample);
}

QList<QueueSample> QueueHistory::samples(const QString &key) const
{
    const auto it = m_buffers.constFind(key);
    if (it == m_buffers.cend())
        return {};
    return QList<QueueSample>(it->begin(), it->end());
}

int QueueHistory::totalSamples() const
{
    int total = 0;
    for (const auto &buffer : m_buffers)
        total += int(buffer.size());
    return total;
}

void QueueHistory::clear()
{
    m_buffers.clear();
    m_since = QDateTime();
}
