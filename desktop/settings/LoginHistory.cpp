#include "LoginHistory.h"
#include "SettingsKey.h"

#include <QSettings>

namespace {
constexpr char ServersKey[] = "login/servers";
constexpr char UsersGroup[] = "login/users";
} // namespace

QStringList LoginHistory::servers() const
{
    return QSettings().value(ServersKey).toStringList();
}

QString LoginHistory::userFor(const QString &server) const
{
    return QSettings().value(settingsKey(UsersGroup, server)).toString();
}

void LoginHistory::remember(const QString &server, const QString &user)
{
    QStringList list = servers();
    list.removeAll(server);
    list.prepend(server);
    while (list.size() > MaxServers)
        list.removeLast();
    QSettings settings;
    settings.setValue(ServersKey, list);
    settings.setValue(settingsKey(UsersGroup, server), user);
}
