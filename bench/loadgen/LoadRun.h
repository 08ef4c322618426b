#pragma once
#include "LoadConnection.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QTimer>
#include <deque>
#include <vector>

namespace ges::bench {

struct LoadSpec
{
    QString host;
    quint16 port = 80;
    QByteArray method = "GET";
    QByteArray pathTemplate = "/";     // may hold {n}
    QByteArray bodyTemplate;           // may hold {n}
    QList<QByteArray> headers;         // "Name: value"
    qint64 start = 0;
    int pad = 7;
    int connections = 16;
    double durationS = 10;
    double warmupS = 0;
    double rate = 0;                   // 0: closed loop
};

// Drives `connections` keep-alive connections against one URL for a fixed time and
// records status counts and latencies. Open loop (rate > 0): request i is due at i/rate
// seconds and its latency counts from then, so a stalled server shows as latency rather
// than as fewer requests (no coordinated omission).
class LoadRun : public QObject
{
    Q_OBJECT
public:
    explicit LoadRun(LoadSpec spec, QObject *parent = nullptr);
    void start();
    QJsonObject result() const;

Q_SIGNALS:
    void done();

private:
    QByteArray nextRequest();
    void tick();
    void dispatch();
    void onFinished(int index, int status);
    void finish();

    LoadSpec m_spec;
    QList<QByteArray> m_pathParts, m_bodyParts;
    std::vector<LoadConnection *> m_all;
    std::vector<int> m_idle;          // indexes into m_all
    std::vector<qint64> m_sentAt;      // per connection: scheduled time of its request (ns)
    std::deque<qint64> m_due;          // open loop: scheduled times not yet sent
    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_counter = 0;
    qint64 m_issued = 0;
    bool m_stopping = false;
    int m_inFlight = 0;
    QMap<int, qint64> m_statuses;
    std::vector<qint64> m_latencyUs;
    qint64 m_measuredNs = 0;
};

} // namespace ges::bench
