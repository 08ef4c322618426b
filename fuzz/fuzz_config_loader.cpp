// Fuzzes the configuration loader (daemon/config/ConfigLoader + SettingSource): every
// environment variable and secret file an operator can get wrong. The input is text, one
// setting a line:
//   NAME=VALUE            an environment variable
//   file:NAME=CONTENT     a secret file NAME in the config folder; "\n" in CONTENT is a
//                         newline (the loader drops trailing ones)
// The config folder is a temporary folder, put first in CONFIG_FOLDERS (an input's own
// CONFIG_FOLDERS follows it, so its parsing is fuzzed too). Checked besides "no crash, no
// UB, no leak": a configuration without problems has what the daemon cannot start without.
#include "FuzzCheck.h"
#include "config/Config.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ges;

namespace {

constexpr int kMaxFiles = 16;

QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}

void writeSecret(const QString &name, QString content)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$"));
    if (!safe.match(name).hasMatch())
        return;
    content.replace(QLatin1String("\\n"), QLatin1String("\n"));
    QFile file(QDir(folder().path()).filePath(name));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content.toUtf8());
}

void clearFolder()
{
    QDir dir(folder().path());
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        dir.remove(name);
}

void checkComplete(const ConfigLoadResult &result, const QString &input)
{
    if (!result.problems.isEmpty())
        return;
    const Config &c = result.config;
    fuzz::check(c.externalPort != 0 && c.internalPort != 0 && c.externalPort != c.internalPort,
                "accepted unusable ports", input);
    fuzz::check(c.redis.port != 0 && c.dbPort != 0 && c.ors.port != 0,
                "accepted port 0 for a dependency", input);
    fuzz::check(!c.redis.host.isEmpty() && !c.dbHost.isEmpty() && !c.dbUser.isEmpty() &&
                    !c.ors.host.isEmpty() && !c.dbName.isEmpty(),
                "accepted without a required setting", input);
    fuzz::check(c.encryptionKey.isEmpty() || c.encryptionKey.size() == 32,
                "accepted an encryption key that is not 32 bytes", input);
    fuzz::check(c.adminPassword.isEmpty() || c.adminPassword.size() >= 8,
                "accepted a short admin password", input);
    fuzz::check(c.routingToken.isEmpty() || c.routingToken.size() >= 16,
                "accepted a short routing token", input);
    fuzz::check(c.captchaMinScore >= 0 && c.captchaMinScore <= 1, "captcha score out of range",
                input);
    fuzz::check(c.logFormat == u"text" || c.logFormat == u"json", "odd log format", input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!folder().isValid())
        fuzz::fail("cannot create the temporary config folder");
    const QString input = fuzz::text(data, size);
    QProcessEnvironment env;
    clearFolder();
    int files = 0;
    for (const QString &line : input.split(u'\n')) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString name = line.left(eq);
        const QString value = line.mid(eq + 1);
        if (name.startsWith(QLatin1String("file:"))) {
            if (files++ < kMaxFiles)
                writeSecret(name.mid(5), value);
        } else {
            env.insert(name, value);
        }
    }
    const QString given = env.value(QStringLiteral("CONFIG_FOLDERS"));
    env.insert(QStringLiteral("CONFIG_FOLDERS"),
               folder().path() + (given.isEmpty() ? QString() : QStringLiteral(",") + given));
    const ConfigLoadResult result = ConfigLoader::load(env);
    (void)result.config.secretValues();
    checkComplete(result, input);
    return 0;
}
