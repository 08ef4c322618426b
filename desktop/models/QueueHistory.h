#pragma once
#include "client/QueuesApi.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <deque>

// One moment of a service's queue as this client saw it.
struct QueueSample
{
    QDateTime time;
    int waiting = 0;
    int ewtSeconds = -1; // -1: unknown
};

// The last hour of each service's waiting count and EWT, collected by this client from the
// refreshes it made: the server keeps no history, so the chart starts when the client did.
// A bounded buffer per service: samples older than `window` fall off the front.
class QueueHistory
{
public:
    static constexpr qint64 DefaultWindowSeconds = 3600;
    // The key of the sum over all services (waiting summed, the longest EWT).
    static QString allServicesKey() { return QString(); }

    explicit QueueHistory(qint64 windowSeconds = DefaultWindowSeconds);

    void record(const QList<QueueInfo> &queues, const QDateTime &now);
    // Oldest first; empty for a key never recorded.
    QList<QueueSample> samples(const QString &key) const;
    // When collecting began (the first record), invalid before it.
    QDateTime since() const { return m_since; }
    qint64 windowSeconds() const { return m_window; }
    int totalSamples() const;
    void clear();

private:
    void append(const QString &key, const QueueSample &sample);

    qint64 m_window;
    QDateTime m_since;
    QHash<QString, std::deque<QueueSample>> m_buffers;
};
