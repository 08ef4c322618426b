#pragma once
#include "Caller.h"
#include "Outcome.h"
#include "store/CallbackEditRecords.h"
#include "store/CallbackRecords.h"

#include <QObject>
#include <functional>
#include <variant>

namespace ges {

class SqlReaderPool;

// Finds callbacks for the admin API: filtered, sorted by created or desired time, in keyset
// pages. The cursor is opaque to clients: base64url("<sort><order>:<key µs>|<id>") of a
// page's last row; the first version's "<created ms>|<id>" (newest first) is still read.
class CallbackSearch : public QObject
{
    Q_OBJECT
public:
    explicit CallbackSearch(SqlReaderPool &reader, QObject *parent = nullptr);

    // Adds the live position in queue and EWT to a waiting callback (from Redis, which
    // PostgreSQL does not know); CallbackLifecycle::withQueueFacts in the daemon.
    using QueueFacts =
        std::function<void(Callback callback, std::function<void(const Callback &)> done)>;
    void setQueueFacts(QueueFacts facts) { m_queueFacts = std::move(facts); }

    // {"callbacks": [Callback + "tenant"], "nextCursor": string | null}
    void page(const Caller &caller, const CallbackQuery &query, OutcomeHandler done);
    // One raw page (the export walks them).
    void fetch(const CallbackQuery &query,
               std::function<void(const DbResult<CallbackPage> &)> done);

    // The callback `id` if its tenant is one of `tenants` (empty: any), else 404.
    using Located = std::variant<Callback, ApiError>;
    void locate(const Caller &caller, const QStringList &tenants, const QString &id,
                std::function<void(const Located &)> done);
    // The callback + "tenant" + "history": [{at, state, reason, actor}], oldest first.
    void detail(const Caller &caller, const QStringList &tenants, const QString &id,
                OutcomeHandler done);

    struct Cursor
    {
        CallbackTimeField sort = CallbackTimeField::Created;
        bool ascending = false;
        qint64 keyUs = 0;
        QString id;
    };
    static QString encodeCursor(const Cursor &cursor);
    static std::optional<Cursor> decodeCursor(const QString &cursor);

    static QJsonObject toJson(const Callback &callback); // + "tenant"
    static ApiError notFound(const QString &id);

private:
    // `callbacks` with their queue facts, in the same order, once all have answered.
    void withQueueFacts(QList<Callback> callbacks,
                        std::function<void(const QList<Callback> &)> done) const;
    static QJsonObject detailJson(const Callback &callback,
                                  const QList<CallbackEditRecords::HistoryEntry> &history);

    SqlReaderPool &m_reader;
    QueueFacts m_queueFacts;
};

} // namespace ges
