#pragma once
#include <QSqlDatabase>
#include <QString>

namespace ges {

struct DbSettings
{
    QString host;
    quint16 port = 5432;
    QString name;
    QString user;
    QString password;
    bool secure = false;
    QString caFile; // with secure: the CA bundle the server's certificate must chain to

    // Opens a connection with this thread's affinity (QSqlDatabase connections may only
    // be used by the thread that opened them).
    QSqlDatabase open(const QString &connectionName, QString *error) const;
};

} // namespace ges
