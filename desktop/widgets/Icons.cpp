#include "Icons.h"

QIcon Icons::action(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name));
}

QIcon Icons::application()
{
    return QIcon(QStringLiteral(":/icons/ges-admin.svg"));
}
