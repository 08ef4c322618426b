#include "ComingSoonLabel.h"

ComingSoonLabel::ComingSoonLabel(const QString &purpose, QWidget *parent) : QLabel(parent)
{
    setObjectName("comingSoonLabel");
    setText(QStringLiteral("<p>%1</p><p><i>%2</i></p>")
                .arg(purpose.toHtmlEscaped(), tr("Not implemented yet.").toHtmlEscaped()));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
}
