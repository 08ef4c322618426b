#include "Daemon.h"
#include "api/AccessPolicy.h"
#include "api/AdminApiKeysController.h"
#include "api/AdminAuditController.h"
#include "api/AdminAvailabilityController.h"
#include "api/AdminCallInGroupsController.h"
#include "api/AdminCallInRequestsController.h"
#include "api/AdminCallbackActionsController.h"
#include "api/AdminCallbackExportController.h"
#include "api/AdminCallbacksController.h"
#include "api/AdminConfigController.h"
#include "api/AdminGwsCredentialsController.h"
#include "api/AdminPrivacyController.h"
#include "api/AdminQueuesController.h"
#include "api/AdminRequestLogController.h"
#include "api/AdminServicesController.h"
#include "api/AdminSessionsController.h"
#include "api/AdminUsersController.h"
#include "api/AuthController.h"
#include "api/AvailabilityController.h"
#include "api/CallInController.h"
#include "api/CallbacksController.h"
#include "api/OpsController.h"
#include "api/QueueStatusController.h"
#include "api/RequestAuthenticator.h"
#include "api/RoutingController.h"
#include "api/StatisticsController.h"
#include "domain/ApiKeyRegistry.h"
#include "domain/AvailabilityService.h"
#include "domain/BackgroundWork.h"
#include "domain/BulkCancel.h"
#include "domain/CallInGroupCatalog.h"
#include "domain/CallInRegistry.h"
#include "domain/CallbackAnnouncer.h"
#include "domain/CallbackCreator.h"
#include "domain/CallbackEditor.h"
#include "domain/CallbackLifecycle.h"
#include "domain/CallbackRescheduler.h"
#include "domain/CallbackSearch.h"
#include "domain/ConfigTransfer.h"
#include "domain/GwsAccounts.h"
#include "domain/GwsConnectionTest.h"
#include "domain/GwsCredentialVault.h"
#include "domain/Housekeeping.h"
#include "domain/PrivacyEraser.h"
#include "domain/PushEwtWatcher.h"
#include "domain/QueueOverview.h"
#include "domain/QueueStatusService.h"
#include "domain/ScheduledDispatcher.h"
#include "domain/ServiceCatalog.h"
#include "domain/SessionAdmin.h"
#include "domain/SlotPlanner.h"
#include "domain/StatisticsProxy.h"
#include "domain/UserDirectory.h"
#include "domain/UserPolicy.h"
#include "domain/WaitEstimator.h"
#include "domain/WorkingSetRebuilder.h"
#include "http/GuardedTcpServer.h"
#include "http/HttpListener.h"
#include "integrations/CaptchaVerifier.h"
#include "integrations/GwsClient.h"
#include "integrations/GwsTokenCache.h"
#include "integrations/OrsAnnouncer.h"
#include "integrations/OutboundHttp.h"
#include "integrations/PushSender.h"
#include "ops/AlertCounters.h"
#include "ops/HealthMonitor.h"
#include "ops/Log.h"
#include "ops/Metrics.h"
#include "ops/RequestLog.h"
#include "security/PasswordHasher.h"
#include "security/TlsFiles.h"
#include "shared/ErrorCodes.h"
#include "store/AccountRecords.h"
#include "store/ApiKeyCache.h"
#include "store/CallbackCache.h"
#include "store/DueIndex.h"
#include "store/GroupCommitWriter.h"
#include "store/LoginThrottle.h"
#include "store/Migrator.h"
#include "store/RateLimiter.h"
#include "store/RedisClient.h"
#include "store/SentinelResolver.h"
#include "store/SessionStore.h"
#include "store/SqlReaderPool.h"
#include "store/ThroughputMeter.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QTcpServer>

namespace ges {

namespace {
DbSettings dbSettingsOf(const Config &c)
{
    return {c.dbHost, c.dbPort, c.dbName, c.dbUser, c.dbPassword, c.dbSecure, c.dbCaFile};
}
} // namespace

Daemon::Daemon(Config config, QObject *parent) : QObject(parent), m_config(std::move(config)) {}

Daemon::~Daemon()
{
    // Every asynchronous result is delivered to an object that is still alive: first stop
    // the sources of callbacks (SQL threads, the writer after it commits what it holds,
    // Redis connections failing what they hold), then destroy in reverse order. Results
    // still queued for the event loop are dropped with their receivers.
    stopListening();
    if (m_dispatcher)
        m_dispatcher->stop();
    if (m_reader)
        m_reader->stop();
    if (m_writer)
        m_writer->stop();
    if (m_redis)
        m_redis->close();
    if (m_orsRedis)
        m_orsRedis->close();
    if (m_redisTracking)
        m_redisTracking->close();
    m_external.reset();
    m_internal.reset();
}

bool Daemon::start(QString *error)
{
    const DbSettings db = dbSettingsOf(m_config);
    const int applied = Migrator(db).apply(error);
    if (applied < 0)
        return false;
    if (!bootstrapAdministrator(error))
        return false;

    m_metrics = std::make_unique<Metrics>();
    m_alerts = std::make_unique<AlertCounters>(*m_metrics);
    m_reader = std::make_unique<SqlReaderPool>(db, m_config.dbReadThreads);
    m_writer = std::make_unique<GroupCommitWriter>(db);
    m_reader->setAnswerDeadline(m_config.dbAnswerTimeoutSeconds * 1000);
    m_writer->setAnswerDeadline(m_config.dbAnswerTimeoutSeconds * 1000);
    m_writer->start();
    std::optional<QSslConfiguration> redisTls; // REDIS_SECURE (docs/reliability.md#tls)
    if (m_config.redis.secure) {
        redisTls = TlsFiles::clientConfiguration(m_config.redisCaFile, error); // checked at load
        if (!redisTls)
            return false;
    }
    // The node's Redis connection and the one ApiKeyCache tracks invalidations on: the same
    // server, reached the same way.
    const auto gesRedis = [&](const QString &name) {
        auto client = std::make_unique<RedisClient>(name, m_config.redis.host, m_config.redis.port,
                                                    m_config.redis.password);
        if (redisTls)
            client->setTls(*redisTls);
        if (!m_config.redisSentinels.isEmpty()) {
            QList<SentinelResolver::Endpoint> sentinels;
            parseHostPortList(m_config.redisSentinels, sentinels); // validated at load
            auto *resolver = new SentinelResolver(sentinels, m_config.redisSentinelMaster,
                                                  m_config.redisSentinelPassword);
            if (redisTls)
                resolver->setTls(*redisTls); // sentinels on their tls-port, verified alike
            client->useSentinels(resolver);
        }
        return client;
    };
    m_redis = gesRedis(QStringLiteral("ges"));
    m_redisTracking = gesRedis(QStringLiteral("ges-tracking"));
    m_orsRedis = std::make_unique<RedisClient>("ors", m_config.ors.host, m_config.ors.port,
                                               m_config.ors.password);
    m_apiKeyCache = std::make_unique<ApiKeyCache>(*m_redis, *m_redisTracking);
    m_cache = std::make_unique<CallbackCache>(*m_redis);
    m_sessions = std::make_unique<SessionStore>(*m_redis);
    m_announcer = std::make_unique<OrsAnnouncer>(*m_orsRedis, m_config.orsStreamName);
    m_announcer->setAlertCounters(m_alerts.get());
    m_due = std::make_unique<DueIndex>(*m_redis);
    m_limiter = std::make_unique<RateLimiter>(*m_redis);
    m_meter = std::make_unique<ThroughputMeter>(*m_redis);
    m_estimator = std::make_unique<WaitEstimator>(*m_cache, *m_meter);
    m_services = std::make_unique<ServiceCatalog>(*m_reader, *m_writer);
    m_callInGroups = std::make_unique<CallInGroupCatalog>(*m_reader, *m_writer);
    m_callIn = std::make_unique<CallInRegistry>(*m_reader, *m_writer, *m_metrics);
    m_configTransfer = std::make_unique<ConfigTransfer>(*m_reader, *m_writer);
    connect(m_configTransfer.get(), &ConfigTransfer::servicesChanged, m_services.get(),
            &ServiceCatalog::forget);
    m_planner = std::make_unique<SlotPlanner>(*m_reader);
    m_callbackAnnouncer = std::make_unique<CallbackAnnouncer>(*m_announcer, *m_writer);
    m_captcha = std::make_unique<CaptchaVerifier>(
        CaptchaVerifier::Settings{QUrl(m_config.captchaVerifyUrl), m_config.captchaSecret,
                                  m_config.captchaMinScore, m_config.captchaTimeoutMs});
    m_creator = std::make_unique<CallbackCreator>(CallbackCreator::Parts{
        *m_services, *m_planner, *m_reader, *m_writer, *m_cache, *m_due, *m_limiter, *m_estimator,
        *m_callbackAnnouncer, *m_metrics, *m_captcha});
    m_lifecycle = std::make_unique<CallbackLifecycle>(*m_reader, *m_writer, *m_cache, *m_due,
                                                      *m_meter, *m_estimator, *m_metrics);
    m_availability = std::make_unique<AvailabilityService>(*m_services, *m_planner);
    m_queueStatus = std::make_unique<QueueStatusService>(*m_services, *m_planner, *m_estimator);
    // Nodes on one host (tests, a laptop) must not share a lease holder name.
    const QString node =
        QHostInfo::localHostName() + u':' + QString::number(QCoreApplication::applicationPid());
    m_dispatcher =
        std::make_unique<ScheduledDispatcher>(*m_due, *m_writer, *m_cache, *m_callbackAnnouncer);
    m_rebuilder =
        std::make_unique<WorkingSetRebuilder>(*m_redis, *m_reader, *m_due, *m_cache, node);
    connect(m_dispatcher.get(), &ScheduledDispatcher::workingSetMissing, m_rebuilder.get(),
            &WorkingSetRebuilder::check);
    connect(m_redis.get(), &RedisClient::ready, m_rebuilder.get(), &WorkingSetRebuilder::check);
    m_housekeeping = std::make_unique<Housekeeping>(*m_redis, *m_reader, *m_writer, *m_due,
                                                    *m_cache, *m_callbackAnnouncer, node);
    m_apiKeys = std::make_unique<ApiKeyRegistry>(*m_reader, *m_writer, *m_redis, *m_apiKeyCache);
    m_requestLog = std::make_unique<RequestLog>(*m_redis);
    const GwsHostPolicy gwsHosts = GwsHostPolicy::fromSettings(
        m_config.gwsAllowedHosts, {m_config.gwsAuth, m_config.gwsEnv, m_config.gwsConf,
                                   m_config.gwsPublicAuth, m_config.gwsStats});
    m_gwsCredentials = std::make_unique<GwsCredentialVault>(
        *m_reader, *m_writer, SecretBox(m_config.encryptionKey), gwsHosts);
    m_gwsHttp = std::make_unique<OutboundHttp>();
    m_gwsHttp->setAlertCounters(m_alerts.get());
    m_gwsClient = std::make_unique<GwsClient>(*m_gwsHttp, gwsHosts);
    m_gwsTokens = std::make_unique<GwsTokenCache>(*m_gwsClient);
    m_gwsAccounts = std::make_unique<GwsAccounts>(*m_gwsCredentials, m_config.gwsStats);
    m_statistics = std::make_unique<StatisticsProxy>(*m_gwsAccounts, *m_gwsTokens, *m_gwsClient);
    m_gwsTest = std::make_unique<GwsConnectionTest>(*m_gwsAccounts, *m_gwsClient);
    m_search = std::make_unique<CallbackSearch>(*m_reader);
    m_search->setQueueFacts([lifecycle = m_lifecycle.get()](Callback cb, auto done) {
        lifecycle->withQueueFacts(std::move(cb), std::move(done));
    });
    m_callbackEditor =
        std::make_unique<CallbackEditor>(*m_search, *m_services, *m_writer, *m_cache, *m_lifecycle);
    m_rescheduler = std::make_unique<CallbackRescheduler>(*m_search, *m_services, *m_planner,
                                                          *m_writer, *m_cache, *m_due);
    m_bulkCancel = std::make_unique<BulkCancel>(*m_reader, *m_writer, *m_cache, *m_due, *m_metrics);
    m_access = std::make_unique<AccessPolicy>(m_config.devopsGroups);
    m_loginThrottle = std::make_unique<LoginThrottle>(*m_redis);
    m_userPolicy = std::make_unique<UserPolicy>(m_config.devopsGroups);
    m_users = std::make_unique<UserDirectory>(*m_reader, *m_writer, *m_sessions, *m_userPolicy);
    m_sessionAdmin = std::make_unique<SessionAdmin>(*m_users, *m_sessions, *m_writer);
    m_privacy = std::make_unique<PrivacyEraser>(
        PrivacyEraser::Parts{*m_reader, *m_writer, *m_cache, *m_due, *m_redis});
    m_queueOverview = std::make_unique<QueueOverview>(*m_reader, *m_cache, *m_estimator);
    m_authenticator =
        std::make_unique<RequestAuthenticator>(*m_reader, *m_writer, *m_redis, *m_apiKeyCache,
                                               *m_sessions, *m_access, m_config.routingToken);
    m_health = std::make_unique<HealthMonitor>(*m_redis, *m_orsRedis, *m_reader, *m_metrics,
                                               QHostInfo::localHostName());
    m_health->setAlertCounters(m_alerts.get());
    connect(m_gwsClient.get(), &GwsClient::reachability, m_health.get(), &HealthMonitor::reportGws);
    buildListeners();

    const auto bind = [&](HttpListener &listener, quint16 port, const char *what) {
        auto *server = new GuardedTcpServer(m_config.maxBodyBytes, *m_metrics, &listener);
        if (&listener == m_external.get() && !m_config.tlsCertFile.isEmpty()) {
            // HTTPS on the external port only (docs/reliability.md#tls); read again here,
            // ConfigLoader has already checked the files.
            const auto tls = TlsFiles::serverConfiguration(m_config.tlsCertFile,
                                                           m_config.tlsKeyFile, error);
            if (!tls)
                return false;
            server->setTls(*tls);
        }
        if (!server->listen(m_config.bindAddress, port)) {
            *error = QStringLiteral("cannot listen on %1:%2 (%3): %4")
                         .arg(m_config.bindAddress.toString())
                         .arg(port)
                         .arg(what, server->errorString());
            return false;
        }
        listener.bind(server);
        return true;
    };
    if (!bind(*m_external, m_config.externalPort, "SERVER_EXTERNAL_PORT") ||
        !bind(*m_internal, m_config.internalPort, "SERVER_INTERNAL_PORT"))
        return false;

    m_redis->start();
    m_apiKeyCache->start();
    m_orsRedis->start();
    m_health->start(m_config.healthCheckSeconds * 1000);
    m_dispatcher->start();
    m_rebuilder->start();
    m_housekeeping->start(m_config.housekeepingSeconds * 1000);
    startPush(node);
    m_background = std::make_unique<BackgroundWork>(
        BackgroundWork::Parts{*m_dispatcher, *m_rebuilder, *m_housekeeping, m_pushEwtWatcher.get(),
                              m_pushSender.get(), *m_writer});
    log::info("gesd", QStringLiteral("listening"),
              {{"external", QString::number(m_config.externalPort)},
               {"internal", QString::number(m_config.internalPort)},
               {"migrationsApplied", QString::number(applied)}});
    return true;
}

void Daemon::buildListeners()
{
    Router external;
    m_callbacks = std::make_unique<CallbacksController>(*m_creator, *m_lifecycle);
    m_callbacks->registerRoutes(external);
    m_availabilityApi = std::make_unique<AvailabilityController>(*m_availability);
    m_availabilityApi->registerRoutes(external);
    m_queueStatusApi = std::make_unique<QueueStatusController>(*m_queueStatus);
    m_queueStatusApi->registerRoutes(external);
    m_statisticsApi = std::make_unique<StatisticsController>(*m_statistics);
    m_statisticsApi->registerRoutes(external);
    m_callInApi = std::make_unique<CallInController>(*m_callIn);
    m_callInApi->registerRoutes(external);

    Router internal;
    m_ops = std::make_unique<OpsController>(*m_health, *m_metrics, m_readiness);
    m_ops->registerRoutes(internal);
    m_auth = std::make_unique<AuthController>(*m_reader, *m_sessions, *m_loginThrottle, *m_access);
    m_auth->registerRoutes(internal);
    m_adminUsers = std::make_unique<AdminUsersController>(*m_users);
    m_adminUsers->registerRoutes(internal);
    m_adminSessions = std::make_unique<AdminSessionsController>(*m_sessionAdmin);
    m_adminSessions->registerRoutes(internal);
    m_adminAudit = std::make_unique<AdminAuditController>(*m_reader, *m_access);
    m_adminAudit->registerRoutes(internal);
    m_adminPrivacy = std::make_unique<AdminPrivacyController>(*m_privacy, *m_access);
    m_adminPrivacy->registerRoutes(internal);
    m_adminQueues = std::make_unique<AdminQueuesController>(*m_queueOverview, *m_access);
    m_adminQueues->registerRoutes(internal);
    m_adminApiKeys = std::make_unique<AdminApiKeysController>(*m_apiKeys, *m_access);
    m_adminApiKeys->registerRoutes(internal);
    m_adminRequestLog = std::make_unique<AdminRequestLogController>(*m_requestLog, *m_access);
    m_adminRequestLog->registerRoutes(internal);
    m_adminGwsCredentials =
        std::make_unique<AdminGwsCredentialsController>(*m_gwsCredentials, *m_gwsTest, *m_access);
    m_adminGwsCredentials->registerRoutes(internal);
    m_adminServices = std::make_unique<AdminServicesController>(*m_services, *m_access);
    m_adminCallInGroups = std::make_unique<AdminCallInGroupsController>(*m_callInGroups, *m_access);
    m_adminCallInGroups->registerRoutes(internal);
    m_adminCallInRequests = std::make_unique<AdminCallInRequestsController>(*m_callIn, *m_access);
    m_adminCallInRequests->registerRoutes(internal);
    m_adminConfig = std::make_unique<AdminConfigController>(*m_configTransfer, *m_access);
    m_adminConfig->registerRoutes(internal);
    m_adminServices->registerRoutes(internal);
    m_adminCallbacks = std::make_unique<AdminCallbacksController>(
        AdminCallbacksController::Parts{*m_search, *m_creator, *m_callbackEditor, *m_access});
    m_adminCallbacks->registerRoutes(internal);
    m_adminCallbackActions =
        std::make_unique<AdminCallbackActionsController>(AdminCallbackActionsController::Parts{
            *m_callbackEditor, *m_rescheduler, *m_bulkCancel, *m_access});
    m_adminCallbackActions->registerRoutes(internal);
    m_adminCallbackExport = std::make_unique<AdminCallbackExportController>(*m_search, *m_access);
    m_adminCallbackExport->registerRoutes(internal);
    m_adminAvailability =
        std::make_unique<AdminAvailabilityController>(*m_availability, *m_access);
    m_adminAvailability->registerRoutes(internal);
    m_routing = std::make_unique<RoutingController>(*m_lifecycle);
    m_routing->registerRoutes(internal);
    m_callInApi->registerRoutingRoutes(internal);
    internal.addMissingAdminEndpoints([](const ExchangePtr &e) {
        e->replyError({501,
                       errc::NotImplemented,
                       QStringLiteral("%1 %2 is not implemented yet")
                           .arg(QString::fromLatin1(e->method()), e->routeName),
                       {},
                       0});
    });

    const Authenticator auth = [this](const ExchangePtr &e, AuthKind kind,
                                      std::function<void()> next) {
        m_authenticator->authenticate(e, kind, std::move(next));
    };
    m_external = std::make_unique<HttpListener>(
        ListenerPolicy{"external", m_config.maxBodyBytes, true, m_config.maxInFlight},
        std::move(external), auth, *m_metrics);
    m_external->setFinishedSink([this](const HttpExchange &e) { m_requestLog->record(e); });
    m_internal = std::make_unique<HttpListener>(
        ListenerPolicy{"internal", m_config.maxBodyBytes, false, m_config.maxInFlight},
        std::move(internal), auth, *m_metrics);
}

bool Daemon::bootstrapAdministrator(QString *error)
{
    if (m_config.adminUser.isEmpty())
        return true;
    // Start-up, before any listener: a short synchronous transaction is fine here.
    const QString connection = QStringLiteral("ges-bootstrap");
    bool ok = false;
    {
        QSqlDatabase db = dbSettingsOf(m_config).open(connection, error);
        if (db.isOpen()) {
            UserRecord admin;
            admin.name = m_config.adminUser;
            admin.passwordHash = PasswordHasher::hash(m_config.adminPassword);
            admin.roles = {roles::Administrator};
            admin.tenants = {QStringLiteral("*")};
            const auto created = AccountRecords::createUserIfMissing(db, admin);
            ok = created.ok();
            if (!ok)
                *error = QStringLiteral("creating ADMIN-USER: ") + created.error().message;
            else if (created.value())
                log::info("gesd", QStringLiteral("created the administrator from ADMIN-USER"),
                          {{"user", m_config.adminUser}});
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

void Daemon::startPush(const QString &node)
{
    // Disabled: creates with push preferences still succeed; their outbox rows wait (and
    // are given up as stale after an hour by a node that has PUSH_URL), docs/push.md.
    m_metrics->set("ges_push_enabled", {}, m_config.pushUrl.isEmpty() ? 0 : 1);
    if (m_config.pushUrl.isEmpty())
        return log::info("push", QStringLiteral("push notifications disabled (PUSH_URL not set)"));
    m_pushHttp = std::make_unique<OutboundHttp>();
    m_pushHttp->setAlertCounters(m_alerts.get());
    m_pushSender = std::make_unique<PushSender>(
        PushSender::Settings{QUrl(m_config.pushUrl), m_config.pushServerKey,
                             m_config.pushMaxAttempts, m_config.pushRetrySeconds,
                             m_config.pushTimeoutMs},
        *m_writer, *m_pushHttp, *m_metrics);
    m_pushEwtWatcher = std::make_unique<PushEwtWatcher>(*m_redis, *m_reader, *m_writer, *m_cache,
                                                        *m_estimator, node);
    m_pushSender->start();
    m_pushEwtWatcher->start(m_config.pushEwtCheckSeconds * 1000);
    log::info("push", QStringLiteral("push notifications enabled"),
              {{"maxAttempts", QString::number(m_config.pushMaxAttempts)}});
}

int Daemon::requestsInFlight() const
{
    int inFlight = 0;
    for (const HttpListener *listener : {m_external.get(), m_internal.get()})
        if (listener)
            inFlight += listener->inFlight() + listener->partialRequests();
    return inFlight;
}

void Daemon::stopListening()
{
    for (HttpListener *listener : {m_external.get(), m_internal.get()})
        if (listener)
            listener->startDraining(); // idle keep-alive connections close too
}

} // namespace ges
