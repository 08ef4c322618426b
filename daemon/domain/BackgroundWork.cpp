#include "BackgroundWork.h"
#include "Housekeeping.h"
#include "PushEwtWatcher.h"
#include "ScheduledDispatcher.h"
#include "WorkingSetRebuilder.h"
#include "integrations/PushSender.h"
#include "store/GroupCommitWriter.h"

#include <memory>

namespace ges {

BackgroundWork::BackgroundWork(Parts parts, QObject *parent) : QObject(parent), m_parts(parts) {}

void BackgroundWork::stop(std::function<void()> idle)
{
    m_parts.rebuilder.stop();
    m_parts.housekeeping.stop();
    if (m_parts.pushEwtWatcher)
        m_parts.pushEwtWatcher->stop();
    // Pushes already sent settle by themselves; an unsettled claim lapses after
    // PushSender::kLeaseSeconds and the push is sent again (at least once).
    if (m_parts.pushSender)
        m_parts.pushSender->stop();
    m_parts.dispatcher.stopWhenIdle(std::move(idle));
}

void BackgroundWork::release(std::function<void(int, int)> done)
{
    struct Tally
    {
        int pending = 0;
        int leases = 0;
        int claims = 0;
        std::function<void(int, int)> done;
    };
    auto tally = std::make_shared<Tally>();
    tally->done = std::move(done);
    const auto answered = [tally] {
        if (--tally->pending == 0)
            tally->done(tally->leases, tally->claims);
    };
    const auto leaseReleased = [tally, answered](bool released) {
        tally->leases += released ? 1 : 0;
        answered();
    };
    tally->pending = m_parts.pushEwtWatcher ? 5 : 4;
    m_parts.dispatcher.returnClaims([tally, answered](int returned) {
        tally->claims = returned;
        answered();
    });
    m_parts.rebuilder.releaseLease(leaseReleased);
    m_parts.housekeeping.releaseLease(leaseReleased);
    if (m_parts.pushEwtWatcher)
        m_parts.pushEwtWatcher->releaseLease(leaseReleased);
    // An empty job: the writer runs jobs in the order given, so its answer means every
    // write accepted before it has committed (or failed and been answered).
    m_parts.writer.submit<Done>(
        this, [](QSqlDatabase &) -> DbResult<Done> { return Done{}; },
        [answered](const DbResult<Done> &) { answered(); });
}

} // namespace ges
