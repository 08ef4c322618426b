#pragma once
#include "ApiError.h"

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

    QJsonObject toJson() const;
    // Returns the config or the list of field problems.
    static std::optional<ServiceConfig> fromJson(const QJsonObject &json,
                                                 QList<FieldProblem> *problems);
};

} // namespace ges
