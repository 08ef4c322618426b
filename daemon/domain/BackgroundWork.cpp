#include "BackgroundWork.h"
#include "Housekeeping.h"
#include "PushEwtWatcher.h"
#include "ScheduledDispatcher.h"
#include "WorkingSetRebuilder.h"
#include "integrations/PushSender.h"
#include "ops/Log.h"
#include "store/GroupCommitWriter.h"

#include <memory>
#include <utility>

namespace ges {

BackgroundWork::BackgroundWork(Parts parts, QObject *parent) : QObject(parent), m_parts(parts) {}

void BackgroundWork::stop(std::function<void()> idle)
{
    // Pushes already sent settle by themselves; an unsettled claim lapses after
    // PushSender::kLeaseSeconds and the push is sent again (at least once).
    if (m_parts.pushSender)
        m_parts.pushSender->stop();
    // Idle once all of them are: each answers once, at once when it has nothing in hand.
    auto pending = std::make_shared<int>(m_parts.pushEwtWatcher ? 4 : 3);
    auto whenIdle = std::make_shared<std::function<void()>>(std::move(idle));
    const auto oneIdle = [pending, whenIdle] {
        if (--*pending == 0 && *whenIdle)
            std::exchange(*whenIdle, {})();
    };
    m_parts.rebuilder.stopWhenIdle(oneIdle);
    m_parts.housekeeping.stopWhenIdle(oneIdle);
    if (m_parts.pushEwtWatcher)
        m_parts.pushEwtWatcher->stopWhenIdle(oneIdle);
    m_parts.dispatcher.stopWhenIdle(oneIdle);
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
    // A lease whose round is still busy stays until it lapses: released now, another node
    // would take it and work beside the round (announce the same callbacks, rebuild twice).
    QStringList lapsing;
    const auto releaseIfIdle = [&](auto &work, const char *lease) {
        if (work.busy())
            return lapsing.append(QString::fromLatin1(lease));
        ++tally->pending;
        work.releaseLease(leaseReleased);
    };
    tally->pending = 2; // claims and the writer; plus each lease released below
    releaseIfIdle(m_parts.rebuilder, "rebuild");
    releaseIfIdle(m_parts.housekeeping, "housekeeping");
    if (m_parts.pushEwtWatcher)
        releaseIfIdle(*m_parts.pushEwtWatcher, "push-ewt");
    if (!lapsing.isEmpty())
        log::warn("gesd", QStringLiteral("leases left to lapse: their rounds are still running"),
                  {{"leases", lapsing.join(',')}});
    m_parts.dispatcher.returnClaims([tally, answered](int returned) {
        tally->claims = returned;
        answered();
    });
    // An empty job: the writer runs jobs in the order given, so its answer means every
    // write accepted before it has committed (or failed and been answered).
    m_parts.writer.submit<Done>(
        this, [](QSqlDatabase &) -> DbResult<Done> { return Done{}; },
        [answered](const DbResult<Done> &) { answered(); });
}

} // namespace ges
