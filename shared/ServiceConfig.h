#pragma once
#include "ApiError.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace ges {

struct OfficeHours
{
    QStringList days;    // MON..SUN
    int openMinute = 0;  // minutes after local midnight
    int closeMinute = 0; // up to 24*60

    // dayOfWeek as Qt::DayOfWeek: 1 = MON .. 7 = SUN.
    bool coversDay(int dayOfWeek) const;
};

// One entry of a date that does not follow the weekly office hours: closed all day, or one
// of that day's open intervals (a date may have several).
struct SpecialDay
{
    QDate date;
    bool closed = false;
    int openMinute = 0;  // minutes after local midnight
    int closeMinute = 0; // up to 24*60
};

// How many active callbacks one phone number may have in a service.
enum class DuplicatePolicy
{
    Off,
    AtMost2,
    AtMost1
};

// A callback service (API.md §4 POST /ges/v1/admin/services). Parsed and validated here
// so the daemon and the desktop agree on what is acceptable.
struct ServiceConfig
{
    QString id;
    QString tenant;
    QString name;
    QString virtualQueue;
    QString timeZone = QStringLiteral("UTC");
    QList<OfficeHours> officeHours;
    int slotMinutes = 15;
    int slotCapacity = 10;
    int maxDaysAhead = 14;
    int maxWaiting = 0; // immediate callbacks waiting at most; 0 = no limit
    QJsonObject extra;  // fields this version does not interpret yet, kept as given

    QList<SpecialDay> specialDays; // a date listed here ignores officeHours
    int ewtThreshold = 0;          // seconds; above it no immediate callbacks; 0 = no threshold
    // (ours) seconds; a QUEUED callback with push notifications gets one "about to be called"
    // push when its EWT falls to this or below (docs/push.md); 0 = no such push.
    int pushEwtThreshold = 0;
    DuplicatePolicy duplicatePolicy = DuplicatePolicy::Off;
    int maxUserDataBytes = 4096;       // compact-JSON size of userData; 0 = only {}
    int rateLimitPerNumberPerHour = 0; // creates per phone number; 0 = off
    int rateLimitPerKeyPerMinute = 0;  // creates per API key; 0 = off
    bool captchaRequired = false;      // an external create must pass a captchaToken check

    // Active callbacks one phone number may have in this service; 0 = no limit.
    int maxActivePerNumber() const;

    QJsonObject toJson() const;
    // Returns the config or the list of field problems.
    static std::optional<ServiceConfig> fromJson(const QJsonObject &json,
                                                 QList<FieldProblem> *problems);
};

} // namespace ges
