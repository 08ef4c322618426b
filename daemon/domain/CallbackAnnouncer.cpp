#include "CallbackAnnouncer.h"
#include "integrations/OrsAnnouncer.h"
#include "ops/Log.h"
#include "store/CallbackRecords.h"
#include "store/GroupCommitWriter.h"

#include <memory>

namespace ges {

CallbackAnnouncer::CallbackAnnouncer(OrsAnnouncer &ors, GroupCommitWriter &writer, QObject *parent)
    : QObject(parent), m_ors(ors), m_writer(writer)
{
}

void CallbackAnnouncer::announce(const QList<Item> &items, const QString &corrId,
                                 std::function<void(int)> done)
{
    if (items.isEmpty()) {
        if (done)
            done(0);
        return;
    }
    struct Progress
    {
        qsizetype pending;
        QStringList announced;
    };
    auto progress = std::make_shared<Progress>(Progress{items.size(), {}});
    for (const Item &item : items) {
        const QString id = item.callback.id;
        m_ors.announce(
            item.callback, item.virtualQueue, [this, progress, id, corrId, done](bool ok) {
                if (ok)
                    progress->announced << id;
                else // left in unannounced_callbacks: the outbox tries again
                    log::warn("ors", QStringLiteral("announcing the callback failed"),
                              {{"callbackId", id}, {"corrId", corrId}});
                if (--progress->pending > 0)
                    return;
                m_unmarked += progress->announced;
                const int count = int(progress->announced.size());
                m_waiting.append([done, count] {
                    if (done)
                        done(count);
                });
                markAnnounced();
            });
    }
}

void CallbackAnnouncer::markAnnounced()
{
    // One write in flight at a time, carrying every id announced meanwhile: under load a
    // single DELETE per writer batch rather than one per create (docs/performance.md).
    if (m_marking || m_waiting.isEmpty())
        return;
    m_marking = true;
    const QStringList ids = std::exchange(m_unmarked, {});
    const QList<std::function<void()>> waiting = std::exchange(m_waiting, {});
    m_writer.submit<Done>(
        this, [ids](QSqlDatabase &db) { return CallbackRecords::markAnnounced(db, ids); },
        [this, waiting](const DbResult<Done> &) {
            // A failed delete leaves the entries: the outbox announces them again later.
            m_marking = false;
            for (const auto &answer : waiting)
                answer();
            markAnnounced();
        });
}

} // namespace ges
