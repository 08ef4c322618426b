#include "DbSettings.h"

#include <QSqlError>

namespace ges {

QSqlDatabase DbSettings::open(const QString &connectionName, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                          ? QSqlDatabase::database(connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(name);
    db.setUserName(user);
    db.setPassword(password);
    QString options = QStringLiteral("connect_timeout=5;application_name=gesd");
    if (secure)
        options += QStringLiteral(";sslmode=require");
    db.setConnectOptions(options);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return db;
    }
    return db;
}

} // namespace ges
