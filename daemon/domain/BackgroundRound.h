#pragma once
#include <functional>
#include <utility>

namespace ges {

// The round state of a piece of background work done under a lease (Housekeeping,
// WorkingSetRebuilder, PushEwtWatcher): one round at a time, and a stop that waits for the
// round in hand. Once stopped, no round begins and a round in hand ends at its next step
// (each step asks stopped()), so nothing re-acquires the lease; BackgroundWork releases a
// lease only when its round is over (an unfinished round keeps it until it lapses, so no
// other node works beside it).
class BackgroundRound
{
public:
    // False when a round is in hand or the work is stopped: start none.
    bool begin()
    {
        if (m_busy || m_stopped)
            return false;
        m_busy = true;
        return true;
    }
    // The round in hand is over (done, failed or cut short because stopped).
    void end()
    {
        m_busy = false;
        if (m_whenIdle)
            std::exchange(m_whenIdle, {})();
    }
    bool busy() const { return m_busy; }
    bool stopped() const { return m_stopped; }
    // No round begins from now on; `idle()` once the round in hand is over (at once when
    // there is none).
    void stopWhenIdle(std::function<void()> idle)
    {
        m_stopped = true;
        if (!m_busy)
            return idle();
        m_whenIdle = std::move(idle);
    }

private:
    bool m_busy = false;
    bool m_stopped = false;
    std::function<void()> m_whenIdle;
};

} // namespace ges
