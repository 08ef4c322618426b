#include "GracefulShutdown.h"
#include "Daemon.h"
#include "Log.h"
#include "Readiness.h"
#include "ShutdownSignal.h"
#include "SystemdNotify.h"
#include "domain/BackgroundWork.h"

#include <QCoreApplication>
#include <QPointer>

#include <chrono>
#include <thread>
#include <unistd.h>

namespace ges {

GracefulShutdown::GracefulShutdown(Daemon &daemon, Settings settings, QObject *parent)
    : QObject(parent), m_daemon(daemon), m_settings(settings), m_signal(new ShutdownSignal(this))
{
    connect(m_signal, &ShutdownSignal::requested, this, &GracefulShutdown::signalled);
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &GracefulShutdown::drain);
    connect(&m_poll, &QTimer::timeout, this, &GracefulShutdown::checkDrained);
}

GracefulShutdown::~GracefulShutdown() = default;

void GracefulShutdown::started()
{
    QTimer::singleShot(0, this, [this] {
        if (m_phase == Phase::Running)
            m_daemon.readiness().set(Readiness::State::Ready);
    });
}

void GracefulShutdown::signalled()
{
    switch (m_phase) {
    case Phase::Running:
        m_phase = Phase::Delaying;
        m_daemon.readiness().set(Readiness::State::Draining);
        SystemdNotify::fromEnvironment().stopping(); // Type=notify: the unit is deactivating
        log::info("gesd",
                  QStringLiteral("shutting down: not ready; still serving while load "
                                 "balancers take the node out"),
                  {{"delaySeconds", QString::number(m_settings.delaySeconds)},
                   {"graceSeconds", QString::number(m_settings.graceSeconds)}});
        m_delay.start(m_settings.delaySeconds * 1000);
        return;
    case Phase::Delaying:
        log::info("gesd", QStringLiteral("second signal: shutdown delay skipped"));
        m_delay.stop();
        return drain();
    default:
        log::info("gesd", QStringLiteral("already shutting down"));
    }
}

void GracefulShutdown::drain()
{
    m_phase = Phase::Draining;
    m_daemon.stopListening();
    log::info("gesd",
              QStringLiteral("shutting down: listeners closed, draining in-flight requests"),
              {{"inFlight", QString::number(m_daemon.requestsInFlight())}});
    m_draining.start();
    m_daemon.background().stop([self = QPointer<GracefulShutdown>(this)] {
        if (self) {
            self->m_backgroundIdle = true;
            self->checkDrained();
        }
    });
    m_poll.start(20);
    checkDrained();
}

void GracefulShutdown::checkDrained()
{
    if (m_phase != Phase::Draining)
        return;
    const bool drained = m_daemon.requestsInFlight() == 0 && m_backgroundIdle;
    if (!drained && m_draining.elapsed() < qint64(m_settings.graceSeconds) * 1000)
        return;
    if (!drained)
        log::warn("gesd", QStringLiteral("grace period over; unanswered requests dropped"),
                  {{"inFlight", QString::number(m_daemon.requestsInFlight())},
                   {"backgroundIdle", m_backgroundIdle ? "true" : "false"}});
    m_poll.stop();
    release();
}

void GracefulShutdown::release()
{
    m_phase = Phase::Releasing;
    armWatchdog(kTeardownMs);
    m_daemon.background().release(
        [self = QPointer<GracefulShutdown>(this)](int leases, int claims) {
            if (!self || self->m_phase != Phase::Releasing)
                return;
            log::info("gesd", QStringLiteral("leases released, claims returned, writes committed"),
                      {{"leases", QString::number(leases)}, {"claims", QString::number(claims)}});
            self->finish();
        });
    QTimer::singleShot(kReleaseMs, this, [this] {
        if (m_phase != Phase::Releasing)
            return;
        log::warn("gesd", QStringLiteral("Redis or PostgreSQL did not answer in time; leases "
                                         "and claims left to lapse"));
        finish();
    });
}

void GracefulShutdown::finish()
{
    m_phase = Phase::Done;
    QCoreApplication::exit(0);
}

void GracefulShutdown::armWatchdog(int ms)
{
    // Tearing down joins the SQL threads; one stuck in a query on a hung database would
    // hold the exit for ever. A plain thread, because the event loop may be gone by then.
    std::thread([ms] {
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        // Raw write: the logger may be mid-destruction if main() is returning right now.
        static const char line[] = "gesd: teardown stuck on a hung dependency; exiting now\n";
        [[maybe_unused]] const ssize_t n = ::write(STDOUT_FILENO, line, sizeof line - 1);
        ::_exit(0);
    }).detach();
}

} // namespace ges
