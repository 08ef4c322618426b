#pragma once
#include "client/ClientError.h"
#include "shared/ApiError.h"

#include <QCoreApplication>
#include <QList>

// How the admin dialogs tell field problems: the ones the shared validation found before
// sending, or the ones the server listed in status.details after.
class FieldProblemText
{
    Q_DECLARE_TR_FUNCTIONS(FieldProblemText)

public:
    static QList<ges::FieldProblem> fromDetails(const QJsonArray &details);
    // The shared validation's problems, found before sending, in the user's language:
    // "<lead>\n• Field: problem\n• ..." (at most a handful of lines, then "and n more").
    static QString describe(const QString &lead, const QList<ges::FieldProblem> &problems);
    // A refused save: the server's message, its field problems (field labels translated,
    // the server's sentences kept), and its request id.
    static QString describe(const QString &lead, const ClientError &error);

    // A field of ServiceConfig (or CallInGroup) as the dialogs label it, e.g.
    // "officeHours[1].days" -> "Office hours, entry 2: days"; unknown fields as they came.
    static QString fieldLabel(const QString &field);
    // One of the shared validation's known problem sentences in the user's language;
    // any other as it came.
    static QString problemText(const QString &problem);

private:
    static QString list(const QString &lead, const QList<ges::FieldProblem> &problems,
                        bool translateProblems);
    static QString baseLabel(const QString &name);
    static QString partLabel(const QString &name);
};
