#include "ServiceConfig.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace ges {

namespace {
const QStringList kDays{"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};
const QList<int> kSlotMinutes{5, 10, 15, 20, 30, 60};
const QStringList kKnown{"id",           "tenant",      "name",        "virtualQueue",
                         "timeZone",     "officeHours", "slotMinutes", "slotCapacity",
                         "maxDaysAhead", "maxWaiting"};

std::optional<int> minuteOfDay(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([01][0-9]|2[0-4]):([0-5][0-9])$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int minute = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    return minute <= 24 * 60 ? std::optional<int>(minute) : std::nullopt;
}

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

// A name that is safe in keys, URLs and logs.
bool isName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 _.:@-]{0,99}$"));
    return re.match(s).hasMatch();
}

int boundedInt(const QJsonObject &json, const char *key, int fallback, int min, int max,
               QList<FieldProblem> *problems)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble(-1e18);
    if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
        problems->append(
            {QLatin1String(key),
             QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max)});
        return fallback;
    }
    return int(d);
}

std::optional<OfficeHours> parseHours(const QJsonValue &value, int index,
                                      QList<FieldProblem> *problems)
{
    const QString field = QStringLiteral("officeHours[%1]").arg(index);
    const QJsonObject o = value.toObject();
    OfficeHours hours;
    for (const QJsonValue &d : o.value("days").toArray()) {
        const QString day = d.toString().toUpper();
        if (!kDays.contains(day)) {
            problems->append({field + ".days",
                              QStringLiteral("\"%1\" is not one of MON..SUN").arg(d.toString())});
            return std::nullopt;
        }
        hours.days << day;
    }
    if (hours.days.isEmpty()) {
        problems->append({field + ".days", QStringLiteral("needs at least one day")});
        return std::nullopt;
    }
    const auto open = minuteOfDay(o.value("open").toString());
    const auto close = minuteOfDay(o.value("close").toString());
    if (!open || !close || *open >= *close) {
        problems->append(
            {field, QStringLiteral("open and close must be HH:MM with open before close")});
        return std::nullopt;
    }
    hours.openMinute = *open;
    hours.closeMinute = *close;
    return hours;
}
} // namespace

QJsonObject ServiceConfig::toJson() const
{
    QJsonObject json = extra;
    QJsonArray hours;
    for (const OfficeHours &h : officeHours)
        hours.append(QJsonObject{{"days", QJsonArray::fromStringList(h.days)},
                                 {"open", hhmm(h.openMinute)},
                                 {"close", hhmm(h.closeMinute)}});
    json.insert("tenant", tenant);
    json.insert("name", name);
    json.insert("virtualQueue", virtualQueue);
    json.insert("timeZone", timeZone);
    json.insert("officeHours", hours);
    json.insert("slotMinutes", slotMinutes);
    json.insert("slotCapacity", slotCapacity);
    json.insert("maxDaysAhead", maxDaysAhead);
    json.insert("maxWaiting", maxWaiting);
    if (!id.isEmpty())
        json.insert("id", id);
    return json;
}

std::optional<ServiceConfig> ServiceConfig::fromJson(const QJsonObject &json,
                                                     QList<FieldProblem> *problems)
{
    ServiceConfig c;
    c.tenant = json.value("tenant").toString().trimmed();
    c.name = json.value("name").toString().trimmed();
    c.virtualQueue = json.value("virtualQueue").toString().trimmed();
    c.timeZone = json.value("timeZone").toString(QStringLiteral("UTC")).trimmed();
    for (const char *key : {"tenant", "name", "virtualQueue"}) {
        const QString value = json.value(QLatin1String(key)).toString().trimmed();
        if (value.isEmpty())
            problems->append({QLatin1String(key), QStringLiteral("required")});
        else if (!isName(value))
            problems->append(
                {QLatin1String(key), QStringLiteral("1-100 letters, digits, space or _ . : @ -")});
    }
    if (!QTimeZone(c.timeZone.toUtf8()).isValid())
        problems->append(
            {"timeZone", QStringLiteral("\"%1\" is not an IANA time zone").arg(c.timeZone)});
    const QJsonArray hours = json.value("officeHours").toArray();
    for (qsizetype i = 0; i < hours.size(); ++i)
        if (auto h = parseHours(hours.at(i), int(i), problems))
            c.officeHours.append(*h);
    c.slotMinutes = boundedInt(json, "slotMinutes", 15, 5, 60, problems);
    if (!kSlotMinutes.contains(c.slotMinutes))
        problems->append({"slotMinutes", QStringLiteral("must be 5, 10, 15, 20, 30 or 60")});
    c.slotCapacity = boundedInt(json, "slotCapacity", 10, 1, 100000, problems);
    c.maxDaysAhead = boundedInt(json, "maxDaysAhead", 14, 1, 366, problems);
    c.maxWaiting = boundedInt(json, "maxWaiting", 0, 0, 10000000, problems);
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!kKnown.contains(it.key()))
            c.extra.insert(it.key(), it.value());
    if (!problems->isEmpty())
        return std::nullopt;
    return c;
}

} // namespace ges
