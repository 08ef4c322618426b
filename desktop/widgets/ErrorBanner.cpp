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
    QString text = what.isEmpty() ? error.message : tr("%1: %2").arg(what, error.message);
    if (!error.corrId.isEmpty())
        text += ' ' + tr("(request %1)").arg(error.corrId);
    return text;
}
