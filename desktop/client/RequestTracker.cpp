#include "RequestTracker.h"

RequestTracker::RequestTracker(QObject *parent) : QObject(parent) {}

RequestTracker::Ticket RequestTracker::begin(int requests)
{
    m_pending += requests;
    const Ticket ticket{m_epoch, ++m_generation};
    emit busyChanged(true);
    return ticket;
}

RequestTracker::Ticket RequestTracker::track()
{
    ++m_pending;
    emit busyChanged(true);
    return Ticket{m_epoch, 0};
}

bool RequestTracker::finish(const Ticket &ticket)
{
    if (ticket.epoch != m_epoch)
        return false;
    m_pending = qMax(0, m_pending - 1);
    emit busyChanged(m_pending > 0);
    return ticket.generation == 0 || ticket.generation == m_generation;
}

void RequestTracker::invalidate()
{
    ++m_generation;
}

void RequestTracker::reset()
{
    ++m_epoch;
    ++m_generation;
    m_pending = 0;
    emit busyChanged(false);
}
