#pragma once
#include "shared/AdminEndpoints.h"

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
    bool devops = false;      // a role in the server's DEVOPS_ACCESS_GROUPS

    // What the UI offers; the server enforces the same table (shared/AdminEndpoints).
    bool may(ges::Permission permission) const { return ges::holds(roles, devops, permission); }
    bool allTenants() const { return tenants.contains(QStringLiteral("*")) || devops; }

    static std::optional<SessionInfo> fromLoginData(const QJsonValue &data, const QUrl &server);
};
