#pragma once
#include <QJsonValue>
#include <QStringList>
#include <QUrl>
#include <optional>

// The logged-in user as POST /ges/v1/auth/login describes it (API.md §4).
struct SessionInfo
{
    QUrl server;
    QString userName;
    QStringList roles;
    QStringList tenants;      // "*" means all tenants
    int expiresInSeconds = 0; // slides with every request

    static std::optional<SessionInfo> fromLoginData(const QJsonValue &data, const QUrl &server);
};
