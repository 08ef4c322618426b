#pragma once
#include <QByteArray>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ges {

struct RedisEndpoint
{
    QString host;
    quint16 port = 6379;
    QString password;
    bool secure = false;
};

// The daemon's whole configuration (API.md §2), loaded and validated once at start and
// passed down; nothing else reads the environment.
struct Config
{
    // logging
    QString logLevel = QStringLiteral("INFO");
    int logMaxLen = 2048;
    QString logFormat = QStringLiteral("text");

    // server
    quint16 externalPort = 2050;
    quint16 internalPort = 3050;
    QHostAddress bindAddress{QHostAddress::AnyIPv4};
    QString internalUrl = QStringLiteral("ges.ges");
    QString regionAffinity;
    QStringList devopsGroups;
    qint64 maxBodyBytes = 64 * 1024; // (ours) HTTP_MAX_BODY_BYTES
    int maxInFlight = 10000;         // (ours) HTTP_MAX_IN_FLIGHT, per listener
    int healthCheckSeconds = 15;     // (ours) HEALTH_CHECK_SECONDS
    int housekeepingSeconds = 20;    // (ours) HOUSEKEEPING_SECONDS: sweep, outbox, purge
    int shutdownDelaySeconds = 5;    // (ours) SHUTDOWN_DELAY_SECONDS: serving while not ready
    int shutdownGraceSeconds = 20;   // (ours) SHUTDOWN_GRACE_SECONDS: draining in-flight requests
    QString tlsCertFile, tlsKeyFile; // (ours) SERVER_TLS_CERT_FILE/_KEY_FILE: HTTPS on external

    // GES's own Redis
    RedisEndpoint redis;
    QString redisSentinels;
    QString redisSentinelMaster;
    QString redisSentinelPassword; // (ours) secret REDIS-SENTINEL-PASSWORD; empty: none
    QString redisCaFile; // (ours) REDIS_CA_FILE: CA bundle for REDIS_SECURE

    // PostgreSQL
    QString dbHost;
    quint16 dbPort = 5432;
    QString dbName = QStringLiteral("ges");
    bool dbSecure = false;
    QString dbCaFile; // (ours) DB_CA_FILE: CA bundle for DB_SECURE
    QString dbUser;
    QString dbPassword;
    int dbReadThreads = 2; // (ours) DB_READ_THREADS
    int dbAnswerTimeoutSeconds = 10; // (ours) DB_ANSWER_TIMEOUT_SECONDS

    // GWS
    QString gwsAuth, gwsEnv, gwsConf, gwsPublicAuth, gwsStats;
    QString gwsAllowedHosts; // (ours) GWS_ALLOWED_HOSTS: hosts tenants' GWS URLs may name
    QString gwsClientId;
    QString gwsClientPassword;        // decrypted when DECRYPT_PASSWORD is set
    QString gwsClientPasswordAsGiven; // the ciphertext, kept only so it is never logged
    QString decryptPassword;

    // Voice/ORS Redis
    RedisEndpoint ors{QString(), 10000, QString(), false};
    bool orsClusterMode = false;
    QString orsStreamName = QStringLiteral("NewCallbackStream");
    QString orsServerName;

    // (ours) CAPTCHA verification of creates (docs/captcha.md)
    QString captchaVerifyUrl = QStringLiteral("https://www.google.com/recaptcha/api/siteverify");
    QString captchaSecret;      // secret CAPTCHA-SECRET; empty: CAPTCHA cannot be verified
    double captchaMinScore = 0; // reCAPTCHA v3 score needed; 0 = scores ignored
    int captchaTimeoutMs = 5000;

    // (ours) push notifications (docs/push.md)
    QString pushUrl;             // PUSH_URL; empty: push notifications disabled
    QString pushServerKey;       // secret PUSH-SERVER-KEY, sent as "Authorization: key=..."
    int pushMaxAttempts = 5;     // PUSH_MAX_ATTEMPTS
    int pushRetrySeconds = 5;    // PUSH_RETRY_SECONDS: first backoff, doubled per retry
    int pushTimeoutMs = 10000;   // PUSH_TIMEOUT_MS
    int pushEwtCheckSeconds = 5; // PUSH_EWT_CHECK_SECONDS: "about to be called" polling

    // bootstrap and secrets
    QString adminUser;
    QString adminPassword;
    QByteArray encryptionKey; // 32 bytes when set
    QString routingToken;

    // Every secret value, so the logger can make sure none is ever written.
    QStringList secretValues() const;
};

struct ConfigLoadResult
{
    Config config;
    QStringList problems; // one line per missing or invalid setting
};

class ConfigLoader
{
public:
    static ConfigLoadResult load(const QProcessEnvironment &env);
};

} // namespace ges
