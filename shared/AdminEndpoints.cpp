#include "AdminEndpoints.h"
#include "ApiPaths.h"

namespace ges {

const QStringList &roles::assignable()
{
    static const QStringList all{Administrator, Supervisor, Monitor, Developer};
    return all;
}

namespace {
using roles::Administrator;
using roles::Developer;
using roles::Monitor;
using roles::Supervisor;

const QList<PermissionGrant> &grants()
{
    static const QList<PermissionGrant> table{
        {Permission::CallbacksRead, {Administrator, Supervisor, Monitor}, true},
        {Permission::CallbacksManage, {Administrator, Supervisor}, false},
        {Permission::QueuesRead, {Administrator, Supervisor, Monitor}, true},
        {Permission::ServicesRead, {Administrator, Supervisor, Monitor}, true},
        {Permission::ServicesManage, {Administrator}, false},
        {Permission::ApiKeysRead, {Administrator, Developer}, true},
        {Permission::ApiKeysManage, {Administrator, Developer}, false},
        {Permission::RequestLogRead, {Administrator, Developer}, true},
        {Permission::CredentialsRead, {Administrator}, true},
        {Permission::CredentialsManage, {Administrator}, false},
        {Permission::UsersRead, {Administrator}, true},
        {Permission::UsersManage, {Administrator}, false},
        {Permission::AuditRead, {Administrator}, true},
        {Permission::PrivacyErase, {Administrator}, false},
    };
    return table;
}
} // namespace

const PermissionGrant &grantOf(Permission permission)
{
    for (const PermissionGrant &grant : grants())
        if (grant.permission == permission)
            return grant;
    Q_UNREACHABLE();
}

bool holds(const QStringList &userRoles, bool devops, Permission permission)
{
    const PermissionGrant &grant = grantOf(permission);
    if (devops && grant.devopsMay)
        return true;
    for (const QString &role : userRoles)
        if (grant.roles.contains(role))
            return true;
    return false;
}

const QList<AdminEndpoint> &adminEndpoints()
{
    using P = Permission;
    using namespace paths;
    static const QList<AdminEndpoint> table{
        {"GET", AdminSessions, P::UsersRead},
        {"DELETE", AdminSession, P::UsersManage},
        {"GET", AdminUsers, P::UsersRead},
        {"POST", AdminUsers, P::UsersManage},
        {"GET", AdminUser, P::UsersRead},
        {"PUT", AdminUser, P::UsersManage},
        {"POST", AdminUserPassword, P::UsersManage},
        {"GET", AdminCallbacks, P::CallbacksRead},
        {"POST", AdminCallbacks, P::CallbacksManage},
        {"GET", AdminCallback, P::CallbacksRead},
        {"PUT", AdminCallbackUserData, P::CallbacksManage},
        {"POST", AdminCallbackReschedule, P::CallbacksManage},
        {"POST", AdminCallbackCancel, P::CallbacksManage},
        {"POST", AdminCallbacksBulkCancel, P::CallbacksManage},
        {"GET", AdminCallbacksExport, P::CallbacksRead},
        {"GET", AdminAvailability, P::CallbacksRead},
        {"GET", AdminQueues, P::QueuesRead},
        {"GET", AdminApiKeys, P::ApiKeysRead},
        {"POST", AdminApiKeys, P::ApiKeysManage},
        {"DELETE", AdminApiKey, P::ApiKeysManage},
        {"POST", AdminApiKeysValidate, P::ApiKeysRead},
        {"GET", AdminRequestLog, P::RequestLogRead},
        {"GET", AdminGwsCredentials, P::CredentialsRead},
        {"PUT", AdminGwsCredential, P::CredentialsManage},
        {"DELETE", AdminGwsCredential, P::CredentialsManage},
        {"POST", AdminGwsCredentialTest, P::CredentialsManage},
        {"GET", AdminServices, P::ServicesRead},
        {"POST", AdminServices, P::ServicesManage},
        {"GET", AdminService, P::ServicesRead},
        {"PUT", AdminService, P::ServicesManage},
        {"DELETE", AdminService, P::ServicesManage},
        {"GET", AdminCallInGroups, P::ServicesRead},
        {"POST", AdminCallInGroups, P::ServicesManage},
        {"GET", AdminCallInGroup, P::ServicesRead},
        {"PUT", AdminCallInGroup, P::ServicesManage},
        {"DELETE", AdminCallInGroup, P::ServicesManage},
        {"GET", AdminCallInRequests, P::CallbacksRead},
        {"GET", AdminConfigExport, P::ServicesRead},
        {"POST", AdminConfigImport, P::ServicesManage},
        {"GET", AdminAuditLog, P::AuditRead},
        {"POST", AdminGdprErase, P::PrivacyErase},
    };
    return table;
}

const AdminEndpoint *findAdminEndpoint(const QByteArray &method, const QString &pathTemplate)
{
    for (const AdminEndpoint &endpoint : adminEndpoints())
        if (endpoint.method == method && endpoint.path == pathTemplate)
            return &endpoint;
    return nullptr;
}

} // namespace ges
