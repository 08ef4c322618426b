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
                const QStringList ids = progress->announced;
                m_writer.submit<Done>(
                    this,
                    [ids](QSqlDatabase &db) { return CallbackRecords::markAnnounced(db, ids); },
                    [ids, done](const DbResult<Done> &) {
                        if (done)
                            done(int(ids.size()));
                    });
            });
    }
}

} // namespace ges
