#include "QueryParams.h"
#include "shared/ErrorCodes.h"
#include "shared/IsoTime.h"

#include <QTimeZone>

namespace ges {

QString QueryParams::text(const QString &name) const
{
    return m_query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
}

void QueryParams::fail(const QString &name, const QString &problem)
{
    if (!m_error)
        m_error = ApiError::field(errc::InvalidField, name, problem);
}

QDateTime QueryParams::time(const QString &isoName, const QString &msName)
{
    if (has(isoName)) {
        const auto parsed = isotime::parse(text(isoName));
        if (!parsed)
            fail(isoName, QStringLiteral("must be an ISO-8601 time with an offset, e.g. "
                                         "2026-11-24T15:30:00.000Z"));
        return parsed.value_or(QDateTime());
    }
    if (!msName.isEmpty() && has(msName)) {
        bool ok = false;
        const qint64 ms = text(msName).toLongLong(&ok);
        if (!ok || ms < 0)
            fail(msName, QStringLiteral("must be epoch milliseconds"));
        return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    }
    return {};
}

int QueryParams::integer(const QString &name, int fallback, int min, int max)
{
    if (!has(name))
        return fallback;
    bool ok = false;
    const int value = text(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        fail(name, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
        return fallback;
    }
    return value;
}

qint64 QueryParams::sequenceCursor(const QString &name)
{
    const QString value = text(name);
    if (value.isEmpty())
        return 0;
    bool ok = false;
    const qint64 sequence = value.toLongLong(&ok);
    if (!ok || sequence <= 0) {
        fail(name, QStringLiteral("not a cursor of this list"));
        return 0;
    }
    return sequence;
}

bool QueryParams::flag(const QString &name)
{
    const QString value = text(name).toLower();
    if (value.isEmpty() || value == QLatin1String("false"))
        return false;
    if (value == QLatin1String("true"))
        return true;
    fail(name, QStringLiteral("must be true or false"));
    return false;
}

QByteArray QueryParams::timeZone(const QString &name)
{
    const QByteArray zone = text(name).toUtf8();
    if (!zone.isEmpty() && !QTimeZone(zone).isValid())
        fail(name, QStringLiteral("\"%1\" is not an IANA time zone").arg(QString::fromUtf8(zone)));
    return zone;
}

} // namespace ges
