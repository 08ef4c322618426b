#pragma once
#include <QList>
#include <QString>
#include <QStringList>

// The admin API in one table: every endpoint under /ges/v1/admin with the permission it
// needs, and which roles hold each permission (API.md §4 "Roles"). The daemon takes each
// route's permission from here (a route missing from it is not served), the desktop uses
// it to disable what a role may not do, and the role × endpoint test walks it, so no
// endpoint can be left out of any of the three.
namespace ges {

namespace roles {
inline const QString Administrator = QStringLiteral("Callback Administrator");
inline const QString Supervisor = QStringLiteral("Callback Supervisor");
inline const QString Monitor = QStringLiteral("Callback Monitor");
inline const QString Developer = QStringLiteral("Developer");
// Not a role of its own: any role named in DEVOPS_ACCESS_GROUPS grants it.
inline const QString DevOps = QStringLiteral("DevOps");
const QStringList &assignable(); // the four Callback/Developer roles above
} // namespace roles

enum class Permission
{
    CallbacksRead,
    CallbacksManage,
    QueuesRead,
    ServicesRead,
    ServicesManage,
    ApiKeysRead,
    ApiKeysManage,
    RequestLogRead,
    CredentialsRead,
    CredentialsManage,
    UsersRead,
    UsersManage,
    AuditRead,
    PrivacyErase,
};

struct PermissionGrant
{
    Permission permission;
    QStringList roles;      // roles that hold it
    bool devopsMay = false; // reads: DevOps may, across tenants
};

const PermissionGrant &grantOf(Permission permission);
// True when one of `userRoles` (with `devops` for a DevOps principal) holds `permission`.
bool holds(const QStringList &userRoles, bool devops, Permission permission);

struct AdminEndpoint
{
    QByteArray method;
    QString path; // a template: {name} stands for one path segment
    Permission permission;
};

const QList<AdminEndpoint> &adminEndpoints();
const AdminEndpoint *findAdminEndpoint(const QByteArray &method, const QString &pathTemplate);

} // namespace ges
