// Fuzzes the service document of POST /ges/v1/admin/services (shared/ServiceConfig) and
// the office-hours calendar built from it (shared/SlotCalendar): a refused document lists
// its problems; an accepted one writes JSON that is accepted again and writes the same;
// its calendar's intervals and slots are ordered, non-empty and inside office hours.
#include "FuzzCheck.h"
#include "shared/ServiceConfig.h"
#include "shared/SlotCalendar.h"

#include <QJsonDocument>

using namespace ges;

namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void checkCalendar(const ServiceConfig &config, const QDateTime &now)
{
    const SlotCalendar calendar(config);
    const QDateTime to = now.addDays(3);
    QDateTime previousEnd;
    for (const OpenInterval &interval : calendar.openIntervals(now, to)) {
        fuzz::check(interval.start < interval.end && interval.start >= now && interval.end <= to,
                    "an open interval is empty or outside the window", compact(config.toJson()));
        fuzz::check(!previousEnd.isValid() || previousEnd < interval.start,
                    "open intervals overlap, touch or are out of order", compact(config.toJson()));
        previousEnd = interval.end;
    }
    QDateTime previousStart;
    for (const TimeSlot &slot : calendar.slotsBetween(now, now.addDays(2))) {
        fuzz::check(slot.start < slot.end, "an empty slot", compact(config.toJson()));
        fuzz::check(!previousStart.isValid() || previousStart < slot.start,
                    "slots out of order or repeated", compact(config.toJson()));
        fuzz::check(calendar.isOpen(slot.start), "a slot starts while the office is closed",
                    compact(config.toJson()));
        previousStart = slot.start;
    }
    const qint64 openFor = calendar.openFor(now);
    fuzz::check(openFor >= 0 && openFor <= SlotCalendar::kOpenForLimitSeconds &&
                    (openFor > 0) == calendar.isOpen(now),
                "openFor disagrees with isOpen", compact(config.toJson()));
    (void)calendar.check(now.addSecs(3600), now);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    QList<FieldProblem> problems;
    const auto config = ServiceConfig::fromJson(doc.object(), &problems);
    if (!config) {
        fuzz::check(!problems.isEmpty(), "refused without a problem", compact(doc.object()));
        return 0;
    }
    const QJsonObject written = config->toJson();
    QList<FieldProblem> again;
    const auto reread = ServiceConfig::fromJson(written, &again);
    fuzz::check(reread.has_value(), "the written document is refused",
                compact(written) + (again.isEmpty() ? QString() : " " + again.first().field +
                                                                      ": " + again.first().problem));
    fuzz::check(reread->toJson() == written, "the written document reads differently",
                compact(written) + " -> " + compact(reread->toJson()));
    // A plain day and the night Europe's clocks go forward.
    checkCalendar(*config, QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    checkCalendar(*config, QDateTime(QDate(2026, 3, 28), QTime(22, 30), Qt::UTC));
    return 0;
}
