#pragma once
#include <QString>
#include <QUrl>

// Paths of API.md §3 and §4, shared by the daemon's route table, the desktop client and
// tests. A path with {name} is a template: {name} stands for exactly one path segment.
namespace ges::paths {
// External API (SERVER_EXTERNAL_PORT)
inline constexpr char CallbacksCreate[] = "/engagement/v3/callbacks/create";
inline constexpr char CallbacksCancel[] = "/engagement/v3/callbacks/cancel";
inline constexpr char CallbacksRetrieve[] = "/engagement/v3/callbacks/retrieve";
inline constexpr char CallbacksAvailability[] =
    "/engagement/v3/callbacks/availability/{service-name}";
inline constexpr char CallbacksOpenFor[] = "/engagement/v3/callbacks/open-for/{service-name}";
inline constexpr char CallbacksQueueStatus[] = "/engagement/v3/callbacks/queue-status/{queue-name}";
inline constexpr char EstimatedWaitTime[] = "/engagement/v3/estimated-wait-time";
inline constexpr char EstimatedWaitTimeQueue[] =
    "/engagement/v3/estimated-wait-time/virtual-queues/{virtual-queue}";
inline constexpr char CallInCreate[] = "/engagement/v3/call-in/requests/create";
inline constexpr char StatisticsGet[] = "/engagement/v3/statistics/operations/get-statistic-ex";

// Internal API (SERVER_INTERNAL_PORT)
inline constexpr char Health[] = "/ges/v1/health";
inline constexpr char HealthDetail[] = "/ges/v1/health/detail";
inline constexpr char HealthReady[] = "/ges/v1/health/ready"; // (ours) readiness
inline constexpr char Metrics[] = "/metrics";
inline constexpr char Login[] = "/ges/v1/auth/login";
inline constexpr char Logout[] = "/ges/v1/auth/logout";
inline constexpr char RoutingCallbackState[] = "/ges/v1/routing/callbacks/{id}/state";
inline constexpr char RoutingCallInMatch[] = "/ges/v1/routing/call-in/match"; // (ours)

// Admin API (SERVER_INTERNAL_PORT); who may call what is in AdminEndpoints.h.
inline constexpr char AdminSessions[] = "/ges/v1/admin/sessions";
inline constexpr char AdminSession[] = "/ges/v1/admin/sessions/{id}";
inline constexpr char AdminUsers[] = "/ges/v1/admin/users";
inline constexpr char AdminUser[] = "/ges/v1/admin/users/{name}";
inline constexpr char AdminUserPassword[] = "/ges/v1/admin/users/{name}/password";
inline constexpr char AdminCallbacks[] = "/ges/v1/admin/callbacks";
inline constexpr char AdminCallback[] = "/ges/v1/admin/callbacks/{id}";
inline constexpr char AdminCallbackUserData[] = "/ges/v1/admin/callbacks/{id}/user-data";
inline constexpr char AdminCallbackReschedule[] = "/ges/v1/admin/callbacks/{id}/reschedule";
inline constexpr char AdminCallbackCancel[] = "/ges/v1/admin/callbacks/{id}/cancel";
inline constexpr char AdminCallbacksBulkCancel[] = "/ges/v1/admin/callbacks/bulk-cancel";
inline constexpr char AdminCallbacksExport[] = "/ges/v1/admin/callbacks/export";
inline constexpr char AdminAvailability[] = "/ges/v1/admin/availability";
inline constexpr char AdminQueues[] = "/ges/v1/admin/queues";
inline constexpr char AdminApiKeys[] = "/ges/v1/admin/api-keys";
inline constexpr char AdminApiKey[] = "/ges/v1/admin/api-keys/{id}";
inline constexpr char AdminApiKeysValidate[] = "/ges/v1/admin/api-keys/validate";
inline constexpr char AdminRequestLog[] = "/ges/v1/admin/request-log";
inline constexpr char AdminGwsCredentials[] = "/ges/v1/admin/gws-credentials";
inline constexpr char AdminGwsCredential[] = "/ges/v1/admin/gws-credentials/{tenant}";
inline constexpr char AdminGwsCredentialTest[] = "/ges/v1/admin/gws-credentials/{tenant}/test";
inline constexpr char AdminServices[] = "/ges/v1/admin/services";
inline constexpr char AdminService[] = "/ges/v1/admin/services/{id}";
inline constexpr char AdminCallInGroups[] = "/ges/v1/admin/call-in-groups";
inline constexpr char AdminCallInGroup[] = "/ges/v1/admin/call-in-groups/{id}";
inline constexpr char AdminCallInRequests[] = "/ges/v1/admin/call-in-requests";
inline constexpr char AdminConfigExport[] = "/ges/v1/admin/config/export";
inline constexpr char AdminConfigImport[] = "/ges/v1/admin/config/import";
inline constexpr char AdminAuditLog[] = "/ges/v1/admin/audit-log";
inline constexpr char AdminGdprErase[] = "/ges/v1/admin/gdpr/erase";

// The template with its {name} segment replaced by `value`, percent-encoded.
inline QString with(const char *pathTemplate, const QString &value)
{
    QString path = QString::fromLatin1(pathTemplate);
    const qsizetype open = path.indexOf(u'{');
    const qsizetype close = path.indexOf(u'}', open);
    if (open < 0 || close < 0)
        return path;
    return path.replace(open, close - open + 1,
                        QString::fromLatin1(QUrl::toPercentEncoding(value)));
}
} // namespace ges::paths
