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
    // "<lead>\n• field: problem\n• ..." (at most a handful of lines, then "and n more").
    static QString describe(const QString &lead, const QList<ges::FieldProblem> &problems);
    // A refused save: the server's message, its field problems, and its request id.
    static QString describe(const QString &lead, const ClientError &error);
};
