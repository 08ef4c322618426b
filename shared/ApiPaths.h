#pragma once
// Paths of API.md §3 and §4, shared by the daemon's route table, the desktop client and tests.
namespace ges::paths {
// External API (SERVER_EXTERNAL_PORT)
inline constexpr char CallbacksCreate[] = "/engagement/v3/callbacks/create";
inline constexpr char CallbacksCancel[] = "/engagement/v3/callbacks/cancel";
inline constexpr char CallbacksRetrieve[] = "/engagement/v3/callbacks/retrieve";
inline constexpr char CallbacksAvailability[] = "/engagement/v3/callbacks/availability/";
inline constexpr char CallbacksOpenFor[] = "/engagement/v3/callbacks/open-for/";
inline constexpr char CallbacksQueueStatus[] = "/engagement/v3/callbacks/queue-status/";
inline constexpr char EstimatedWaitTime[] = "/engagement/v3/estimated-wait-time";
inline constexpr char EstimatedWaitTimeQueue[] =
    "/engagement/v3/estimated-wait-time/virtual-queues/";
inline constexpr char CallInCreate[] = "/engagement/v3/call-in/requests/create";
inline constexpr char StatisticsGet[] = "/engagement/v3/statistics/operations/get-statistic-ex";

// Internal API (SERVER_INTERNAL_PORT)
inline constexpr char Health[] = "/ges/v1/health";
inline constexpr char HealthDetail[] = "/ges/v1/health/detail";
inline constexpr char Metrics[] = "/metrics";
inline constexpr char Login[] = "/ges/v1/auth/login";
inline constexpr char Logout[] = "/ges/v1/auth/logout";
inline constexpr char AdminApiKeys[] = "/ges/v1/admin/api-keys";
inline constexpr char AdminServices[] = "/ges/v1/admin/services";
inline constexpr char AdminCallbacks[] = "/ges/v1/admin/callbacks";
inline constexpr char RoutingCallbacksPrefix[] = "/ges/v1/routing/callbacks/";
} // namespace ges::paths
