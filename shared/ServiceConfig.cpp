#include "ServiceConfig.h"
#include "JsonFields.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <tuple>
#include <utility>

namespace ges {

namespace {
using fields::boundedInt;
using fields::isName;

const QStringList kDays{"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};
const QList<int> kSlotMinutes{5, 10, 15, 20, 30, 60};
const QStringList kKnown{"id",
                         "tenant",
                         "name",
                         "virtualQueue",
                         "timeZone",
                         "officeHours",
                         "slotMinutes",
                         "slotCapacity",
                         "maxDaysAhead",
                         "maxWaiting",
                         "specialDays",
                         "ewtThreshold",
                         "pushEwtThreshold",
                         "duplicatePolicy",
                         "maxUserDataBytes",
                         "rateLimitPerNumberPerHour",
                         "rateLimitPerKeyPerMinute",
                         "captchaRequired"};
// Index = DuplicatePolicy.
const QStringList kDuplicatePolicies{"OFF", "AT_MOST_2", "AT_MOST_1"};

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

// QDate::fromString(Qt::ISODate) of Qt 6.4 also takes "2026/12/25" and "2026-12-25x".
QDate isoDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return re.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

// The "open" and "close" of an office-hours or special-day entry, in minutes of the day.
std::optional<std::pair<int, int>> parseOpenClose(const QJsonObject &o, const QString &field,
                                                  QList<FieldProblem> *problems)
{
    const auto open = minuteOfDay(o.value("open").toString());
    const auto close = minuteOfDay(o.value("close").toString());
    if (!open || !close || *open >= *close) {
        problems->append(
            {field, QStringLiteral("open and close must be HH:MM with open before close")});
        return std::nullopt;
    }
    return std::make_pair(*open, *close);
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
    const auto openClose = parseOpenClose(o, field, problems);
    if (!openClose)
        return std::nullopt;
    std::tie(hours.openMinute, hours.closeMinute) = *openClose;
    return hours;
}

std::optional<SpecialDay> parseSpecialDay(const QJsonValue &value, const QString &field,
                                          QList<FieldProblem> *problems)
{
    const QJsonObject o = value.toObject();
    SpecialDay day;
    day.date = isoDate(o.value("date").toString());
    if (!day.date.isValid()) {
        problems->append({field + ".date", QStringLiteral("must be a date YYYY-MM-DD")});
        return std::nullopt;
    }
    const QJsonValue closed = o.value("closed");
    if (!closed.isUndefined() && !closed.isBool()) {
        problems->append({field + ".closed", QStringLiteral("must be true or false")});
        return std::nullopt;
    }
    day.closed = closed.toBool();
    if (day.closed) {
        if (o.contains("open") || o.contains("close")) {
            problems->append({field, QStringLiteral("a day closed all day has no open or close")});
            return std::nullopt;
        }
        return day;
    }
    const auto openClose = parseOpenClose(o, field, problems);
    if (!openClose)
        return std::nullopt;
    std::tie(day.openMinute, day.closeMinute) = *openClose;
    return day;
}

void parseSpecialDays(const QJsonValue &value, ServiceConfig &c, QList<FieldProblem> *problems)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray()) {
        problems->append({"specialDays", QStringLiteral("must be an array")});
        return;
    }
    QHash<QDate, bool> closedOn; // dates seen so far; a closed date allows no other entry
    const QJsonArray days = value.toArray();
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QString field = QStringLiteral("specialDays[%1]").arg(i);
        const auto day = parseSpecialDay(days.at(i), field, problems);
        if (!day)
            continue;
        if (closedOn.contains(day->date) && (day->closed || closedOn.value(day->date))) {
            problems->append({field, QStringLiteral("%1 is closed all day and also has hours")
                                         .arg(day->date.toString(Qt::ISODate))});
            continue;
        }
        closedOn.insert(day->date, day->closed);
        c.specialDays.append(*day);
    }
}

DuplicatePolicy parseDuplicatePolicy(const QJsonValue &value, QList<FieldProblem> *problems)
{
    if (value.isUndefined() || value.isNull())
        return DuplicatePolicy::Off;
    const qsizetype index = value.isString() ? kDuplicatePolicies.indexOf(value.toString()) : -1;
    if (index < 0) {
        problems->append(
            {"duplicatePolicy", QStringLiteral("must be one of ") + kDuplicatePolicies.join(", ")});
        return DuplicatePolicy::Off;
    }
    return DuplicatePolicy(index);
}

void parseNames(const QJsonObject &json, ServiceConfig &c, QList<FieldProblem> *problems)
{
    c.tenant = json.value("tenant").toString().trimmed();
    c.name = json.value("name").toString().trimmed();
    c.virtualQueue = json.value("virtualQueue").toString().trimmed();
    for (const char *key : {"tenant", "name", "virtualQueue"}) {
        const QString value = json.value(QLatin1String(key)).toString().trimmed();
        if (value.isEmpty())
            problems->append({QLatin1String(key), QStringLiteral("required")});
        else if (!isName(value))
            problems->append(
                {QLatin1String(key), QStringLiteral("1-100 letters, digits, space or _ . : @ -")});
    }
}

void parseSchedule(const QJsonObject &json, ServiceConfig &c, QList<FieldProblem> *problems)
{
    c.timeZone = json.value("timeZone").toString(QStringLiteral("UTC")).trimmed();
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
    parseSpecialDays(json.value("specialDays"), c, problems);
}

void parseLimits(const QJsonObject &json, ServiceConfig &c, QList<FieldProblem> *problems)
{
    c.ewtThreshold = boundedInt(json, "ewtThreshold", 0, 0, 86400, problems);
    c.pushEwtThreshold = boundedInt(json, "pushEwtThreshold", 0, 0, 86400, problems);
    c.duplicatePolicy = parseDuplicatePolicy(json.value("duplicatePolicy"), problems);
    c.maxUserDataBytes = boundedInt(json, "maxUserDataBytes", 4096, 0, 65536, problems);
    c.rateLimitPerNumberPerHour =
        boundedInt(json, "rateLimitPerNumberPerHour", 0, 0, 100000, problems);
    c.rateLimitPerKeyPerMinute =
        boundedInt(json, "rateLimitPerKeyPerMinute", 0, 0, 1000000, problems);
    const QJsonValue captcha = json.value("captchaRequired");
    if (!captcha.isUndefined() && !captcha.isNull() && !captcha.isBool())
        problems->append({"captchaRequired", QStringLiteral("must be true or false")});
    c.captchaRequired = captcha.toBool(false);
}

QJsonArray specialDaysJson(const QList<SpecialDay> &days)
{
    QJsonArray json;
    for (const SpecialDay &d : days) {
        const QString date = d.date.toString(Qt::ISODate);
        if (d.closed)
            json.append(QJsonObject{{"date", date}, {"closed", true}});
        else
            json.append(QJsonObject{
                {"date", date}, {"open", hhmm(d.openMinute)}, {"close", hhmm(d.closeMinute)}});
    }
    return json;
}
} // namespace

bool OfficeHours::coversDay(int dayOfWeek) const
{
    return dayOfWeek >= 1 && dayOfWeek <= 7 && days.contains(kDays.at(dayOfWeek - 1));
}

int ServiceConfig::maxActivePerNumber() const
{
    switch (duplicatePolicy) {
    case DuplicatePolicy::AtMost2:
        return 2;
    case DuplicatePolicy::AtMost1:
        return 1;
    case DuplicatePolicy::Off:
        break;
    }
    return 0;
}

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
    json.insert("specialDays", specialDaysJson(specialDays));
    json.insert("ewtThreshold", ewtThreshold);
    json.insert("pushEwtThreshold", pushEwtThreshold);
    json.insert("duplicatePolicy", kDuplicatePolicies.at(int(duplicatePolicy)));
    json.insert("maxUserDataBytes", maxUserDataBytes);
    json.insert("rateLimitPerNumberPerHour", rateLimitPerNumberPerHour);
    json.insert("rateLimitPerKeyPerMinute", rateLimitPerKeyPerMinute);
    json.insert("captchaRequired", captchaRequired);
    if (!id.isEmpty())
        json.insert("id", id);
    return json;
}

std::optional<ServiceConfig> ServiceConfig::fromJson(const QJsonObject &json,
                                                     QList<FieldProblem> *problems)
{
    ServiceConfig c;
    parseNames(json, c, problems);
    parseSchedule(json, c, problems);
    parseLimits(json, c, problems);
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!kKnown.contains(it.key()))
            c.extra.insert(it.key(), it.value());
    if (!problems->isEmpty())
        return std::nullopt;
    return c;
}

} // namespace ges
