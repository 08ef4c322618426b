#include "ErrorBanner.h"

#include "client/ClientError.h"

ErrorBanner::ErrorBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName("errorLabel");
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::PlainText);
    setStyleSheet("QLabel { color: #b00020; }");
    hide();
}

void ErrorBanner::showError(const QString &what, const ClientError &error)
{
    showMessage(describe(what, error));
}

void ErrorBanner::showMessage(const QString &text)
{
    setText(text);
    show();
}

QString ErrorBanner::describe(const QString &what, const ClientError &error)
{
    // One sentence per shape, so a translation can order its parts as its language needs.
    if (error.corrId.isEmpty())
        return what.isEmpty() ? error.message : tr("%1: %2").arg(what, error.message);
    return what.isEmpty() ? tr("%1 (request %2)").arg(error.message, error.corrId)
                          : tr("%1: %2 (request %3)").arg(what, error.message, error.corrId);
}
