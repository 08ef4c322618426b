#include "HostPortList.h"

namespace ges {

bool parseHostPortList(const QString &list, QList<HostPort> &out, QString *error)
{
    out.clear();
    for (const QString &raw : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = colon > 0 ? item.mid(colon + 1).toUInt(&ok) : 0;
        if (!ok || port == 0 || port > 65535) {
            if (error)
                *error = QStringLiteral("\"%1\" is not host:port").arg(item);
            return false;
        }
        QString host = item.left(colon);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2); // [::1]:26379
        out.append({host, quint16(port)});
    }
    if (out.isEmpty()) {
        if (error)
            *error = QStringLiteral("no host:port given");
        return false;
    }
    return true;
}

} // namespace ges
