#include "FieldProblemText.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace {
constexpr int MaxLines = 6;
} // namespace

QList<ges::FieldProblem> FieldProblemText::fromDetails(const QJsonArray &details)
{
    QList<ges::FieldProblem> problems;
    for (const QJsonValue &detail : details) {
        const QJsonObject o = detail.toObject();
        problems.append({o.value("field").toString(), o.value("problem").toString()});
    }
    return problems;
}

QString FieldProblemText::describe(const QString &lead, const QList<ges::FieldProblem> &problems)
{
    return list(lead, problems, true);
}

QString FieldProblemText::describe(const QString &lead, const ClientError &error)
{
    // The message already names the first problem; list them all only when there are more.
    const auto problems = fromDetails(error.details);
    QString text = tr("%1: %2").arg(lead, error.message);
    if (problems.size() > 1)
        text = list(text, problems, false);
    if (!error.corrId.isEmpty())
        text = tr("%1\n(request %2)").arg(text, error.corrId);
    return text;
}

QString FieldProblemText::list(const QString &lead, const QList<ges::FieldProblem> &problems,
                               bool translateProblems)
{
    QStringList lines{lead};
    for (qsizetype i = 0; i < problems.size() && i < MaxLines; ++i) {
        const ges::FieldProblem &p = problems.at(i);
        lines << tr("• %1: %2")
                     .arg(fieldLabel(p.field),
                          translateProblems ? problemText(p.problem) : p.problem);
    }
    if (problems.size() > MaxLines)
        lines << tr("… and %n more", nullptr, int(problems.size() - MaxLines));
    return lines.join('\n');
}

QString FieldProblemText::fieldLabel(const QString &field)
{
    // name, name[i], name[i].part, name.part: the shapes ServiceConfig's problems take.
    static const QRegularExpression shape(
        QStringLiteral("^([A-Za-z]+)(?:\\[([0-9]+)\\])?(?:\\.([A-Za-z]+))?$"));
    const auto m = shape.match(field);
    const QString base = m.hasMatch() ? baseLabel(m.captured(1)) : QString();
    if (base.isEmpty())
        return field;
    QString label = base;
    if (m.hasCaptured(2))
        label = tr("%1, entry %2").arg(label).arg(m.captured(2).toInt() + 1);
    if (m.hasCaptured(3))
        label = tr("%1: %2", "field: part of it").arg(label, partLabel(m.captured(3)));
    return label;
}

QString FieldProblemText::baseLabel(const QString &name)
{
    static const QHash<QString, const char *> labels{
        {"id", QT_TR_NOOP("Id")},
        {"tenant", QT_TR_NOOP("Tenant")},
        {"name", QT_TR_NOOP("Name")},
        {"virtualQueue", QT_TR_NOOP("Virtual queue")},
        {"timeZone", QT_TR_NOOP("Time zone")},
        {"officeHours", QT_TR_NOOP("Office hours")},
        {"slotMinutes", QT_TR_NOOP("Slot length")},
        {"slotCapacity", QT_TR_NOOP("Slot capacity")},
        {"maxDaysAhead", QT_TR_NOOP("Days ahead")},
        {"maxWaiting", QT_TR_NOOP("Max waiting")},
        {"specialDays", QT_TR_NOOP("Special days")},
        {"ewtThreshold", QT_TR_NOOP("EWT threshold")},
        {"duplicatePolicy", QT_TR_NOOP("Duplicates")},
        {"maxUserDataBytes", QT_TR_NOOP("Max user data")},
        {"rateLimitPerNumberPerHour", QT_TR_NOOP("Creates per number")},
        {"rateLimitPerKeyPerMinute", QT_TR_NOOP("Creates per API key")},
        {"captchaRequired", QT_TR_NOOP("Require CAPTCHA")},
        {"pushEwtThreshold", QT_TR_NOOP("Push \"about to be called\" at")}};
    const char *label = labels.value(name);
    return label ? tr(label) : QString();
}

QString FieldProblemText::partLabel(const QString &name)
{
    if (name == QLatin1String("days"))
        return tr("days");
    if (name == QLatin1String("date"))
        return tr("date");
    if (name == QLatin1String("closed"))
        return tr("closed all day");
    return name;
}

QString FieldProblemText::problemText(const QString &problem)
{
    static const QHash<QString, const char *> fixed{
        {"required", QT_TR_NOOP("required")},
        {"1-100 letters, digits, space or _ . : @ -",
         QT_TR_NOOP("1 to 100 letters, digits, spaces or _ . : @ -")},
        {"must be 5, 10, 15, 20, 30 or 60", QT_TR_NOOP("must be 5, 10, 15, 20, 30 or 60")},
        {"open and close must be HH:MM with open before close",
         QT_TR_NOOP("open and close must be HH:MM with open before close")},
        {"needs at least one day", QT_TR_NOOP("needs at least one day")},
        {"must be a date YYYY-MM-DD", QT_TR_NOOP("must be a date YYYY-MM-DD")},
        {"a day closed all day has no open or close",
         QT_TR_NOOP("a day closed all day has no open or close")}};
    if (const char *text = fixed.value(problem))
        return tr(text);
    static const QRegularExpression zone(QStringLiteral("^\"(.*)\" is not an IANA time zone$"));
    static const QRegularExpression range(
        QStringLiteral("^must be a whole number from (-?[0-9]+) to (-?[0-9]+)$"));
    static const QRegularExpression closedTwice(
        QStringLiteral("^([0-9-]+) is closed all day and also has hours$"));
    if (const auto m = zone.match(problem); m.hasMatch())
        return tr("\"%1\" is not an IANA time zone").arg(m.captured(1));
    if (const auto m = range.match(problem); m.hasMatch())
        return tr("must be a whole number from %1 to %2")
            .arg(QLocale().toString(m.captured(1).toLongLong()),
                 QLocale().toString(m.captured(2).toLongLong()));
    if (const auto m = closedTwice.match(problem); m.hasMatch())
        return tr("%1 is closed all day and also has hours")
            .arg(QLocale().toString(QDate::fromString(m.captured(1), Qt::ISODate),
                                    QLocale::ShortFormat));
    return problem;
}
