#include "Config.h"
#include "SettingSource.h"
#include "integrations/GwsHostPolicy.h"
#include "security/SecretDecryptor.h"
#include "security/TlsFiles.h"
#include "HostPortList.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <cmath>

namespace ges {

namespace {

const QStringList kLogLevels{"TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"};
const char kDefaultDevopsGroups[] =
    "Platform Read Only,Platform Provisioning,Platform Internal Administrator";

// Reads typed values and collects one problem line per bad setting.
class Reader
{
public:
    explicit Reader(const SettingSource &source) : m_source(source) {}

    QString text(const QString &name, const QString &fallback) const
    {
        return m_source.env(name).value_or(fallback).trimmed();
    }

    quint16 port(const QString &name, quint16 fallback)
    {
        const auto value = m_source.env(name);
        if (!value || value->trimmed().isEmpty())
            return fallback;
        bool ok = false;
        const uint port = value->trimmed().toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            problems
                << QStringLiteral("%1: \"%2\" is not a port number (1-65535)").arg(name, *value);
            return fallback;
        }
        return quint16(port);
    }

    int positive(const QString &name, int fallback, int max)
    {
        const auto value = m_source.env(name);
        if (!value || value->trimmed().isEmpty())
            return fallback;
        bool ok = false;
        const int number = value->trimmed().toInt(&ok);
        if (!ok || number <= 0 || number > max) {
            problems << QStringLiteral("%1: \"%2\" is not a whole number from 1 to %3")
                            .arg(name, *value)
                            .arg(max);
            return fallback;
        }
        return number;
    }

    // Like positive(), but 0 is allowed (a duration that may be switched off).
    int seconds(const QString &name, int fallback, int max)
    {
        const auto value = m_source.env(name);
        if (!value || value->trimmed().isEmpty())
            return fallback;
        bool ok = false;
        const int number = value->trimmed().toInt(&ok);
        if (!ok || number < 0 || number > max) {
            problems << QStringLiteral("%1: \"%2\" is not a whole number of seconds from 0 to %3")
                            .arg(name, *value)
                            .arg(max);
            return fallback;
        }
        return number;
    }

    bool flag(const QString &name, bool fallback)
    {
        const QString value = text(name, QString()).toLower();
        if (value.isEmpty())
            return fallback;
        if (value == u"true" || value == u"1" || value == u"yes")
            return true;
        if (value == u"false" || value == u"0" || value == u"no")
            return false;
        problems << QStringLiteral("%1: \"%2\" is not true or false").arg(name, value);
        return fallback;
    }

    QString required(const QString &name)
    {
        const QString value = text(name, QString());
        if (value.isEmpty())
            problems << QStringLiteral("%1: required, not set").arg(name);
        return value;
    }

    QString secret(const QString &fileName) const
    {
        return m_source.secret(fileName).value_or(QString());
    }

    QStringList problems;

private:
    const SettingSource &m_source;
};

void loadLogging(Reader &r, Config &c)
{
    c.logLevel = r.text("LOG_LEVEL", "INFO").toUpper();
    if (c.logLevel == u"WARNING")
        c.logLevel = QStringLiteral("WARN");
    if (!kLogLevels.contains(c.logLevel)) {
        r.problems << QStringLiteral("LOG_LEVEL: \"%1\" is not one of %2")
                          .arg(c.logLevel, kLogLevels.join(", "));
        c.logLevel = QStringLiteral("INFO");
    }
    c.logMaxLen = r.positive("LOG_MAX_LEN", 2048, 1 << 20);
    c.logFormat = r.text("LOG_FORMAT", "text").toLower();
    if (c.logFormat != u"text" && c.logFormat != u"json") {
        r.problems << QStringLiteral("LOG_FORMAT: \"%1\" is not text or json").arg(c.logFormat);
        c.logFormat = QStringLiteral("text");
    }
}

void loadServer(Reader &r, Config &c)
{
    c.externalPort = r.port("SERVER_EXTERNAL_PORT", 2050);
    c.internalPort = r.port("SERVER_INTERNAL_PORT", 3050);
    if (c.externalPort == c.internalPort)
        r.problems << QStringLiteral("SERVER_INTERNAL_PORT: must differ from SERVER_EXTERNAL_PORT");
    const QString bind = r.text("SERVER_BIND_ADDRESS", "0.0.0.0");
    if (!c.bindAddress.setAddress(bind))
        r.problems << QStringLiteral("SERVER_BIND_ADDRESS: \"%1\" is not an IP address").arg(bind);
    c.internalUrl = r.text("SERVER_INTERNAL_URL", "ges.ges");
    c.regionAffinity = r.text("REGION_AFFINITY", QString());
    for (const QString &group : r.text("DEVOPS_ACCESS_GROUPS", kDefaultDevopsGroups).split(u','))
        if (!group.trimmed().isEmpty())
            c.devopsGroups << group.trimmed();
    c.maxBodyBytes = r.positive("HTTP_MAX_BODY_BYTES", 64 * 1024, 64 * 1024 * 1024);
    c.maxInFlight = r.positive("HTTP_MAX_IN_FLIGHT", 10000, 1000000);
    c.healthCheckSeconds = r.positive("HEALTH_CHECK_SECONDS", 15, 3600);
    c.housekeepingSeconds = r.positive("HOUSEKEEPING_SECONDS", 20, 3600);
    c.shutdownDelaySeconds = r.seconds("SHUTDOWN_DELAY_SECONDS", 5, 600);
    c.shutdownGraceSeconds = r.seconds("SHUTDOWN_GRACE_SECONDS", 20, 3600);
    c.tlsCertFile = r.text("SERVER_TLS_CERT_FILE", QString());
    c.tlsKeyFile = r.text("SERVER_TLS_KEY_FILE", QString());
    QString tlsError;
    if (c.tlsCertFile.isEmpty() != c.tlsKeyFile.isEmpty())
        r.problems << QStringLiteral("SERVER_TLS_CERT_FILE, SERVER_TLS_KEY_FILE: set both for "
                                     "HTTPS on SERVER_EXTERNAL_PORT, or neither");
    else if (!c.tlsCertFile.isEmpty() &&
             !TlsFiles::serverConfiguration(c.tlsCertFile, c.tlsKeyFile, &tlsError))
        r.problems << QStringLiteral("SERVER_TLS_CERT_FILE: %1").arg(tlsError);
}

void loadRedis(Reader &r, Config &c)
{
    c.redisSentinels = r.text("REDIS_SENTINELS", QString());
    c.redisSentinelMaster = r.text("REDIS_SENTINEL_MASTER", QString());
    if (!c.redisSentinels.isEmpty()) {
        // Sentinel mode: the primary's address comes from the sentinels (REDIS_HOST unused).
        QList<HostPort> sentinels;
        QString why;
        if (!parseHostPortList(c.redisSentinels, sentinels, &why))
            r.problems << QStringLiteral("REDIS_SENTINELS: %1; expected host:port,host:port")
                              .arg(why);
        if (c.redisSentinelMaster.isEmpty())
            r.problems << QStringLiteral("REDIS_SENTINEL_MASTER: required when REDIS_SENTINELS "
                                         "is set (the master name the sentinels monitor)");
        c.redisSentinelPassword = r.secret("REDIS-SENTINEL-PASSWORD");
    } else {
        c.redis.host = r.required("REDIS_HOST");
    }
    c.redis.port = r.port("REDIS_PORT", 6379);
    c.redis.secure = r.flag("REDIS_SECURE", false);
    c.redisCaFile = r.text("REDIS_CA_FILE", "/etc/ssl/certs/ca-certificates.crt");
    if (c.redis.secure && !TlsFiles::caFileProblem(c.redisCaFile).isEmpty())
        r.problems << QStringLiteral("REDIS_CA_FILE: %1 (needed because REDIS_SECURE is true)")
                          .arg(TlsFiles::caFileProblem(c.redisCaFile));
    c.redis.password = r.secret("REDIS-CACHEKEY");
}

void loadDatabase(Reader &r, Config &c)
{
    c.dbHost = r.required("DB_HOST");
    c.dbPort = r.port("DB_PORT", 5432);
    c.dbName = r.text("DB_NAME", "ges");
    if (c.dbName.isEmpty())
        r.problems << QStringLiteral("DB_NAME: must not be empty");
    c.dbSecure = r.flag("DB_SECURE", false);
    c.dbCaFile = r.text("DB_CA_FILE", "/etc/ssl/certs/ca-certificates.crt");
    if (c.dbSecure && c.dbCaFile.contains(u';'))
        r.problems << QStringLiteral("DB_CA_FILE: the path must not contain ';'");
    else if (c.dbSecure && !TlsFiles::caFileProblem(c.dbCaFile).isEmpty())
        r.problems << QStringLiteral("DB_CA_FILE: %1 (needed because DB_SECURE is true)")
                          .arg(TlsFiles::caFileProblem(c.dbCaFile));
    c.dbUser = r.secret("DB-USER");
    if (c.dbUser.isEmpty())
        r.problems << QStringLiteral("DB-USER: required (secret file DB-USER in CONFIG_FOLDERS, "
                                     "or variable DB_USER)");
    c.dbPassword = r.secret("DB-PASSWORD");
    c.dbReadThreads = r.positive("DB_READ_THREADS", 2, 64);
    c.dbAnswerTimeoutSeconds = r.positive("DB_ANSWER_TIMEOUT_SECONDS", 10, 3600);
}

void loadOrs(Reader &r, Config &c)
{
    c.ors.host = r.text("VMCS_REDIS_HOST", QString());
    c.ors.port = r.port("VMCS_REDIS_PORT", 10000);
    c.orsClusterMode = r.flag("VMCS_REDIS_CLUSTER_MODE", false);
    if (c.orsClusterMode)
        r.problems << QStringLiteral("VMCS_REDIS_CLUSTER_MODE: Redis Cluster is not supported by "
                                     "this version yet; set it to false");
    c.orsStreamName = r.text("VMCS_REDIS_STREAM_NAME", "NewCallbackStream");
    if (c.orsStreamName.isEmpty())
        r.problems << QStringLiteral("VMCS_REDIS_STREAM_NAME: must not be empty");
    const QString location = r.text("ORS_REDIS_LOCATION", QString());
    if (!location.isEmpty()) {
        const qsizetype colon = location.lastIndexOf(u':');
        bool ok = false;
        const uint port = colon > 0 ? location.mid(colon + 1).toUInt(&ok) : 0;
        if (!ok || port == 0 || port > 65535)
            r.problems
                << QStringLiteral("ORS_REDIS_LOCATION: \"%1\" is not host:port").arg(location);
        else {
            c.ors.host = location.left(colon);
            c.ors.port = quint16(port);
        }
    }
    const QString streamSecret = r.secret("voice-redis-ors-stream");
    if (!streamSecret.isEmpty()) {
        const QJsonObject json = QJsonDocument::fromJson(streamSecret.toUtf8()).object();
        if (json.isEmpty()) {
            r.problems << QStringLiteral("voice-redis-ors-stream: not a JSON object");
        } else {
            c.ors.password = json.value("password").toString();
            c.orsServerName = json.value("servername").toString();
            if (json.contains("host"))
                c.ors.host = json.value("host").toString();
            if (json.contains("port")) {
                // A number or a numeric string; anything else, 0 or >65535 would otherwise
                // be cut to some other port without a word.
                const QJsonValue value = json.value("port");
                const double port = value.isString() ? value.toString().trimmed().toDouble()
                                                     : value.toDouble();
                if (!(port >= 1 && port <= 65535) || port != std::trunc(port))
                    r.problems << QStringLiteral("voice-redis-ors-stream: \"port\" is not a "
                                                 "port number (1-65535)");
                else
                    c.ors.port = quint16(port);
            }
        }
    }
    if (c.ors.host.isEmpty())
        r.problems << QStringLiteral("VMCS_REDIS_HOST: required (or ORS_REDIS_LOCATION), the "
                                     "Redis that new callbacks are announced on");
}

void loadGws(Reader &r, Config &c)
{
    c.gwsAuth = r.text("GWS_AUTH", QString());
    c.gwsEnv = r.text("GWS_ENV", QString());
    c.gwsConf = r.text("GWS_CONF", QString());
    c.gwsPublicAuth = r.text("GWS_PUBLIC_AUTH", QString());
    c.gwsStats = r.text("GWS_STATS", QString());
    c.gwsAllowedHosts = r.text("GWS_ALLOWED_HOSTS", QString());
    r.problems << GwsHostPolicy::problemsOf(c.gwsAllowedHosts);
    c.gwsClientId = r.secret("AUTHENTICATION-CLIENT-ID");
    const QString password = r.secret("AUTHENTICATION-CLIENT-PASSWORD");
    const QString key = r.text("DECRYPT_PASSWORD", QString());
    c.gwsClientPasswordAsGiven = password;
    c.decryptPassword = key;
    if (password.isEmpty() || key.isEmpty()) {
        c.gwsClientPassword = password;
        return;
    }
    QString error;
    const auto plain = SecretDecryptor::decryptAes128Ecb(password, key, &error);
    if (plain)
        c.gwsClientPassword = *plain;
    else
        r.problems << QStringLiteral("AUTHENTICATION-CLIENT-PASSWORD: %1").arg(error);
}

void loadCaptcha(Reader &r, Config &c)
{
    c.captchaVerifyUrl = r.text("CAPTCHA_VERIFY_URL", c.captchaVerifyUrl);
    const QUrl url(c.captchaVerifyUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
        url.host().isEmpty())
        r.problems << QStringLiteral("CAPTCHA_VERIFY_URL: \"%1\" is not an http(s) URL")
                          .arg(c.captchaVerifyUrl);
    c.captchaSecret = r.secret("CAPTCHA-SECRET").trimmed();
    c.captchaTimeoutMs = r.positive("CAPTCHA_TIMEOUT_MS", 5000, 60000);
    const QString score = r.text("CAPTCHA_MIN_SCORE", QString());
    bool ok = true;
    c.captchaMinScore = score.isEmpty() ? 0 : score.toDouble(&ok);
    // Written so that "nan" (which toDouble() reads) fails too: every score passes NaN.
    if (!ok || !(c.captchaMinScore >= 0 && c.captchaMinScore <= 1)) {
        r.problems
            << QStringLiteral("CAPTCHA_MIN_SCORE: \"%1\" is not a number from 0 to 1").arg(score);
        c.captchaMinScore = 0;
    }
}

void loadPush(Reader &r, Config &c)
{
    c.pushUrl = r.text("PUSH_URL", QString());
    c.pushServerKey = r.secret("PUSH-SERVER-KEY").trimmed();
    c.pushMaxAttempts = r.positive("PUSH_MAX_ATTEMPTS", 5, 100);
    c.pushRetrySeconds = r.positive("PUSH_RETRY_SECONDS", 5, 3600);
    c.pushTimeoutMs = r.positive("PUSH_TIMEOUT_MS", 10000, 60000);
    c.pushEwtCheckSeconds = r.positive("PUSH_EWT_CHECK_SECONDS", 5, 3600);
    if (c.pushUrl.isEmpty())
        return;
    const QUrl url(c.pushUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
        url.host().isEmpty())
        r.problems << QStringLiteral("PUSH_URL: \"%1\" is not an http(s) URL").arg(c.pushUrl);
    if (c.pushServerKey.isEmpty())
        r.problems << QStringLiteral("PUSH-SERVER-KEY: required when PUSH_URL is set (secret "
                                     "file PUSH-SERVER-KEY in CONFIG_FOLDERS, or PUSH_SERVER_KEY)");
}

void loadBootstrapSecrets(Reader &r, Config &c)
{
    c.adminUser = r.secret("ADMIN-USER").trimmed();
    c.adminPassword = r.secret("ADMIN-PASSWORD");
    if (c.adminUser.isEmpty() != c.adminPassword.isEmpty())
        r.problems << QStringLiteral("ADMIN-USER/ADMIN-PASSWORD: give both or neither");
    else if (!c.adminPassword.isEmpty() && c.adminPassword.size() < 8)
        r.problems << QStringLiteral("ADMIN-PASSWORD: at least 8 characters");
    const QString key = r.secret("ENCRYPTION-KEY");
    if (!key.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            key.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32)
            r.problems << QStringLiteral("ENCRYPTION-KEY: must be 32 random bytes, base64-encoded");
        else
            c.encryptionKey = *decoded;
    }
    c.routingToken = r.secret("ROUTING-TOKEN");
    if (!c.routingToken.isEmpty() && c.routingToken.size() < 16)
        r.problems << QStringLiteral("ROUTING-TOKEN: at least 16 characters");
}

} // namespace

QStringList Config::secretValues() const
{
    QStringList values{redis.password,
                       dbPassword,
                       gwsClientPassword,
                       ors.password,
                       adminPassword,
                       routingToken,
                       QString::fromLatin1(encryptionKey.toBase64()),
                       gwsClientPasswordAsGiven,
                       decryptPassword,
                       captchaSecret,
                       pushServerKey,
                       redisSentinelPassword};
    values.removeIf([](const QString &v) { return v.size() < 4; });
    return values;
}

ConfigLoadResult ConfigLoader::load(const QProcessEnvironment &env)
{
    SettingSource source(env);
    Reader reader(source);
    ConfigLoadResult result;
    Config &c = result.config;
    loadLogging(reader, c);
    loadServer(reader, c);
    loadRedis(reader, c);
    loadDatabase(reader, c);
    loadOrs(reader, c);
    loadGws(reader, c);
    loadBootstrapSecrets(reader, c);
    loadCaptcha(reader, c);
    loadPush(reader, c);
    result.problems = source.problems() + reader.problems;
    return result;
}

} // namespace ges
