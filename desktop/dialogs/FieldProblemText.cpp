#include "FieldProblemText.h"

#include <QJsonObject>

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
    QStringList lines{lead};
    for (qsizetype i = 0; i < problems.size() && i < MaxLines; ++i)
        lines << tr("• %1: %2").arg(problems.at(i).field, problems.at(i).problem);
    if (problems.size() > MaxLines)
        lines << tr("… and %n more", nullptr, int(problems.size() - MaxLines));
    return lines.join('\n');
}

QString FieldProblemText::describe(const QString &lead, const ClientError &error)
{
    QString text = tr("%1: %2").arg(lead, error.message);
    // The message already names the first problem; list them all only when there are more.
    const auto problems = fromDetails(error.details);
    if (problems.size() > 1)
        text = describe(text, problems);
    if (!error.corrId.isEmpty())
        text += '\n' + tr("(request %1)").arg(error.corrId);
    return text;
}
