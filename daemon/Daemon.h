#pragma once
#include "config/Config.h"
#include "ops/Readiness.h"

#include <QObject>
#include <memory>

namespace ges {

class Metrics;
class AlertCounters;
class SqlReaderPool;
class GroupCommitWriter;
class RedisClient;
class CallbackCache;
class SessionStore;
class OrsAnnouncer;
class CaptchaVerifier;
class CallbackLifecycle;
class CallbackCreator;
class CallbackAnnouncer;
class DueIndex;
class RateLimiter;
class ThroughputMeter;
class WaitEstimator;
class SlotPlanner;
class AvailabilityService;
class QueueStatusService;
class ScheduledDispatcher;
class WorkingSetRebuilder;
class Housekeeping;
class OutboundHttp;
class PushSender;
class PushEwtWatcher;
class AvailabilityController;
class QueueStatusController;
class AccessPolicy;
class RequestAuthenticator;
class ApiKeyCache;
class CallbacksController;
class AuthController;
class LoginThrottle;
class UserPolicy;
class UserDirectory;
class SessionAdmin;
class PrivacyEraser;
class QueueOverview;
class AdminUsersController;
class AdminSessionsController;
class AdminAuditController;
class AdminPrivacyController;
class AdminQueuesController;
class AdminApiKeysController;
class AdminRequestLogController;
class AdminGwsCredentialsController;
class GwsCredentialVault;
class GwsClient;
class GwsTokenCache;
class GwsAccounts;
class GwsConnectionTest;
class StatisticsProxy;
class StatisticsController;
class OutboundHttp;
class RequestLog;
class AdminServicesController;
class AdminCallInGroupsController;
class AdminConfigController;
class CallInGroupCatalog;
class CallInRegistry;
class CallInController;
class AdminCallInRequestsController;
class ConfigTransfer;
class AdminCallbacksController;
class AdminCallbackActionsController;
class AdminCallbackExportController;
class AdminAvailabilityController;
class CallbackEditor;
class CallbackRescheduler;
class BulkCancel;
class ApiKeyRegistry;
class ServiceCatalog;
class CallbackSearch;
class OpsController;
class RoutingController;
class HealthMonitor;
class HttpListener;
class BackgroundWork;

// Wires the daemon together: stores, domain, controllers and the two listeners.
class Daemon : public QObject
{
    Q_OBJECT
public:
    explicit Daemon(Config config, QObject *parent = nullptr);
    ~Daemon() override;

    // Applies migrations, bootstraps the administrator, connects and starts listening.
    bool start(QString *error);
    // Stops accepting connections and closes idle ones; in-flight requests (partly
    // received ones too) are still answered, with Connection: close (ConnectionDrain).
    void stopListening();
    int requestsInFlight() const;
    // For GracefulShutdown: what /health/ready answers, and the work to stop on SIGTERM.
    Readiness &readiness() { return m_readiness; }
    BackgroundWork &background() { return *m_background; }

private:
    bool bootstrapAdministrator(QString *error);
    void buildListeners();
    void startPush(const QString &node);

    Config m_config;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<AlertCounters> m_alerts; // before its users: destroyed after them
    std::unique_ptr<SqlReaderPool> m_reader;
    std::unique_ptr<GroupCommitWriter> m_writer;
    std::unique_ptr<RedisClient> m_redis;
    std::unique_ptr<RedisClient> m_orsRedis;
    std::unique_ptr<RedisClient> m_redisTracking; // ApiKeyCache's invalidations
    std::unique_ptr<ApiKeyCache> m_apiKeyCache;
    std::unique_ptr<CallbackCache> m_cache;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<OrsAnnouncer> m_announcer;
    std::unique_ptr<CaptchaVerifier> m_captcha;
    std::unique_ptr<DueIndex> m_due;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<ThroughputMeter> m_meter;
    std::unique_ptr<WaitEstimator> m_estimator;
    std::unique_ptr<ServiceCatalog> m_services;
    std::unique_ptr<CallInGroupCatalog> m_callInGroups;
    std::unique_ptr<CallInRegistry> m_callIn;
    std::unique_ptr<ConfigTransfer> m_configTransfer;
    std::unique_ptr<SlotPlanner> m_planner;
    std::unique_ptr<CallbackAnnouncer> m_callbackAnnouncer;
    std::unique_ptr<CallbackCreator> m_creator;
    std::unique_ptr<CallbackLifecycle> m_lifecycle;
    std::unique_ptr<AvailabilityService> m_availability;
    std::unique_ptr<QueueStatusService> m_queueStatus;
    std::unique_ptr<ScheduledDispatcher> m_dispatcher;
    std::unique_ptr<WorkingSetRebuilder> m_rebuilder;
    std::unique_ptr<Housekeeping> m_housekeeping;
    std::unique_ptr<OutboundHttp> m_pushHttp;
    std::unique_ptr<PushSender> m_pushSender;
    std::unique_ptr<PushEwtWatcher> m_pushEwtWatcher;
    std::unique_ptr<AccessPolicy> m_access;
    std::unique_ptr<RequestAuthenticator> m_authenticator;
    std::unique_ptr<CallbacksController> m_callbacks;
    std::unique_ptr<AvailabilityController> m_availabilityApi;
    std::unique_ptr<QueueStatusController> m_queueStatusApi;
    std::unique_ptr<AuthController> m_auth;
    std::unique_ptr<LoginThrottle> m_loginThrottle;
    std::unique_ptr<UserPolicy> m_userPolicy;
    std::unique_ptr<UserDirectory> m_users;
    std::unique_ptr<SessionAdmin> m_sessionAdmin;
    std::unique_ptr<PrivacyEraser> m_privacy;
    std::unique_ptr<QueueOverview> m_queueOverview;
    std::unique_ptr<AdminUsersController> m_adminUsers;
    std::unique_ptr<AdminSessionsController> m_adminSessions;
    std::unique_ptr<AdminAuditController> m_adminAudit;
    std::unique_ptr<AdminPrivacyController> m_adminPrivacy;
    std::unique_ptr<AdminQueuesController> m_adminQueues;
    std::unique_ptr<ApiKeyRegistry> m_apiKeys;
    std::unique_ptr<CallbackSearch> m_search;
    std::unique_ptr<CallbackEditor> m_callbackEditor;
    std::unique_ptr<CallbackRescheduler> m_rescheduler;
    std::unique_ptr<BulkCancel> m_bulkCancel;
    std::unique_ptr<AdminApiKeysController> m_adminApiKeys;
    std::unique_ptr<RequestLog> m_requestLog;
    std::unique_ptr<AdminRequestLogController> m_adminRequestLog;
    std::unique_ptr<GwsCredentialVault> m_gwsCredentials;
    std::unique_ptr<AdminGwsCredentialsController> m_adminGwsCredentials;
    // GWS (statistics proxy, credential test); declared in the order they depend on each other.
    std::unique_ptr<OutboundHttp> m_gwsHttp;
    std::unique_ptr<GwsClient> m_gwsClient;
    std::unique_ptr<GwsTokenCache> m_gwsTokens;
    std::unique_ptr<GwsAccounts> m_gwsAccounts;
    std::unique_ptr<StatisticsProxy> m_statistics;
    std::unique_ptr<GwsConnectionTest> m_gwsTest;
    std::unique_ptr<StatisticsController> m_statisticsApi;
    std::unique_ptr<AdminServicesController> m_adminServices;
    std::unique_ptr<AdminCallInGroupsController> m_adminCallInGroups;
    std::unique_ptr<AdminCallInRequestsController> m_adminCallInRequests;
    std::unique_ptr<CallInController> m_callInApi;
    std::unique_ptr<AdminConfigController> m_adminConfig;
    std::unique_ptr<AdminCallbacksController> m_adminCallbacks;
    std::unique_ptr<AdminCallbackActionsController> m_adminCallbackActions;
    std::unique_ptr<AdminCallbackExportController> m_adminCallbackExport;
    std::unique_ptr<AdminAvailabilityController> m_adminAvailability;
    std::unique_ptr<OpsController> m_ops;
    std::unique_ptr<RoutingController> m_routing;
    std::unique_ptr<HealthMonitor> m_health;
    std::unique_ptr<HttpListener> m_external;
    std::unique_ptr<HttpListener> m_internal;
    Readiness m_readiness;
    std::unique_ptr<BackgroundWork> m_background;
};

} // namespace ges
