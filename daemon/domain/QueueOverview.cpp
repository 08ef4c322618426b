#include "QueueOverview.h"
#include "StoreErrors.h"
#include "WaitEstimator.h"
#include "shared/CallbackState.h"
#include "shared/IsoTime.h"
#include "shared/ServiceConfig.h"
#include "shared/SlotCalendar.h"
#include "store/CallbackCache.h"
#include "store/QueueRecords.h"
#include "store/ServiceRecords.h"
#include "store/SqlReaderPool.h"

#include <QJsonArray>
#include <QTimeZone>
#include <memory>

namespace ges {

namespace {
struct Snapshot
{
    QList<ServiceConfig> services;
    QHash<QString, QueueCounts> counts;
    QHash<QString, QHash<qint64, int>> bookings;
};

QTimeZone zoneOf(const ServiceConfig &s)
{
    const QTimeZone zone(s.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QDateTime localMidnight(const ServiceConfig &s, const QDateTime &now, int daysAhead)
{
    const QTimeZone zone = zoneOf(s);
    return QDateTime(now.toTimeZone(zone).date().addDays(daysAhead), QTime(0, 0), zone).toUTC();
}

DbResult<Snapshot> snapshot(QSqlDatabase &db, const QStringList &tenants, int days,
                            const QDateTime &now)
{
    auto services = ServiceRecords::list(db, tenants);
    if (!services.ok())
        return services.error();
    QList<QueueDay> today;
    for (const ServiceConfig &s : services.value())
        today.append({s.tenant, s.name, localMidnight(s, now, 0)});
    auto counts = QueueRecords::counts(db, tenants, today);
    if (!counts.ok())
        return counts.error();
    // A day either side covers every service's local days, whatever its time zone.
    auto bookings = QueueRecords::bookings(db, tenants, now.addDays(-1), now.addDays(days + 1));
    if (!bookings.ok())
        return bookings.error();
    return Snapshot{services.value(), counts.value(), bookings.value()};
}

// Booked / free / total per local day, over the slots still bookable (as SlotPlanner: from
// the slot holding `now` to the booking horizon).
QJsonArray slotDays(const ServiceConfig &s, const QHash<qint64, int> &booked, int days,
                    const QDateTime &now)
{
    const SlotCalendar calendar(s);
    QDateTime start = now;
    if (const auto current = calendar.slotAt(now))
        start = current->start;
    const QDateTime end = std::min(localMidnight(s, now, days), calendar.horizon(now));
    struct Day
    {
        int booked = 0, free = 0, total = 0;
    };
    QMap<QDate, Day> perDay;
    const QDate first = now.toTimeZone(zoneOf(s)).date();
    for (int i = 0; i < days; ++i)
        perDay.insert(first.addDays(i), Day{});
    if (start < end)
        for (const TimeSlot &t : calendar.slotsBetween(start, end)) {
            Day &d = perDay[t.localStart.date()];
            const int taken = booked.value(t.start.toMSecsSinceEpoch(), 0);
            d.booked += taken;
            d.total += s.slotCapacity;
            d.free += std::max(0, s.slotCapacity - taken);
        }
    QJsonArray list;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        list.append(QJsonObject{{"day", it.key().toString(Qt::ISODate)},
                                {"booked", it->booked},
                                {"free", it->free},
                                {"total", it->total}});
    return list;
}

QJsonObject countsJson(const QueueCounts &c)
{
    QJsonObject json;
    for (CallbackState state : {CallbackState::Scheduled, CallbackState::Queued,
                                CallbackState::Routing, CallbackState::Processing}) {
        const QString name = toString(state);
        json.insert(name, c.byState.value(name, 0));
    }
    json.insert("completedToday", c.completedToday);
    return json;
}
} // namespace

QueueOverview::QueueOverview(SqlReaderPool &reader, CallbackCache &cache, WaitEstimator &estimator,
                             QObject *parent)
    : QObject(parent), m_reader(reader), m_cache(cache), m_estimator(estimator)
{
}

void QueueOverview::view(const Caller &caller, const QStringList &tenants, int days,
                         OutcomeHandler done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_reader.run<Snapshot>(
        this, [tenants, days, now](QSqlDatabase &db) { return snapshot(db, tenants, days, now); },
        [this, caller, days, now, done](const DbResult<Snapshot> &found) {
            if (!found.ok())
                return done(toApiError(found.error(), caller.corrId));
            const Snapshot &snap = found.value();
            if (snap.services.isEmpty())
                return done(QJsonObject{{"queues", QJsonArray()}});
            auto rows = std::make_shared<QList<QJsonObject>>();
            auto pending = std::make_shared<int>(int(snap.services.size()) * 2);
            for (const ServiceConfig &s : snap.services) {
                const QString key = QueueRecords::queueKey(s.tenant, s.name);
                const SlotCalendar calendar(s);
                rows->append(
                    QJsonObject{{"service", s.name},
                                {"serviceId", s.id},
                                {"tenant", s.tenant},
                                {"virtualQueue", s.virtualQueue},
                                {"open", calendar.isOpen(now)},
                                {"openFor", calendar.openFor(now)},
                                {"counts", countsJson(snap.counts.value(key))},
                                {"slots", slotDays(s, snap.bookings.value(key), days, now)}});
            }
            auto finish = [rows, pending, done] {
                if (--*pending > 0)
                    return;
                QJsonArray queues;
                for (const QJsonObject &row : *rows)
                    queues.append(row);
                done(QJsonObject{{"queues", queues}});
            };
            for (qsizetype i = 0; i < snap.services.size(); ++i) {
                const ServiceConfig &s = snap.services.at(i);
                m_cache.waiting(s.tenant, s.name, [rows, i, finish](std::optional<int> waiting) {
                    (*rows)[i].insert("waiting", waiting ? QJsonValue(*waiting) : QJsonValue());
                    finish();
                });
                m_estimator.forNewArrival(
                    s.tenant, s.name, [rows, i, finish](const WaitEstimator::Estimate &e) {
                        QJsonObject ewt{{"seconds", e.seconds},
                                        {"computedAt", isotime::format(e.computedAt)}};
                        if (!e.message.isEmpty())
                            ewt.insert("message", e.message);
                        (*rows)[i].insert("ewt", ewt);
                        finish();
                    });
            }
        });
}

} // namespace ges
