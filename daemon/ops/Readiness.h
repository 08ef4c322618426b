#pragma once
#include <QString>

namespace ges {

// Whether this node wants new traffic (GET /ges/v1/health/ready). Only the node's own
// lifecycle decides it, never a dependency: when PostgreSQL is down every node would turn
// unready at once and the load balancer would drop all traffic, though reads are still
// served from Redis and writes answer a clear 503 with Retry-After (DESIGN.md §6).
class Readiness
{
public:
    enum class State
    {
        Starting,
        Ready,
        Draining
    };

    void set(State state) { m_state = state; }
    bool isReady() const { return m_state == State::Ready; }
    // Why the node is not ready: "starting" or "draining"; empty when it is.
    QString reason() const
    {
        switch (m_state) {
        case State::Starting:
            return QStringLiteral("starting");
        case State::Draining:
            return QStringLiteral("draining");
        case State::Ready:
            break;
        }
        return {};
    }

private:
    State m_state = State::Starting;
};

} // namespace ges
