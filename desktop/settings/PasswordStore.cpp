#include "PasswordStore.h"
#include "SettingsKey.h"

#include <QPointer>
#include <QSettings>
#include <qt6keychain/keychain.h>

namespace {
QString markerKey(const QString &keychainKey)
{
    return settingsKey("keychain", keychainKey);
}
} // namespace

PasswordStore::PasswordStore(QObject *parent) : QObject(parent) {}

QString PasswordStore::key(const QString &server, const QString &user)
{
    return server + '|' + user;
}

bool PasswordStore::hasPassword(const QString &server, const QString &user) const
{
    return QSettings().value(markerKey(key(server, user)), false).toBool();
}

void PasswordStore::read(const QString &server, const QString &user, QObject *context,
                         ReadHandler handler)
{
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(Service), this);
    job->setKey(key(server, user));
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, handler](QKeychain::Job *done) {
        if (!guard)
            return;
        if (done->error() == QKeychain::EntryNotFound)
            handler(QString(), QString());
        else if (done->error() != QKeychain::NoError)
            handler(QString(), done->errorString());
        else
            handler(static_cast<QKeychain::ReadPasswordJob *>(done)->textData(), QString());
    });
    job->start(); // jobs delete themselves when finished
}

void PasswordStore::write(const QString &server, const QString &user, const QString &password,
                          QObject *context, WriteHandler handler)
{
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(Service), this);
    job->setKey(key(server, user));
    job->setTextData(password);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, server, user, guard, handler](QKeychain::Job *done) {
                const bool ok = done->error() == QKeychain::NoError;
                setMarker(server, user, ok);
                if (guard)
                    handler(ok ? QString() : done->errorString());
            });
    job->start();
}

void PasswordStore::remove(const QString &server, const QString &user, QObject *context,
                           WriteHandler handler)
{
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(Service), this);
    job->setKey(key(server, user));
    // Forget the marker first: a keychain that refuses to delete should not be asked again.
    setMarker(server, user, false);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, handler](QKeychain::Job *done) {
        const bool ok =
            done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
        if (guard)
            handler(ok ? QString() : done->errorString());
    });
    job->start();
}

void PasswordStore::setMarker(const QString &server, const QString &user, bool stored)
{
    QSettings settings;
    if (stored)
        settings.setValue(markerKey(key(server, user)), true);
    else
        settings.remove(markerKey(key(server, user)));
}
