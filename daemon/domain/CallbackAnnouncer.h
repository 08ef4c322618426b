#pragma once
#include "shared/Callback.h"

#include <QObject>
#include <functional>

namespace ges {

class OrsAnnouncer;
class GroupCommitWriter;

// Tells the routing side about QUEUED callbacks (XADD on the ORS stream) and records in
// PostgreSQL which were told (their unannounced_callbacks entry is deleted), so the outbox
// re-announces only those that were not.
class CallbackAnnouncer : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        Callback callback;
        QString virtualQueue;
    };

    CallbackAnnouncer(OrsAnnouncer &ors, GroupCommitWriter &writer, QObject *parent = nullptr);

    // `done(announced)` after every XADD has answered and the told ones are recorded.
    void announce(const QList<Item> &items, const QString &corrId,
                  std::function<void(int)> done = {});

private:
    void markAnnounced();

    OrsAnnouncer &m_ors;
    GroupCommitWriter &m_writer;
    QStringList m_unmarked;                 // announced, not yet out of the outbox
    QList<std::function<void()>> m_waiting; // the `done` of announce() calls behind them
    bool m_marking = false;
};

} // namespace ges
