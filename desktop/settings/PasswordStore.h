#pragma once
#include <QObject>
#include <QString>
#include <functional>

// Passwords in the OS keychain through QtKeychain (service "ges-admin", key
// "<server>|<user>"). QSettings only records *that* a password was stored, so the keychain
// is asked only when there is something to read: asking it otherwise can pop up an unlock
// prompt, or wait on a session bus that does not exist (CI).
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    static constexpr char Service[] = "ges-admin";

    // password is empty when nothing is stored; error is empty on success.
    using ReadHandler = std::function<void(const QString &password, const QString &error)>;
    using WriteHandler = std::function<void(const QString &error)>;

    explicit PasswordStore(QObject *parent = nullptr);

    bool hasPassword(const QString &server, const QString &user) const;
    void read(const QString &server, const QString &user, QObject *context, ReadHandler handler);
    void write(const QString &server, const QString &user, const QString &password,
               QObject *context, WriteHandler handler);
    void remove(const QString &server, const QString &user, QObject *context, WriteHandler handler);

    static QString key(const QString &server, const QString &user);

private:
    void setMarker(const QString &server, const QString &user, bool stored);
};
