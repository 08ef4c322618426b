#pragma once
#include <QString>
#include <QStringList>

// Servers and user names remembered between runs in QSettings (never passwords: those
// live only in the OS keychain, see PasswordStore).
class LoginHistory
{
public:
    static constexpr int MaxServers = 10;
    static QString defaultServer() { return QStringLiteral("http://127.0.0.1:3050"); }

    QStringList servers() const; // most recently used first
    QString userFor(const QString &server) const;
    void remember(const QString &server, const QString &user);
};
