#pragma once
#include "AdminClient.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

// A user of the admin API as GET /ges/v1/admin/users lists them (never a password).
struct AdminUserInfo
{
    QString name;
    QStringList roles;
    QStringList tenants; // "*": every tenant
    bool disabled = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    static std::optional<AdminUserInfo> fromJson(const QJsonValue &value);
};

// A live session of a user. `id` is the public SHA-256 of its token (the token itself
// is never shown); `current` marks the caller's own session.
struct AdminSessionInfo
{
    QString id;
    QString user;
    QString address;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime expiresAt;
    bool current = false;

    static std::optional<AdminSessionInfo> fromJson(const QJsonValue &value);
};

// What PUT …/users/{name} changes; what is nullopt stays as it is.
struct AdminUserChange
{
    std::optional<QStringList> roles;
    std::optional<QStringList> tenants;
    std::optional<bool> disabled;
};

// Typed calls of the users and sessions area of the admin API (docs/admin-users.md).
class UsersApi
{
public:
    // The server's password rule (UserPolicy): the dialogs check it before sending.
    static constexpr int MinPasswordLength = 12;
    static constexpr int MaxPasswordLength = 1024;
    static bool isUserName(const QString &name); // 1-64 of A-Z a-z 0-9 . _ @ -

    explicit UsersApi(AdminClient *client) : m_client(client) {}

    void listUsers(QObject *context, AdminClient::Handler<QList<AdminUserInfo>> handler);
    void createUser(const AdminUserInfo &user, const QString &password, QObject *context,
                    AdminClient::Handler<AdminUserInfo> handler);
    void updateUser(const QString &name, const AdminUserChange &change, QObject *context,
                    AdminClient::Handler<AdminUserInfo> handler);
    void resetPassword(const QString &name, const QString &password, QObject *context,
                       AdminClient::Handler<AdminUserInfo> handler);
    void listSessions(const QString &user, QObject *context,
                      AdminClient::Handler<QList<AdminSessionInfo>> handler);
    void endSession(const QString &id, QObject *context,
                    AdminClient::Handler<AdminClient::Done> handler);

private:
    AdminClient *m_client;
};
