#include "CallbackText.h"

QString CallbackText::state(ges::CallbackState state)
{
    switch (state) {
    case ges::CallbackState::Scheduled:
        return tr("Scheduled");
    case ges::CallbackState::Queued:
        return tr("Queued");
    case ges::CallbackState::Routing:
        return tr("Routing");
    case ges::CallbackState::Processing:
        return tr("Processing");
    case ges::CallbackState::Completed:
        return tr("Completed");
    }
    return ges::toString(state);
}

QString CallbackText::reason(const QString &reason)
{
    namespace r = ges::reason;
    if (reason == QLatin1String(r::Connected))
        return tr("Connected");
    if (reason == QLatin1String(r::Cancelled))
        return tr("Cancelled");
    if (reason == QLatin1String(r::Expired))
        return tr("Expired");
    if (reason == QLatin1String(r::NoAnswer))
        return tr("No answer");
    if (reason == QLatin1String(r::Busy))
        return tr("Busy");
    if (reason == QLatin1String(r::Failed))
        return tr("Failed");
    if (reason == QLatin1String(r::Abandoned))
        return tr("Abandoned");
    return reason;
}

QString CallbackText::waitTime(int seconds)
{
    if (seconds < 0)
        return tr("unknown");
    const int hours = seconds / 3600;
    const int minutes = seconds / 60 % 60;
    const QString secs = QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (hours == 0)
        return QStringLiteral("%1:%2").arg(minutes).arg(secs);
    return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(secs);
}
