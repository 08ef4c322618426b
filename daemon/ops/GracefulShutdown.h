#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ges {

class Daemon;
class ShutdownSignal;

// What SIGTERM (or SIGINT) does, on the event loop, never blocking it (docs/operations.md):
//  1. readiness turns NOT_READY at once, and the node keeps serving for `delaySeconds`
//     so load balancers see it and stop sending (a second signal skips the rest);
//  2. the listeners stop accepting and close idle keep-alive connections; requests in
//     flight (partly received ones too) are answered, with Connection: close, for at most
//     `graceSeconds`, while background work starts no round and ends those in hand;
//  3. dispatch claims and leases go back to Redis, the writer commits what it holds
//     (bounded by kReleaseMs); then the event loop ends and the process exits 0.
// A watchdog ends the process (exit 0, logged) if tearing down is still stuck on a hung
// dependency kTeardownMs after step 3 began (joining a SQL thread blocked in a query), so
// the exit never comes later than delay + grace + kTeardownMs after the signal.
class GracefulShutdown : public QObject
{
    Q_OBJECT
public:
    // Small enough that the defaults (5 + 20 s) end within systemd's TimeoutStopSec=30.
    static constexpr int kReleaseMs = 2000;
    static constexpr int kTeardownMs = 4000;

    struct Settings
    {
        int delaySeconds = 5;
        int graceSeconds = 20;
    };
    GracefulShutdown(Daemon &daemon, Settings settings, QObject *parent = nullptr);
    ~GracefulShutdown() override;

    // The daemon has started: readiness turns READY once the event loop runs.
    void started();

private:
    enum class Phase
    {
        Running,
        Delaying,
        Draining,
        Releasing,
        Done
    };
    void signalled();
    void drain();
    void checkDrained();
    void release();
    void finish();
    static void armWatchdog(int ms);

    Daemon &m_daemon;
    Settings m_settings;
    ShutdownSignal *m_signal;
    Phase m_phase = Phase::Running;
    QTimer m_delay;
    QTimer m_poll;
    QElapsedTimer m_draining;
    bool m_backgroundIdle = false;
};

} // namespace ges
