#include "DbSettings.h"
#include "PreparedQueries.h"

#include <QSqlError>

namespace ges {

QSqlDatabase DbSettings::open(const QString &connectionName, QString *error) const
{
    // Statements prepared on the old session are gone with it.
    prepared::forget(connectionName);
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                          ? QSqlDatabase::database(connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(name);
    db.setUserName(user);
    db.setPassword(password);
    QString options = QStringLiteral("connect_timeout=5;application_name=gesd");
    // verify-full: the certificate must chain to caFile AND name the host we dialled (a DNS
    // or, since libpq 14, an IP subjectAltName), so a stolen certificate of another server
    // is not enough. QPSQL splits options on ';' and hands them to libpq as they are.
    // libpq quoting lets the path hold spaces; ';' is refused by ConfigLoader (QPSQL's
    // separator).
    if (secure) {
        QString quoted = caFile;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        options += QStringLiteral(";sslmode=verify-full;sslrootcert='%1'").arg(quoted);
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return db;
    }
    return db;
}

} // namespace ges
