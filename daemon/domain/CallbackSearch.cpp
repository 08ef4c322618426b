#include "CallbackSearch.h"
#include "StoreErrors.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"
#include "store/CallbackEditRecords.h"
#include "store/SqlReaderPool.h"

#include <QJsonArray>
#include <QUuid>

namespace ges {

namespace {
bool isUuid(const QString &id)
{
    return id.size() == 36 && !QUuid::fromString(id).isNull();
}
} // namespace

CallbackSearch::CallbackSearch(SqlReaderPool &reader, QObject *parent)
    : QObject(parent), m_reader(reader)
{
}

QString CallbackSearch::encodeCursor(const Cursor &c)
{
    const QByteArray raw = QByteArray(c.sort == CallbackTimeField::Desired ? "d" : "c") +
                           (c.ascending ? "a" : "d") + ':' + QByteArray::number(c.keyUs) + '|' +
                           c.id.toLatin1();
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<CallbackSearch::Cursor> CallbackSearch::decodeCursor(const QString &cursor)
{
    QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    Cursor c;
    qint64 scale = 1;
    const qsizetype colon = raw.indexOf(':');
    if (colon == 2 && QByteArray("cd").contains(raw[0]) && QByteArray("ad").contains(raw[1])) {
        c.sort = raw[0] == 'd' ? CallbackTimeField::Desired : CallbackTimeField::Created;
        c.ascending = raw[1] == 'a';
        raw = raw.mid(3);
    } else if (colon >= 0) {
        return std::nullopt;
    } else {
        scale = 1000; // the first version: created_at in ms, newest first
    }
    const qsizetype bar = raw.indexOf('|');
    bool ok = false;
    c.keyUs = raw.left(bar).toLongLong(&ok) * scale;
    c.id = QString::fromLatin1(raw.mid(bar + 1));
    if (bar <= 0 || !ok || !isUuid(c.id))
        return std::nullopt;
    return c;
}

QJsonObject CallbackSearch::toJson(const Callback &cb)
{
    QJsonObject json = cb.toJson();
    json.insert("tenant", cb.tenant);
    return json;
}

ApiError CallbackSearch::notFound(const QString &id)
{
    return ApiError::notFound(errc::NotFound, QStringLiteral("no callback %1").arg(id));
}

void CallbackSearch::fetch(const CallbackQuery &query,
                           std::function<void(const DbResult<CallbackPage> &)> done)
{
    m_reader.run<CallbackPage>(
        this, [query](QSqlDatabase &db) { return CallbackRecords::list(db, query); },
        std::move(done));
}

void CallbackSearch::page(const Caller &caller, const CallbackQuery &query, OutcomeHandler done)
{
    fetch(query, [this, caller, query, done](const DbResult<CallbackPage> &page) {
        if (!page.ok())
            return done(toApiError(page.error(), caller.corrId));
        const QJsonValue next =
            page.value().more
                ? QJsonValue(encodeCursor({query.sort, query.ascending, page.value().lastKeyUs,
                                           page.value().callbacks.constLast().id}))
                : QJsonValue(QJsonValue::Null);
        withQueueFacts(page.value().callbacks, [done, next](const QList<Callback> &callbacks) {
            QJsonArray list;
            for (const Callback &cb : callbacks)
                list.append(toJson(cb));
            done(QJsonObject{{"callbacks", list}, {"nextCursor", next}});
        });
    });
}

void CallbackSearch::withQueueFacts(QList<Callback> callbacks,
                                    std::function<void(const QList<Callback> &)> done) const
{
    struct Gather
    {
        QList<Callback> callbacks;
        int pending = 0;
        std::function<void(const QList<Callback> &)> done;
    };
    auto gather = std::make_shared<Gather>(Gather{std::move(callbacks), 0, std::move(done)});
    QList<qsizetype> waiting;
    for (qsizetype i = 0; i < gather->callbacks.size(); ++i) {
        if (m_queueFacts && isWaiting(gather->callbacks[i].state))
            waiting.append(i);
    }
    gather->pending = int(waiting.size());
    if (waiting.isEmpty())
        return gather->done(gather->callbacks);
    for (const qsizetype i : waiting) {
        m_queueFacts(gather->callbacks[i], [gather, i](const Callback &withFacts) {
            gather->callbacks[i] = withFacts;
            if (--gather->pending == 0)
                gather->done(gather->callbacks);
        });
    }
}

void CallbackSearch::locate(const Caller &caller, const QStringList &tenants, const QString &id,
                            std::function<void(const Located &)> done)
{
    if (!isUuid(id))
        return done(notFound(id));
    m_reader.run<std::optional<Callback>>(
        this,
        [tenants, id](QSqlDatabase &db) {
            return CallbackEditRecords::findInTenants(db, tenants, id);
        },
        [caller, id, done](const DbResult<std::optional<Callback>> &found) {
            if (!found.ok())
                return done(toApiError(found.error(), caller.corrId));
            if (!found.value())
                return done(notFound(id));
            done(*found.value());
        });
}

void CallbackSearch::detail(const Caller &caller, const QStringList &tenants, const QString &id,
                            OutcomeHandler done)
{
    using History = QList<CallbackEditRecords::HistoryEntry>;
    using Detail = std::pair<std::optional<Callback>, History>;
    if (!isUuid(id))
        return done(notFound(id));
    m_reader.run<Detail>(
        this,
        [tenants, id](QSqlDatabase &db) -> DbResult<Detail> {
            auto found = CallbackEditRecords::findInTenants(db, tenants, id);
            if (!found.ok())
                return found.error();
            if (!found.value())
                return Detail{};
            auto history = CallbackEditRecords::history(db, id);
            if (!history.ok())
                return history.error();
            return Detail{found.value(), history.value()};
        },
        [this, caller, id, done](const DbResult<Detail> &result) {
            if (!result.ok())
                return done(toApiError(result.error(), caller.corrId));
            if (!result.value().first)
                return done(notFound(id));
            const History entries = result.value().second;
            withQueueFacts({*result.value().first}, [done, entries](const QList<Callback> &one) {
                done(detailJson(one.constFirst(), entries));
            });
        });
}

QJsonObject CallbackSearch::detailJson(const Callback &callback,
                                       const QList<CallbackEditRecords::HistoryEntry> &entries)
{
    QJsonArray history;
    for (const auto &h : entries) {
        QJsonObject entry{{"at", isotime::format(h.at)}, {"state", h.state}, {"actor", h.actor}};
        if (!h.reason.isEmpty())
            entry.insert("reason", h.reason);
        history.append(entry);
    }
    QJsonObject json = toJson(callback);
    json.insert("history", history);
    return json;
}

} // namespace ges
