#include "LoadRun.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace ges::bench {

namespace {
constexpr qint64 kNs = 1'000'000'000;

QByteArray fill(const QList<QByteArray> &parts, const QByteArray &n)
{
    QByteArray out = parts.value(0);
    for (qsizetype i = 1; i < parts.size(); ++i)
        out += n + parts[i];
    return out;
}
} // namespace

LoadRun::LoadRun(LoadSpec spec, QObject *parent) : QObject(parent), m_spec(std::move(spec))
{
    m_pathParts = QByteArray(m_spec.pathTemplate).replace("{n}", "\x01").split('\x01');
    m_bodyParts = QByteArray(m_spec.bodyTemplate).replace("{n}", "\x01").split('\x01');
    m_counter = m_spec.start;
    m_ticker.setTimerType(Qt::PreciseTimer);
    m_ticker.setInterval(1);
    connect(&m_ticker, &QTimer::timeout, this, &LoadRun::tick);
}

QByteArray LoadRun::nextRequest()
{
    const QByteArray n = QByteArray::number(m_counter++).rightJustified(m_spec.pad, '0');
    const QByteArray body = fill(m_bodyParts, n);
    QByteArray r;
    r.reserve(256 + body.size());
    r += m_spec.method + ' ' + fill(m_pathParts, n) + " HTTP/1.1\r\nHost: " +
         m_spec.host.toLatin1() + ':' + QByteArray::number(m_spec.port) + "\r\n";
    for (const QByteArray &h : m_spec.headers)
        r += h + "\r\n";
    if (!body.isEmpty() || m_spec.method == "POST" || m_spec.method == "PUT")
        r += "Content-Type: application/json\r\nContent-Length: " +
             QByteArray::number(body.size()) + "\r\n";
    r += "\r\n" + body;
    return r;
}

void LoadRun::start()
{
    for (int i = 0; i < m_spec.connections; ++i) {
        auto *c = new LoadConnection(m_spec.host, m_spec.port, this);
        connect(c, &LoadConnection::finished, this, [this, i](int s) { onFinished(i, s); });
        m_all.push_back(c);
        m_idle.push_back(i);
    }
    m_sentAt.assign(m_all.size(), 0);
    m_clock.start();
    m_ticker.start();
    dispatch();
}

void LoadRun::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (now >= qint64(m_spec.durationS * kNs)) {
        finish();
        return;
    }
    if (m_spec.rate > 0) {
        const qint64 dueCount = qint64(double(now) / kNs * m_spec.rate);
        for (; m_issued < dueCount; ++m_issued)
            m_due.push_back(qint64(double(m_issued) * kNs / m_spec.rate));
    }
    dispatch();
}

void LoadRun::dispatch()
{
    while (!m_stopping && !m_idle.empty()) {
        qint64 scheduled;
        if (m_spec.rate > 0) {
            if (m_due.empty())
                return;
            scheduled = m_due.front();
            m_due.pop_front();
        } else {
            scheduled = m_clock.nsecsElapsed();
        }
        const int index = m_idle.back();
        m_idle.pop_back();
        m_sentAt[index] = scheduled;
        ++m_inFlight;
        m_all[index]->send(nextRequest());
    }
}

void LoadRun::onFinished(int index, int status)
{
    --m_inFlight;
    const qint64 now = m_clock.nsecsElapsed();
    if (m_sentAt[index] >= qint64(m_spec.warmupS * kNs) &&
        now <= qint64(m_spec.durationS * kNs)) {
        ++m_statuses[status];
        if (status != 0)
            m_latencyUs.push_back((now - m_sentAt[index]) / 1000);
    }
    m_idle.push_back(index);
    if (m_stopping) {
        if (m_inFlight == 0)
            Q_EMIT done();
        return;
    }
    dispatch();
}

void LoadRun::finish()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_ticker.stop();
    m_measuredNs = qint64((m_spec.durationS - m_spec.warmupS) * kNs);
    if (m_inFlight == 0)
        Q_EMIT done();
    // Answers still outstanding are not counted (they end after the window); give them
    // a moment so the server is not left with half-read requests, then stop anyway.
    QTimer::singleShot(5000, this, &LoadRun::done);
}

QJsonObject LoadRun::result() const
{
    std::vector<qint64> sorted = m_latencyUs;
    std::sort(sorted.begin(), sorted.end());
    auto pct = [&](double p) {
        if (sorted.empty())
            return 0.0;
        const auto i = std::min(sorted.size() - 1, size_t(std::ceil(p * sorted.size())) - 1);
        return double(sorted[i]) / 1000.0;
    };
    qint64 total = 0, errors = 0;
    QJsonObject statuses;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        total += it.value();
        if (it.key() == 0)
            errors += it.value();
        else
            statuses.insert(QString::number(it.key()), double(it.value()));
    }
    const double seconds = double(m_measuredNs) / kNs;
    return QJsonObject{
        {"requests", double(total)},
        {"rps", seconds > 0 ? std::round(double(total - errors) / seconds) : 0.0},
        {"status", statuses},
        {"errors", double(errors)},
        {"backlog", double(m_due.size())},
        {"p50_ms", pct(0.50)},
        {"p90_ms", pct(0.90)},
        {"p99_ms", pct(0.99)},
        {"max_ms", sorted.empty() ? 0.0 : double(sorted.back()) / 1000.0},
    };
}

} // namespace ges::bench
