#pragma once
#include <QJsonArray>
#include <QString>

// A failed admin API request as the user should see it. `message` is the server's own
// sentence (status.message) when it sent one, otherwise a translated description of
// what went wrong on the way (no connection, timeout, unreadable answer).
struct ClientError
{
    int httpStatus = 0; // 0: no HTTP answer at all
    QString errorCode;  // the envelope's stable status.errorCode, when present
    QString message;
    QString corrId; // the server's request id, for support
    // The envelope's status.details: [{"field", "problem"}] of a refused document.
    QJsonArray details = {};
};
