#include "AnswerDeadlines.h"

#include <QThread>
#include <algorithm>

namespace ges {

namespace {
// Deadlines are seconds long: checking them a tenth of a second late costs nothing, and
// spares a timer event per job.
constexpr qint64 kGranularityMs = 100;
} // namespace

AnswerDeadlines::AnswerDeadlines(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AnswerDeadlines::sweep);
}

void AnswerDeadlines::add(QObject *context, std::function<void()> expire)
{
    if (QThread::currentThread() != thread()) {
        // Not this object's thread: the shared queue is not for it.
        QTimer::singleShot(m_ms, context, std::move(expire));
        return;
    }
    m_entries.push_back({QDeadlineTimer(m_ms), context, std::move(expire)});
    if (!m_timer.isActive())
        schedule();
}

void AnswerDeadlines::sweep()
{
    while (!m_entries.empty() && m_entries.front().at.hasExpired()) {
        Entry entry = std::move(m_entries.front());
        m_entries.pop_front();
        if (entry.context)
            entry.expire();
    }
    schedule();
}

void AnswerDeadlines::schedule()
{
    if (m_entries.empty())
        return;
    m_timer.start(int(std::max(kGranularityMs, m_entries.front().at.remainingTime())));
}

} // namespace ges
