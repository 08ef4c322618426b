#pragma once
#include "shared/CallbackState.h"

#include <QCoreApplication>
#include <QString>

// Words shown for the API's state and reason names. The names themselves stay the
// contract (filters send them); people read these.
class CallbackText
{
    Q_DECLARE_TR_FUNCTIONS(CallbackText)

public:
    static QString state(ges::CallbackState state);
    static QString reason(const QString &reason); // unknown names are shown as they are
    static QString waitTime(int seconds);         // "1:05", "1:02:03"
};
